import { describe, expect, it } from 'vitest'

import { sitePolicy } from './contentSecurityPolicy'

describe('sitePolicy', () => {
  const connectSrc = (policy: ReturnType<typeof sitePolicy>) => policy.directives?.find((directive) => directive.startsWith('connect-src'))

  it('lets the pages connect to the site alone with the static search index', () => {
    expect(connectSrc(sitePolicy({ kind: 'static' }))).toBe("connect-src 'self'")
  })

  it("adds the Meilisearch server's origin when the search page uses it", () => {
    const policy = sitePolicy({ kind: 'meilisearch', host: 'https://search.example.org/meili/', searchKey: 'key', index: 'resources-fr' })
    expect(connectSrc(policy)).toBe("connect-src 'self' https://search.example.org")
  })

  it('leaves inline scripts to the hashes Astro adds, and forbids plugins and a foreign <base>', () => {
    const directives = sitePolicy({ kind: 'static' }).directives ?? []
    expect(directives.join(';')).not.toMatch(/script-src|unsafe-inline|unsafe-eval/)
    expect(directives).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'"]))
  })
})
