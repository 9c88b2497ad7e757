/**
 * A mail server on loopback for the end-to-end tests (playwright.config.ts starts it beside the hub):
 * it accepts every message the CMS sends over SMTP and writes it, as received, into a .eml file
 * that the specs parse with mailparser. Nothing leaves the machine.
 */
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { SMTPServer } from 'smtp-server'

// Both from playwright.config.ts, which the specs read too.
const port = Number(process.env.SMTP_CATCHER_PORT)
const mailboxDir = path.resolve(process.env.SMTP_CATCHER_DIR ?? '')
if (!port || !process.env.SMTP_CATCHER_DIR) throw new Error('SMTP_CATCHER_PORT and SMTP_CATCHER_DIR are required')

// A fresh mailbox per run: a message from a previous run must not satisfy a test.
await rm(mailboxDir, { recursive: true, force: true })
await mkdir(mailboxDir, { recursive: true })

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData: (stream, _session, callback) => {
    // Named by arrival time first, so that a directory listing is in the order received; renamed
    // once complete, so that a reader never parses half a message.
    const file = path.join(mailboxDir, `${Date.now()}-${randomUUID()}.eml`)
    pipeline(stream, createWriteStream(`${file}.part`))
      .then(() => rename(`${file}.part`, file))
      .then(
        () => callback(),
        (error: Error) => callback(error),
      )
  },
})

server.listen(port, '127.0.0.1', () => console.log(`SMTP catcher on 127.0.0.1:${port} → ${mailboxDir}`))

const stop = () => server.close(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
