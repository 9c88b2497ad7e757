import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveTestSite } from './siteServerFixture'

/**
 * Threat: the trailing-slash redirect sends visitors to another site (`/.//fr` redirected to `//fr/`,
 * which a browser reads as the host `fr`). Raw socket: fetch would resolve `/./` itself.
 */
describe('site server: no redirect leaves the site', () => {
  let site: Awaited<ReturnType<typeof serveTestSite>>

  beforeAll(async () => {
    site = await serveTestSite({ 'fr/index.html': '<h1>Accueil</h1>', 'fr/faq/index.html': '<h1>FAQ</h1>' })
  })
  afterAll(() => site.close())

  const origin = 'http://site.example'
  const cases: [target: string, location: string][] = [
    ['/fr', '/fr/'],
    ['/fr?q=x', '/fr/?q=x'],
    ['/.//fr', '/fr/'],
    ['//fr', '/fr/'],
    ['///fr', '/fr/'],
    ['/%2e//fr', '/fr/'],
    ['/.//fr?q=x', '/fr/?q=x'],
    ['/fr//faq', '/fr/faq/'],
    ['/x/..//fr', '/fr/'],
    ['http://evil.example/fr', '/fr/'],
  ]

  it.each(cases)('GET %s redirects to %s on the same site', async (target, location) => {
    const response = await site.raw(target)
    expect([response.status, response.headers.location]).toEqual([301, location])
    expect(new URL(response.headers.location ?? '', `${origin}/`).origin).toBe(origin)
  })

  it('reads `//host/…` as a path of this site, not as another host', async () => {
    const response = await site.raw('//evil.example/fr')
    expect([response.status, response.headers.location]).toEqual([404, undefined])
  })
})
