import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { apiClient } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { pngFile, uniqueSlug } from '../fixtures'
import { uploadApi, uploadForm } from './upload-http'

/**
 * Threat: an editor's account (or a stolen one) has the CMS fetch a file from
 * a URL (`{ filename: "x.html", url: "https://attacker/…" }`) instead of
 * sending it: Payload would store it under the editor's name without the
 * checks a sent file passes (type from the bytes, SVG without script), or
 * reach an address only the server can. Files must come from the editor's
 * device: such a request is refused with the reason, nothing is fetched and
 * nothing is stored.
 */
const visualFields = { title: 'Visuel', alt: 'Texte alternatif', credit: 'GA Lille', licence: 'CC-BY-4.0' }
const uploadCollections = ['visuals', 'files', 'tract-artwork'] as const
type UploadCollection = (typeof uploadCollections)[number]
const fieldsFor: Record<UploadCollection, object> = { visuals: visualFields, files: { title: 'Fichier' }, 'tract-artwork': { alt: 'Fond' } }

describeOnDatabase('uploads cannot be fetched from a URL', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof uploadApi>>
  // The "remote" file: a page that would run script on the CMS's origin.
  const fetched: string[] = []
  const remote = http.createServer((request, response) => {
    fetched.push(request.url ?? '')
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html><script>alert(document.cookie)</script></html>')
  })
  const remoteUrl = (name: string) => `http://127.0.0.1:${(remote.address() as AddressInfo).port}/${name}`

  beforeAll(async () => {
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve))
    payload = await testPayload()
    api = await uploadApi(payload)
  })
  afterAll(() => new Promise<void>((resolve) => remote.close(() => resolve())))

  const staticDir = (collection: UploadCollection) => payload.collections[collection].config.upload.staticDir as string
  const count = async (collection: UploadCollection) => (await payload.count({ collection, overrideAccess: true })).totalDocs

  it.each(uploadCollections)(
    'refuses a %s created from a URL, with the reason in the editor’s language, and fetches and stores nothing',
    async (collection) => {
      const before = await count(collection)
      const name = `${uniqueSlug('page')}.html`
      const french = await api.request('POST', collection, {
        token: api.editorToken,
        body: { ...fieldsFor[collection], filename: name, url: remoteUrl(name) },
      })
      expect(french.status).toBe(400)
      expect(JSON.stringify(await french.json())).toContain('Un fichier ne peut pas être importé depuis une adresse web')

      const english = await api.request('POST', collection, {
        token: api.editorToken,
        language: 'en',
        body: { ...fieldsFor[collection], filename: name, url: remoteUrl(name) },
      })
      expect(english.status).toBe(400)
      expect(JSON.stringify(await english.json())).toContain('A file cannot be imported from a web address')

      expect(fetched).toEqual([])
      expect(await count(collection)).toBe(before)
      expect(fs.existsSync(path.join(staticDir(collection), name))).toBe(false)
    },
  )

  it('refuses a file fetched from a URL through GraphQL too, and fetches and stores nothing', async () => {
    const before = await count('files')
    const name = `${uniqueSlug('page')}.html`
    const { graphql } = await apiClient()
    const logged = vi.spyOn(payload.logger, 'error')
    const response = await graphql(
      'mutation ($data: mutationFileInput!) { createFile(data: $data) { id } }',
      { data: { title: 'Fichier', filename: name, url: remoteUrl(name) } },
      { token: api.editorToken },
    )
    const body = (await response.json()) as { data?: { createFile: unknown }; errors?: { message: string }[] }
    expect(body.data?.createFile ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toBeTruthy()
    // Refused by the CMS before any fetch, not by Payload's guard against private addresses (the client sees a 500's generic message).
    expect(JSON.stringify(logged.mock.calls)).toContain('Files are never fetched from a URL')
    logged.mockRestore()
    expect(fetched).toEqual([])
    expect(await count('files')).toBe(before)
    expect(fs.existsSync(path.join(staticDir('files'), name))).toBe(false)
  })

  it('offers no "paste a URL" in the admin on any upload collection', () => {
    for (const collection of uploadCollections) expect(payload.collections[collection].config.upload.pasteURL).toBe(false)
  })

  it('still saves a visual whose form sends its stored filename and URL back, and an update never fetches the URL it is sent', async () => {
    const created = await api.request('POST', 'visuals', {
      token: api.editorToken,
      body: uploadForm(await pngFile(undefined, 40, 40), visualFields),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string; url: string } }

    // As the admin's edit form sends it: every field, the hidden upload ones included.
    const saved = await api.request('PATCH', `visuals/${doc.id}`, {
      token: api.editorToken,
      body: { ...visualFields, title: 'Visuel renommé', filename: doc.filename, url: doc.url },
    })
    expect(saved.status).toBe(200)
    const foreign = await api.request('PATCH', `visuals/${doc.id}`, {
      token: api.editorToken,
      body: { title: 'Visuel', filename: 'page.html', url: remoteUrl('page.html') },
    })
    expect(foreign.status).toBe(200)

    expect(fetched).toEqual([])
    const stored = await payload.findByID({ collection: 'visuals', id: doc.id, overrideAccess: true })
    expect(stored.filename).toBe(doc.filename)
    expect(fs.existsSync(path.join(staticDir('visuals'), doc.filename))).toBe(true)
  })
})
