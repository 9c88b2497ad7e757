import { spawn } from 'node:child_process'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'

import { createSeedContext } from '../../../content/seed/context'
import { silentProgress } from '../../../content/seed/progress'
import { demoUsers, noDemoAccountsReason, seedUsers } from '../../../content/seed/users'
import { describeOnDatabase, testPayload } from '../database'
import { createTheme, createUser } from '../fixtures'

const root = path.resolve(import.meta.dirname, '../../..')

/** `tsx content/seed.ts …` on this run's database, as `npm start` runs it. */
const runSeed = (args: string[]) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'content/seed.ts', ...args], {
      cwd: root,
      env: { ...process.env, HUB_SITE_REBUILD: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })

const collections: CollectionSlug[] = ['users', 'themes', 'trainings', 'videos', 'faqs', 'visuals', 'files', 'tract-templates']
const counts = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all(collections.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs] as const)),
  )

const demoAccounts = (payload: Payload) =>
  payload.count({ collection: 'users', where: { email: { in: demoUsers.map((user) => user.email) } } })

describeOnDatabase('demo data in a real database', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('npm start’s seed (--if-empty) adds no demo content and no demo account to a database that holds content or an account', async () => {
    await createUser(payload, 'editor')
    await createTheme(payload)
    const before = await counts(payload)

    const { code, output } = await runSeed(['--if-empty'])
    expect(code, output).toBe(0)
    expect(output).toContain('Base non vide')
    expect(await counts(payload)).toEqual(before)
  }, 240_000)

  it('npm run seed (without --if-empty) gives a real installation neither demo content nor demo accounts', async () => {
    // This file's database holds accounts the tests made, none of them a demo account: a real installation.
    await createUser(payload, 'editor')
    const before = await counts(payload)
    const { code, output } = await runSeed([])
    expect(code, output).toBe(1)
    expect(output).toContain('Base réelle')
    expect(output).not.toMatch(/@example\.org/)
    expect(await counts(payload)).toEqual(before)
  }, 240_000)

  it('creates no demo account with NODE_ENV=production, whatever the command, and says so', async () => {
    const context = await createSeedContext(payload, silentProgress)
    await payload.delete({ collection: 'users', where: { email: { in: demoUsers.map((user) => user.email) } } })
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    vi.stubEnv('NODE_ENV', 'production')
    await seedUsers(context)
    expect((await demoAccounts(payload)).totalDocs).toBe(0)
    expect(log.mock.calls.flat().join('\n')).toMatch(/NODE_ENV=production.*aucun compte de démonstration/)
    log.mockRestore()

    // Outside production, the developer's demo still gets its accounts.
    vi.stubEnv('NODE_ENV', 'development')
    await seedUsers(context)
    expect((await demoAccounts(payload)).totalDocs).toBe(demoUsers.length)
  })

  it('creates no demo account on a real installation whose NODE_ENV was forgotten (an https address, servers open to the network)', async () => {
    const context = await createSeedContext(payload, silentProgress)
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    vi.stubEnv('NODE_ENV', 'development')
    for (const [name, value] of [
      ['SERVER_URL', 'https://admin.example.org'],
      ['HOST', '0.0.0.0'],
    ] as const) {
      await payload.delete({ collection: 'users', where: { email: { in: demoUsers.map((user) => user.email) } } })
      vi.stubEnv(name, value)
      await seedUsers(context)
      expect((await demoAccounts(payload)).totalDocs, name).toBe(0)
      expect(log.mock.calls.flat().join('\n')).toContain(`${name}=${value} : aucun compte de démonstration`)
      vi.unstubAllEnvs()
      vi.stubEnv('NODE_ENV', 'development')
    }
    log.mockRestore()
    expect(noDemoAccountsReason({ nodeEnv: undefined, host: '127.0.0.1', serverUrl: 'http://localhost:3000' })).toBeNull()
  })
})
