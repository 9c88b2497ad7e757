import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveTestSite } from './siteServerFixture'

/**
 * Threat: a request path that climbs out of the build folder reads the machine's files. Sent over a
 * raw socket: fetch and browsers resolve `..` and `.` before sending, an attacker's client does not.
 */
describe('site server: no path leaves the build folder', () => {
  let site: Awaited<ReturnType<typeof serveTestSite>>

  beforeAll(async () => {
    site = await serveTestSite(
      { 'fr/index.html': '<h1>Accueil</h1>', 'fr/404/index.html': '<h1>Page introuvable</h1>' },
      // Beside the build, and in a sibling folder whose name starts like the build's own.
      { outside: { 'secret.txt': 'SECRET-BESIDE', 'site-private/secret.txt': 'SECRET-SIBLING' } },
    )
  })
  afterAll(() => site.close())

  const targets = [
    '/../secret.txt',
    '/../../secret.txt',
    '/fr/../../secret.txt',
    '/./../secret.txt',
    '//../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/../site-private/secret.txt',
    '/..%2fsite-private%2fsecret.txt',
    '/%2e%2e/site-private/secret.txt',
    'http://localhost/../secret.txt',
  ]

  it.each(targets)('GET %s answers the 404 page, never the file', async (target) => {
    const response = await site.raw(target)
    expect(response.body).not.toMatch(/SECRET/)
    expect(response.status).toBe(404)
    expect(response.body).toBe('<h1>Page introuvable</h1>')
  })

  it('still serves the pages inside the build', async () => {
    expect((await site.raw('/fr/../fr/')).body).toBe('<h1>Accueil</h1>')
  })

  it('has the files it guards in place beside the build', async () => {
    await expect(fs.readFile(path.join(site.dir, '..', 'site-private', 'secret.txt'), 'utf8')).resolves.toBe('SECRET-SIBLING')
  })
})
