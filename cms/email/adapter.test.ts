import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { inspect } from 'node:util'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { emailAdapter } from './adapter'

const send = async (message: { to: string; subject: string; text: string; html: string }) => {
  const adapter = (await emailAdapter())({ payload: {} as Payload })
  return adapter.sendEmail(message)
}

const message = {
  to: 'camille.inscrite@example.org',
  subject: 'Votre inscription',
  text: 'Bonjour Camille',
  html: '<p>Bonjour Camille</p>',
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('email adapter', () => {
  it('sends through the SMTP server SMTP_URL names (a real server on loopback)', async () => {
    const received: Buffer[] = []
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push(Buffer.concat(chunks))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`)
      await send(message)
      expect(received).toHaveLength(1)
      const parsed = await simpleParser(received[0]!)
      expect(parsed.subject).toBe('Votre inscription')
      expect(parsed.text?.trim()).toBe('Bonjour Camille')
      expect(parsed.html).toContain('<p>Bonjour Camille</p>')
      expect(parsed.from?.text).toContain('ne-pas-repondre@localhost')
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('when the SMTP server rejects the recipient, throws an error that names no part of the address', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo: (address, _session, callback) => {
        const rejection = Object.assign(new Error(`Mailbox <${address.address}> unknown`), { responseCode: 550 })
        callback(rejection)
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`)
      const error = await send(message).then(
        () => null,
        (thrown: unknown) => thrown,
      )
      expect(error).toBeInstanceOf(Error)
      const told = [JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true })].join('\n')
      expect(told).toContain('Échec de l’envoi d’un e-mail (EENVELOPE, RCPT TO, 550)')
      for (const part of ['camille', 'inscrite', 'example.org']) expect(told.toLowerCase()).not.toContain(part)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('without SMTP_URL, writes each email as an .eml file and logs where, never to whom', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-mail-'))
    vi.stubEnv('SMTP_URL', '')
    vi.stubEnv('HUB_MAIL_DIR', directory)
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    await send(message)
    const files = fs.readdirSync(directory)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const parsed = await simpleParser(fs.readFileSync(path.join(directory, files[0]!)))
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe(message.to)
    expect(parsed.subject).toBe('Votre inscription')
    const logged = log.mock.calls.flat().join('\n')
    expect(logged).toContain(files[0])
    expect(logged).not.toContain('camille')
    fs.rmSync(directory, { recursive: true, force: true })
  })

  it('a real installation without SMTP_URL warns at start that emails only go to files; a developer’s machine does not', async () => {
    const warnings = async () => {
      const warn = vi.fn()
      ;(await emailAdapter())({ payload: { logger: { warn } } as unknown as Payload })
      return warn.mock.calls.flat().join('\n')
    }
    const developerMachine = () => {
      vi.stubEnv('SMTP_URL', '')
      vi.stubEnv('HOST', '127.0.0.1')
      vi.stubEnv('SERVER_URL', 'http://localhost:3000')
      vi.stubEnv('NODE_ENV', 'development')
    }
    developerMachine()
    expect(await warnings()).toBe('')
    for (const [name, value] of [
      ['NODE_ENV', 'production'],
      ['SERVER_URL', 'https://ressources.example.org'],
      ['HOST', '0.0.0.0'],
    ] as const) {
      developerMachine()
      vi.stubEnv(name, value)
      expect(await warnings(), `${name}=${value}`).toMatch(/SMTP_URL.*vraie installation/)
    }
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SMTP_URL', 'smtps://hub:secret@mail.example.org:465')
    expect(await warnings()).toBe('')
  })
})
