import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveTestSite } from './siteServerFixture'

/**
 * Threat: an uploaded file exported to /media/ runs as a page of the site (stored script): an HTML or
 * XML file rendered in place, script inside an SVG opened by itself, a type sniffed by the browser.
 */
describe('site server: files under /media/ never render as pages of the site', () => {
  let site: Awaited<ReturnType<typeof serveTestSite>>
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><b><![CDATA[><img src=x onerror=alert(1)>]]></b></svg>'

  beforeAll(async () => {
    site = await serveTestSite({
      'fr/index.html': '<h1>Accueil</h1>',
      'fr/404/index.html': '<h1>Page introuvable</h1>',
      'media/visuals/x.html': svg,
      'media/files/notes.xml': '<x/>',
      'media/files/notes.txt': 'text',
      'media/files/data.weird': 'bytes',
      'media/visuals/logo.svg': svg,
      'media/visuals/photo.png': 'png',
      'media/files/tract.pdf': '%PDF',
      'media/files/clip.mp4': 'mp4',
      'media/files/clip.fr.vtt': 'WEBVTT',
      'favicon.svg': svg,
    })
  })
  afterAll(() => site.close())

  const get = (pathname: string) => fetch(`${site.base}${pathname}`)

  it.each([
    ['/media/visuals/x.html', 'text/html; charset=utf-8'],
    ['/media/files/notes.xml', 'application/xml; charset=utf-8'],
    ['/media/files/notes.txt', 'text/plain; charset=utf-8'],
    ['/media/files/data.weird', 'application/octet-stream'],
  ])('serves %s as a download of type %s', async (pathname, type) => {
    const response = await get(pathname)
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-disposition')]).toEqual([
      200,
      type,
      'attachment',
    ])
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves SVG as an image that can run nothing, wherever it lies', async () => {
    for (const pathname of ['/media/visuals/logo.svg', '/favicon.svg']) {
      const response = await get(pathname)
      expect(response.headers.get('content-type')).toBe('image/svg+xml')
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
      )
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-disposition')).toBeNull()
    }
  })

  it.each([
    ['/media/visuals/photo.png', 'image/png'],
    ['/media/files/tract.pdf', 'application/pdf'],
    ['/media/files/clip.mp4', 'video/mp4'],
    ['/media/files/clip.fr.vtt', 'text/vtt; charset=utf-8'],
  ])('shows %s in place, as %s', async (pathname, type) => {
    const response = await get(pathname)
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-disposition')]).toEqual([200, type, null])
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it("serves the site's own pages, and its 404 page for a missing file under /media/, as pages", async () => {
    const page = await get('/fr/')
    expect([page.headers.get('content-type'), page.headers.get('content-disposition')]).toEqual(['text/html; charset=utf-8', null])
    const missing = await get('/media/visuals/missing.html')
    expect([missing.status, await missing.text(), missing.headers.get('content-disposition')]).toEqual([
      404,
      '<h1>Page introuvable</h1>',
      null,
    ])
  })
})
