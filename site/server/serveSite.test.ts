import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSiteServer } from './serveSite'

const files: Record<string, string> = {
  'fr/index.html': '<h1>Accueil</h1>',
  'fr/404/index.html': '<h1>Page introuvable</h1>',
  'ar/404/index.html': '<h1>الصفحة غير موجودة</h1>',
  '404.html': '<h1>Not found</h1>',
  '_astro/site.abc123.css': 'body{color:#000}'.repeat(50),
  'media/files/clip.mp4': '0123456789',
  'media/visuals/affiche-1200x630-3f2a9c01d4.jpg': 'jpeg bytes',
  'media/kits/democratie-fr.zip': 'zip bytes',
  'media/visuals/affiche.jpg': 'jpeg bytes',
  'media/visuals/affiche-800x533.webp': 'webp bytes',
  'media/files/programme.pdf': 'pdf bytes',
  'media/tract-previews/481661975f8ce363f965-320.avif': 'avif bytes',
}

describe('site server', () => {
  let base: string
  let root: string | null = null
  const server = createSiteServer({ root: async () => root, locales: ['fr', 'ar'], defaultLocale: 'fr' })
  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${base}${pathname}`, { headers, redirect: 'manual' })

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const makeBuild = async (extra: Record<string, string> = {}) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-site-'))
    for (const [name, body] of Object.entries({ ...files, ...extra })) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await fs.writeFile(path.join(dir, name), body)
    }
    return dir
  }

  it('says the site is being built before the first build', async () => {
    expect((await get('/fr/')).status).toBe(503)
  })

  it('serves pages, redirects to the trailing slash, and answers unknown paths with the 404 of their language', async () => {
    root = await makeBuild()
    expect(await (await get('/fr/')).text()).toBe('<h1>Accueil</h1>')
    const redirect = await get('/fr')
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/fr/'])
    const missing = await get('/ar/trainings/retire/')
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>الصفحة غير موجودة</h1>'])
    expect((await get('/xx/nothing')).status).toBe(404)
    expect(await (await get('/../../etc/passwd')).text()).toBe('<h1>Page introuvable</h1>')
  })

  it('compresses text, caches fingerprinted assets for a year, and serves byte ranges of videos', async () => {
    const css = await fetch(`${base}/_astro/site.abc123.css`, { headers: { 'Accept-Encoding': 'br' } })
    expect(css.headers.get('content-encoding')).toBe('br')
    expect(css.headers.get('cache-control')).toContain('immutable')
    expect(Number(css.headers.get('content-length'))).toBeLessThan(files['_astro/site.abc123.css']?.length ?? 0)
    // fetch decodes the body itself.
    expect(await css.text()).toBe(files['_astro/site.abc123.css'])
    expect((await get('/fr/')).headers.get('cache-control')).toContain('must-revalidate')

    const part = await get('/media/files/clip.mp4', { Range: 'bytes=2-5' })
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-5/10', '2345'])
  })

  it('caches uploaded media for a year with an ETag, answers 304 to the same ETag, and revalidates kits rewritten under their name', async () => {
    const picture = await get('/media/visuals/affiche-1200x630-3f2a9c01d4.jpg')
    expect(picture.status).toBe(200)
    expect(picture.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const etag = picture.headers.get('etag')
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/)

    const again = await get('/media/visuals/affiche-1200x630-3f2a9c01d4.jpg', { 'If-None-Match': `"other", ${etag}` })
    expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, ''])
    expect(again.headers.get('cache-control')).toContain('immutable')
    // A stale ETag wins over a recent date: the file is sent.
    const stale = await get('/media/visuals/affiche-1200x630-3f2a9c01d4.jpg', {
      'If-None-Match': 'W/"0-0"',
      'If-Modified-Since': new Date(Date.now() + 60_000).toUTCString(),
    })
    expect([stale.status, await stale.text()]).toEqual([200, 'jpeg bytes'])

    const kit = await get('/media/kits/democratie-fr.zip')
    expect(kit.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect((await get('/media/kits/democratie-fr.zip', { 'If-None-Match': kit.headers.get('etag') ?? '' })).status).toBe(304)

    const page = await get('/fr/', { 'Accept-Encoding': 'br' })
    expect(page.headers.get('etag')).toBeTruthy()
    expect((await get('/fr/', { 'Accept-Encoding': 'br', 'If-None-Match': page.headers.get('etag') ?? '' })).status).toBe(304)

    const missing = await get('/media/visuals/retire.jpg')
    expect([missing.status, missing.headers.get('cache-control')]).toEqual([404, 'public, max-age=0, must-revalidate'])
  })

  it('caches for good only the media whose name changes with their content: a name an upload frees may be sent again with another', async () => {
    for (const named of ['/media/visuals/affiche.jpg', '/media/visuals/affiche-800x533.webp', '/media/files/programme.pdf']) {
      const file = await get(named)
      expect([named, file.status, file.headers.get('cache-control')]).toEqual([named, 200, 'public, max-age=0, must-revalidate'])
      expect((await get(named, { 'If-None-Match': file.headers.get('etag') ?? '' })).status).toBe(304)
    }
    const preview = await get('/media/tract-previews/481661975f8ce363f965-320.avif')
    expect(preview.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // Encoded climbs out of the build and a NUL byte find nothing, and their 404 is not kept.
    for (const outside of [
      '/media/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/media/visuals/..%5c..%5cpackage.json',
      '/media/files/a%00.pdf',
    ]) {
      const answer = await get(outside)
      expect([outside, answer.status, answer.headers.get('cache-control')]).toEqual([outside, 404, 'public, max-age=0, must-revalidate'])
    }
  })

  it('switches to a new build at once', async () => {
    root = await makeBuild({ 'fr/index.html': '<h1>Nouvelle version</h1>' })
    expect(await (await get('/fr/')).text()).toBe('<h1>Nouvelle version</h1>')
  })
})
