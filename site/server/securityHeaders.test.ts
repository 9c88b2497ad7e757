import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveTestSite } from './siteServerFixture'

/**
 * Threat: the site framed by another (clickjacking), its addresses leaked in full to other sites, the
 * browser's sensors and payment open to its pages. The script policy is the pages' own <meta> CSP
 * (astro.config.mjs, checked in tests/e2e); frame-ancestors only works as a header.
 */
describe('site server: security headers on every answer', () => {
  let site: Awaited<ReturnType<typeof serveTestSite>>

  beforeAll(async () => {
    site = await serveTestSite({
      'fr/index.html': '<h1>Accueil</h1>',
      'fr/404/index.html': '<h1>Page introuvable</h1>',
      '_astro/site.abc123.css': 'body{}',
    })
  })
  afterAll(() => site.close())

  it.each([
    ['a page', '/fr/', 200],
    ['a missing page', '/fr/nothing/', 404],
    ['a redirect', '/fr', 301],
    ['an asset', '/_astro/site.abc123.css', 200],
  ])('%s', async (_, pathname, status) => {
    const response = await fetch(`${site.base}${pathname}`, { redirect: 'manual' })
    expect(response.status).toBe(status)
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // The site's own pages may ask for the visitor's location (NearMe's "use my location"); no frame may.
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\), geolocation=\(self\),.*microphone=\(\), payment=\(\)/)
  })
})
