import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'

import { env } from '../../env'

/**
 * Without an SMTP server (a developer's machine, the demo), each email is written as an .eml
 * file that any mail program opens, and one line says where: never the recipient, which is
 * personal data and would reach the log.
 */
const emlFileTransport = (directory: string): Transport => ({
  name: 'eml-file',
  version: '1',
  send: (mail, done) => {
    const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`)
    const messageId = mail.message.messageId()
    void (async () => {
      await fs.mkdir(directory, { recursive: true })
      await fs.writeFile(file, mail.message.createReadStream())
      console.log(`E-mail écrit dans ${path.relative(process.cwd(), file)}`)
    })().then(
      () => done(null, { envelope: mail.message.getEnvelope(), messageId }),
      (error: Error) => done(error, undefined),
    )
  },
})

/**
 * Payload's email adapter: SMTP when SMTP_URL is set, else .eml files under var/mail/. The SMTP
 * server is not checked at start: one down delays emails (they are queued jobs, cms/jobs/), it
 * never stops the CMS.
 */
export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: env.mailFrom.address,
    defaultFromName: env.mailFrom.name,
    skipVerify: true,
    transport: nodemailer.createTransport(env.smtpUrl ?? emlFileTransport(env.mailDir)),
  })
