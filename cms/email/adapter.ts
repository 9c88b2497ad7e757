import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { env, realInstallationReason } from '../../env'

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
 * A failed send, told without its recipient: nodemailer's error carries the rejected addresses
 * and the server's reply (which often quotes them), and Payload logs the whole error object.
 * Only the SMTP command and reply code stay (each checked to be just that), and the original
 * error is not kept (no `cause`).
 */
const sendFailure = (error: unknown): Error => {
  const { code, command, responseCode } = (error ?? {}) as { code?: unknown; command?: unknown; responseCode?: unknown }
  const details = [
    typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : null,
    typeof command === 'string' && /^[A-Z ]+$/.test(command) ? command : null,
    typeof responseCode === 'number' ? String(responseCode) : null,
  ].filter((detail) => detail !== null)
  return new Error(`Échec de l’envoi d’un e-mail${details.length ? ` (${details.join(', ')})` : ''}`)
}

/**
 * Payload's email adapter: SMTP when SMTP_URL is set, else .eml files under var/mail/. The SMTP
 * server is not checked at start: one down delays emails (they are queued jobs, cms/jobs/), it
 * never stops the CMS, nor does a real installation without SMTP_URL (a warning says it at start).
 * A failed send throws `sendFailure`'s error, which names no recipient.
 */
export const emailAdapter = async (): Promise<EmailAdapter> => {
  const nodemailerEmail = await nodemailerAdapter({
    defaultFromAddress: env.mailFrom.address,
    defaultFromName: env.mailFrom.name,
    skipVerify: true,
    transport: nodemailer.createTransport(env.smtpUrl ?? emlFileTransport(env.mailDir)),
  })
  return (args) => {
    // Not refused (the site would go down), but said loudly: registrants would never get their emails.
    const realInstallation = env.smtpUrl ? null : realInstallationReason(env)
    if (realInstallation) {
      args.payload.logger.warn(
        `SMTP_URL n’est pas défini sur une vraie installation (${realInstallation}) : aucun e-mail n’est envoyé, chacun est seulement écrit dans ${env.mailDir}.`,
      )
    }
    const adapter = nodemailerEmail(args)
    return {
      ...adapter,
      sendEmail: async (message) => {
        try {
          return await adapter.sendEmail(message)
        } catch (error) {
          throw sendFailure(error)
        }
      },
    }
  }
}
