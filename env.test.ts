import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { env, projectRoot, readEnv, variableNames } from './env'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the environment', () => {
  it('names every bad variable in one error', () => {
    expect(() => readEnv({ SERVER_URL: 'nope', PAYLOAD_SECRET: 'short', HUB_JOBS: 'maybe', PORT: '3000' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^Invalid environment:(?=[^]*→ at SERVER_URL)(?=[^]*→ at PAYLOAD_SECRET)(?=[^]*→ at HUB_JOBS)/),
      }),
    )
  })

  it('has a working default for everything; an empty variable counts as unset', () => {
    for (const unset of [{}, Object.fromEntries(variableNames.map((name) => [name, '']))]) {
      const settings = readEnv(unset)
      expect(settings).toMatchObject({
        databaseUrl: `file:${path.join(projectRoot, 'var', 'cms.db')}`,
        port: 3000,
        sitePort: 4321,
        host: '127.0.0.1',
        serverUrl: 'http://localhost:3000',
        siteUrl: 'http://localhost:4321',
        siteLocales: undefined,
        uploadsDir: path.join(projectRoot, 'var', 'uploads'),
        siteDir: path.join(projectRoot, 'var', 'site'),
        runJobs: true,
        rebuildSiteOnChange: true,
        cacheApiResponses: true,
        buildTimeLimitMinutes: 30,
        trustedProxyHops: 0,
        meilisearch: { host: undefined, indexPrefix: 'resources-' },
      })
    }
  })

  it('gives the addresses of the ports it is told, and resolves folders from the project root', () => {
    expect(readEnv({ PORT: '3900', SITE_PORT: '4900', UPLOADS_DIR: 'elsewhere/uploads' })).toMatchObject({
      serverUrl: 'http://localhost:3900',
      siteUrl: 'http://localhost:4900',
      uploadsDir: path.join(projectRoot, 'elsewhere', 'uploads'),
    })
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/→ at PORT/)
  })

  it('reads HUB_TRUST_PROXY as a number of proxies', () => {
    expect(readEnv({ HUB_TRUST_PROXY: '2' }).trustedProxyHops).toBe(2)
    expect(() => readEnv({ HUB_TRUST_PROXY: 'true' })).toThrow(/→ at HUB_TRUST_PROXY/)
  })

  it('reads SITE_LOCALES as a list of language codes', () => {
    expect(readEnv({ SITE_LOCALES: 'fr, en,es' }).siteLocales).toEqual(['fr', 'en', 'es'])
    expect(() => readEnv({ SITE_LOCALES: 'french' })).toThrow(/→ at SITE_LOCALES/)
  })

  it('reads the process’s variables when a setting is used, with the same one error when one turns bad', () => {
    vi.stubEnv('HUB_BUILD_TIMEOUT_MINUTES', '0.5')
    expect(env.buildTimeLimitMinutes).toBe(0.5)
    vi.stubEnv('HUB_BUILD_TIMEOUT_MINUTES', '-1')
    vi.stubEnv('HUB_API_CACHE', 'no')
    expect(() => env.buildTimeLimitMinutes).toThrow(
      /→ at HUB_BUILD_TIMEOUT_MINUTES[^]*→ at HUB_API_CACHE|→ at HUB_API_CACHE[^]*→ at HUB_BUILD_TIMEOUT_MINUTES/,
    )
  })

  it('writes no secret on import: only when the CMS asks for it', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-env-'))
    vi.stubEnv('HUB_ROOT', root)
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.resetModules()
    const fresh = await import('./env')
    expect(fresh.env.siteDir).toBe(path.join(root, 'var', 'site'))
    expect(fs.existsSync(path.join(root, 'var'))).toBe(false)
    const secret = fresh.env.payloadSecret
    expect(fs.readFileSync(path.join(root, 'var', 'payload-secret'), 'utf8')).toBe(secret)
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('is documented: README’s configuration table lists every variable', () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8')
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)`/gm)].map(([, name]) => name))
    expect(variableNames.filter((name) => !documented.has(name))).toEqual([])
  })
})
