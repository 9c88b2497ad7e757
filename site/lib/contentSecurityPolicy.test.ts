import { describe, expect, it } from 'vitest'

import { sitePolicy } from './contentSecurityPolicy'

describe('sitePolicy', () => {
  const connectSrc = (policy: ReturnType<typeof sitePolicy>) => policy.directives?.find((directive) => directive.startsWith('connect-src'))

  const cms = 'https://cms.example.org/'

  it('lets the pages connect to the site and the CMS alone with the static search index', () => {
    expect(connectSrc(sitePolicy({ kind: 'static' }, cms))).toBe("connect-src 'self' https://cms.example.org")
  })

  it("adds the Meilisearch server's origin when the search page uses it", () => {
    const policy = sitePolicy(
      { kind: 'meilisearch', host: 'https://search.example.org/meili/', searchKey: 'key', index: 'resources-fr' },
      cms,
    )
    expect(connectSrc(policy)).toBe("connect-src 'self' https://cms.example.org https://search.example.org")
  })

  it('lets forms post to the site and to the CMS (sign-up, donation), and follow the donation to the checkout, nowhere else', () => {
    expect(sitePolicy({ kind: 'static' }, 'http://localhost:3000', 'https://checkout.stripe.com').directives).toContain(
      "form-action 'self' http://localhost:3000 https://checkout.stripe.com",
    )
  })

  it('leaves inline scripts to the hashes Astro adds, and forbids plugins and a foreign <base>', () => {
    const directives = sitePolicy({ kind: 'static' }).directives ?? []
    expect(directives.join(';')).not.toMatch(/script-src|unsafe-inline|unsafe-eval/)
    expect(directives).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'"]))
  })
})
