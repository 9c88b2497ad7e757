import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { pngFile, textFile, uniqueSlug, vttText } from '../fixtures'
import { filePath, uploadApi, uploadForm } from './upload-http'

/**
 * Threat: an editor's account (or a stolen one) stores a file that a browser
 * runs as a page on the CMS's origin (stored XSS), by naming an SVG or a PNG
 * `.html`. Whatever the name, the stored file must be named for what it is and
 * served with a type, `nosniff`, and for SVG a CSP, that no browser runs.
 */
const visualFields = { title: 'Visuel', alt: 'Texte alternatif', credit: 'GA Lille', licence: 'CC-BY-4.0' }
const cdataSvg = '<svg xmlns="http://www.w3.org/2000/svg"><b><![CDATA[><img src=x onerror=alert(1)>]]></b></svg>'
// Forbids script, plugins and framing: what every file but a PDF is served with.
const inertPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"
const inertSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="#c9462c"/></svg>'

describeOnDatabase('uploads cannot store a script', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof uploadApi>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await uploadApi(payload)
  })

  const upload = async (collection: 'visuals' | 'files', file: { name: string; data: Buffer; mimetype: string }, fields: object) => {
    const response = await api.request('POST', collection, { token: api.editorToken, body: uploadForm(file, fields) })
    return {
      status: response.status,
      json: (await response.json()) as { doc?: { id: number; filename: string; mimeType: string }; errors?: { message: string }[] },
    }
  }
  // Files no published document uses are only served to staff (upload-draft-files.test.ts): the editors' browsers are the ones a stored script would target.
  const staticDir = (collection: 'visuals' | 'files') => payload.collections[collection].config.upload.staticDir as string

  it('stores an SVG named .html under .svg, and serves it as an image that runs no script', async () => {
    const name = uniqueSlug('x')
    const created = await upload('visuals', textFile(`${name}.html`, inertSvg, 'text/html'), visualFields)
    expect(created.status).toBe(201)
    expect(created.json.doc).toMatchObject({ filename: `${name}.svg`, mimeType: 'image/svg+xml' })
    expect(fs.existsSync(path.join(staticDir('visuals'), `${name}.html`))).toBe(false)

    const served = await api.request('GET', filePath('visuals', `${name}.svg`))
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/svg+xml')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toBe(inertPolicy)
    expect(served.headers.get('content-disposition')).toBeNull()
  })

  it('refuses an SVG whose CDATA hides HTML markup', async () => {
    const before = (await payload.count({ collection: 'visuals' })).totalDocs
    const refused = await upload('visuals', textFile(`${uniqueSlug('x')}.html`, cdataSvg, 'text/html'), visualFields)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json.errors)).toContain('contenu actif')
    expect((await payload.count({ collection: 'visuals' })).totalDocs).toBe(before)
  })

  it('stores a PNG followed by a script and named .html as a .png, served as image/png with nosniff', async () => {
    const png = await pngFile(`${uniqueSlug('x')}.html`, 20, 20)
    const polyglot = {
      ...png,
      data: Buffer.concat([png.data, Buffer.from('<script>alert(document.cookie)</script>')]),
      mimetype: 'text/html',
    }
    const created = await upload('files', polyglot, { title: 'Fichier' })
    expect(created.status).toBe(201)
    const filename = created.json.doc?.filename ?? ''
    expect(filename).toMatch(/\.png$/)
    expect(created.json.doc?.mimeType).toBe('image/png')

    const served = await api.request('GET', filePath('files', filename), { token: api.editorToken })
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toBe(inertPolicy)
  })

  it('renames a PDF sent as text/html .htm to .pdf, stores its real type, and serves it inline', async () => {
    const { PDFDocument } = await import('pdf-lib')
    const document = await PDFDocument.create()
    document.addPage([100, 100])
    const pdf = { name: `${uniqueSlug('tract')}.htm`, data: Buffer.from(await document.save()), mimetype: 'text/html' }
    const created = await upload('files', pdf, { title: 'Tract' })
    expect(created.status).toBe(201)
    expect(created.json.doc?.filename).toMatch(/\.pdf$/)
    expect(created.json.doc?.mimeType).toBe('application/pdf')
    const served = await api.request('GET', filePath('files', created.json.doc?.filename ?? ''), { token: api.editorToken })
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-disposition')).toBeNull()
    // Chromium opens no PDF viewer in a sandboxed document: a PDF is only kept from being framed.
    expect(served.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
  })

  it('serves subtitles as text/vtt inline, and archives as attachments', async () => {
    const vtt = await upload('files', textFile(`${uniqueSlug('sous-titres')}.vtt`, vttText, 'text/plain'), { title: 'Sous-titres' })
    expect(vtt.status).toBe(201)
    const subtitles = await api.request('GET', filePath('files', vtt.json.doc?.filename ?? ''), { token: api.editorToken })
    expect(subtitles.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(subtitles.headers.get('x-content-type-options')).toBe('nosniff')
    expect(subtitles.headers.get('content-disposition')).toBeNull()
    expect(subtitles.headers.get('content-security-policy')).toBe(inertPolicy)

    // The smallest valid zip: an empty archive's end-of-central-directory record.
    const zip = {
      name: `${uniqueSlug('kit')}.zip`,
      data: Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      mimetype: 'application/zip',
    }
    const archive = await upload('files', zip, { title: 'Kit' })
    expect(archive.status).toBe(201)
    const served = await api.request('GET', filePath('files', archive.json.doc?.filename ?? ''), { token: api.editorToken })
    expect(served.headers.get('content-type')).toBe('application/zip')
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(served.headers.get('content-security-policy')).toBe(inertPolicy)
  })

  it('serves a file stored before this fix under .html as an attachment that no browser renders', async () => {
    // As a database from before the fix holds it: an SVG stored as .html (a complete visual otherwise).
    const name = `${uniqueSlug('legacy')}.html`
    const created = await upload('visuals', textFile(`${uniqueSlug('legacy')}.svg`, inertSvg, 'image/svg+xml'), {
      ...visualFields,
      downloadable: true,
    })
    fs.writeFileSync(path.join(staticDir('visuals'), name), cdataSvg)
    await payload.db.updateOne({ collection: 'visuals', id: created.json.doc?.id ?? 0, data: { filename: name } })
    const served = await api.request('GET', filePath('visuals', name))
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(served.headers.get('content-security-policy')).toBe(inertPolicy)
  })
})
