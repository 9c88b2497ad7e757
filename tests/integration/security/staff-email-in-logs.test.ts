import fs from 'node:fs'
import path from 'node:path'

import { expect, it, vi } from 'vitest'

import { env } from '../../../env'
import { describeOnDatabase, testPayload } from '../database'
import { createUser } from '../fixtures'

/**
 * Threat: personal data in the log. Without an email adapter Payload logged every recipient, so an
 * anonymous forgot-password request wrote a staff address into the log. Emails now go through the
 * adapter (cms/email/adapter.ts): here, .eml files, and the log names the file alone.
 */
describeOnDatabase('a forgot-password request writes no address into the log', () => {
  it('for an existing account (the email is written as a file) and for an unknown one', async () => {
    const payload = await testPayload()
    const editor = await createUser(payload, 'editor')
    const unknown = 'nobody-here@example.org'
    const before = fs.existsSync(env.mailDir) ? fs.readdirSync(env.mailDir) : []
    const written: string[] = []
    const capture = (chunk: unknown) => {
      written.push(String(chunk))
      return true
    }
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture)
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void written.push(args.join(' ')))
    try {
      await payload.forgotPassword({ collection: 'users', data: { email: editor.email } })
      await payload.forgotPassword({ collection: 'users', data: { email: unknown } })
    } finally {
      stdout.mockRestore()
      stderr.mockRestore()
      log.mockRestore()
    }
    const output = written.join('\n')
    expect(output).not.toContain(editor.email)
    expect(output).not.toContain(unknown)
    const newFiles = fs.readdirSync(env.mailDir).filter((file) => !before.includes(file))
    expect(newFiles).toHaveLength(1)
    expect(output).toContain(newFiles[0])
    expect(fs.readFileSync(path.join(env.mailDir, newFiles[0]!), 'utf8')).toContain(editor.email)
  })
})
