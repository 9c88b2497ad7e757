import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, createUser, eventData, pngFile, richText, textFile, trainingData, uniqueSlug } from '../fixtures'
import { signIn } from '../apiClient'
import { filePath, uploadApi } from './upload-http'

/**
 * Threat: a stranger reads what is not published yet (a draft's printable PDF,
 * a picture the movement keeps for its pages only) through the CMS's API.
 * The public reads an upload only when a published document uses it; of a
 * visual that is not downloadable, only the copies the site's pages show.
 */
const visualFields = { title: 'Visuel', alt: 'Texte alternatif', credit: 'GA Lille', licence: 'CC-BY-4.0' as const }
const pdfFile = async () => {
  const { PDFDocument } = await import('pdf-lib')
  const document = await PDFDocument.create()
  document.addPage([100, 100])
  return { name: `${uniqueSlug('tract')}.pdf`, data: Buffer.from(await document.save()), mimetype: 'application/pdf', size: 0 }
}

describeOnDatabase('files of unpublished documents stay private', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof uploadApi>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await uploadApi(payload)
  })

  const sheet = (attachment: number) => ({
    title: 'Tenir une table',
    slug: uniqueSlug('fiche'),
    kind: 'sheet' as const,
    summary: 'Tenir une table sur un marché.',
    body: richText('Arriver tôt.'),
    attachments: [attachment],
  })
  const anonymousStatus = async (path: string) => (await api.request('GET', path)).status

  it('keeps a file attached only to a draft private, and opens it once the document is published', async () => {
    const pdf = await payload.create({ collection: 'files', data: { title: 'Tract' }, file: await pdfFile() })
    const draft = await payload.create({ collection: 'sheets', data: { ...sheet(pdf.id), _status: 'draft' }, draft: true })

    expect(await anonymousStatus(`files/${pdf.id}`)).toBe(404)
    expect(await anonymousStatus(filePath('files', pdf.filename ?? ''))).toBe(403)
    const listed = (await (await api.request('GET', `files?where[id][equals]=${pdf.id}`)).json()) as { totalDocs: number }
    expect(listed.totalDocs).toBe(0)
    // Staff still see it, to edit the draft.
    expect((await api.request('GET', `files/${pdf.id}`, { token: api.editorToken })).status).toBe(200)
    expect((await api.request('GET', filePath('files', pdf.filename ?? ''), { token: api.editorToken })).status).toBe(200)

    await payload.update({ collection: 'sheets', id: draft.id, data: { _status: 'published' } })
    expect(await anonymousStatus(`files/${pdf.id}`)).toBe(200)
    expect(await anonymousStatus(filePath('files', pdf.filename ?? ''))).toBe(200)

    // Unpublished again: private again.
    await payload.update({ collection: 'sheets', id: draft.id, data: { _status: 'draft' } })
    expect(await anonymousStatus(`files/${pdf.id}`)).toBe(404)
  })

  it('follows a published document’s changes: a file it stops using closes, one it starts using opens, and a deletion closes them', async () => {
    const [first, second] = await Promise.all([pdfFile(), pdfFile()])
    const a = await payload.create({ collection: 'files', data: { title: 'Tract A' }, file: first })
    const b = await payload.create({ collection: 'files', data: { title: 'Tract B' }, file: second })
    const published = await payload.create({ collection: 'sheets', data: { ...sheet(a.id), _status: 'published' } })
    // Looked up once with every document read; the changes below are found by reading only the changed one.
    expect(await anonymousStatus(`files/${a.id}`)).toBe(200)
    expect(await anonymousStatus(`files/${b.id}`)).toBe(404)

    await payload.update({ collection: 'sheets', id: published.id, data: { attachments: [b.id], _status: 'published' } })
    expect(await anonymousStatus(`files/${a.id}`)).toBe(404)
    expect(await anonymousStatus(filePath('files', a.filename ?? ''))).toBe(403)
    expect(await anonymousStatus(`files/${b.id}`)).toBe(200)

    await payload.delete({ collection: 'sheets', id: published.id })
    expect(await anonymousStatus(`files/${b.id}`)).toBe(404)
    expect(await anonymousStatus(filePath('files', b.filename ?? ''))).toBe(403)
  })

  it('keeps a file private that only Payload’s own records point to: a document lock, a preference, a job', async () => {
    const pdf = await payload.create({ collection: 'files', data: { title: 'Procès-verbal' }, file: await pdfFile() })
    // Any account can lock a document, as the admin does when someone starts changing it.
    const translator = await createUser(payload, 'translator', ['en'])
    const translatorToken = await signIn(api.request, translator.email)
    const lock = await api.request('POST', 'payload-locked-documents', {
      token: translatorToken,
      body: { document: { relationTo: 'files', value: pdf.id }, user: { relationTo: 'users', value: translator.id } },
    })
    expect(lock.status).toBe(201)
    const preference = await api.request('POST', `payload-preferences/files-${pdf.id}`, {
      token: translatorToken,
      body: { value: { file: pdf.id, files: [{ relationTo: 'files', value: pdf.id }] } },
    })
    expect(preference.status).toBe(200)
    // A queue no runner takes: the job only has to exist.
    await payload.jobs.queue({ task: 'syncSearch', queue: 'never-run', input: { collection: 'files', id: String(pdf.id), slugs: [] } })

    expect(await anonymousStatus(`files/${pdf.id}`)).toBe(404)
    expect(await anonymousStatus(filePath('files', pdf.filename ?? ''))).toBe(403)

    // A published document using it still opens it.
    await payload.create({ collection: 'sheets', data: { ...sheet(pdf.id), _status: 'published' } })
    expect(await anonymousStatus(`files/${pdf.id}`)).toBe(200)
    expect(await anonymousStatus(filePath('files', pdf.filename ?? ''))).toBe(200)
  })

  it('opens the logo of an active action group only, and the image of a published event only', async () => {
    const privateVisual = async () =>
      payload.create({ collection: 'visuals', data: { ...visualFields, downloadable: false }, file: await pngFile(undefined, 200, 200) })
    const logo = await privateVisual()
    const group = await payload.create({
      collection: 'action-groups',
      data: { name: 'GA Roubaix', slug: uniqueSlug('groupe'), kind: 'local', active: false, logo: logo.id },
    })
    expect(await anonymousStatus(`visuals/${logo.id}`)).toBe(404)
    await payload.update({ collection: 'action-groups', id: group.id, data: { active: true } })
    expect(await anonymousStatus(`visuals/${logo.id}`)).toBe(200)

    const image = await privateVisual()
    const type = await payload.create({ collection: 'event-types', data: { name: 'Réunion publique', slug: uniqueSlug('type') } })
    const event = await payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ eventType: type.id, group: group.id }, { image: image.id, _status: 'draft' }) as never,
    })
    expect(await anonymousStatus(`visuals/${image.id}`)).toBe(404)
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } })
    expect(await anonymousStatus(`visuals/${image.id}`)).toBe(200)
  })

  it('counts only the upload nodes rich text shows, and none in the rich text of events and groups', async () => {
    const uploadNode = (id: number | string) => ({ type: 'upload', relationTo: 'files', value: id, version: 3, fields: null, format: '' })
    const hidden = await payload.create({ collection: 'files', data: { title: 'Caché' }, file: await pdfFile() })
    const shown = await payload.create({ collection: 'files', data: { title: 'Montré' }, file: await pdfFile() })
    const inEvent = await payload.create({ collection: 'files', data: { title: 'Événement' }, file: await pdfFile() })
    // An upload-shaped object tucked inside a text node's JSON, not a node of the document: the site shows nothing.
    const body = richText('Arriver tôt.') as { root: { children: Record<string, unknown>[] } }
    body.root.children[0] = { ...body.root.children[0], extra: { nested: uploadNode(hidden.id) } }
    body.root.children.push(uploadNode(shown.id))
    await payload.create({ collection: 'sheets', data: { ...sheet(shown.id), attachments: [], body: body as never, _status: 'published' } })
    expect(await anonymousStatus(`files/${hidden.id}`)).toBe(404)
    expect(await anonymousStatus(`files/${shown.id}`)).toBe(200)

    const { eventType, group } = await createEventBasics(payload)
    await payload.update({ collection: 'action-groups', id: group, data: { active: true } })
    const description = richText('Venez nombreux.') as { root: { children: Record<string, unknown>[] } }
    description.root.children.push(uploadNode(inEvent.id))
    await payload.create({ collection: 'events', data: eventData({ eventType, group }, { description }) as never })
    await payload.update({ collection: 'action-groups', id: group, data: { description: description as never } })
    expect(await anonymousStatus(`files/${inEvent.id}`)).toBe(404)
  })

  it('keeps an unused visual that is not downloadable private, and shows downloadable ones (the library)', async () => {
    const kept = await payload.create({
      collection: 'visuals',
      data: { ...visualFields, downloadable: false },
      file: await pngFile(undefined, 400, 300),
    })
    const library = await payload.create({
      collection: 'visuals',
      data: { ...visualFields, downloadable: true },
      file: await pngFile(undefined, 400, 300),
    })
    expect(await anonymousStatus(`visuals/${kept.id}`)).toBe(404)
    expect(await anonymousStatus(filePath('visuals', kept.filename ?? ''))).toBe(403)
    expect(await anonymousStatus(filePath('visuals', kept.sizes?.webp320?.filename ?? ''))).toBe(403)
    expect(await anonymousStatus(`visuals/${library.id}`)).toBe(200)
    expect(await anonymousStatus(filePath('visuals', library.filename ?? ''))).toBe(200)
    expect(await anonymousStatus(filePath('visuals', library.sizes?.full?.filename ?? ''))).toBe(200)
  })

  it('gives, of a published cover that is not downloadable, the copies pages show and not the original nor the download sizes', async () => {
    const cover = await payload.create({
      collection: 'visuals',
      data: { ...visualFields, downloadable: false },
      file: await pngFile(undefined, 1000, 700),
    })
    await payload.create({ collection: 'trainings', data: { ...trainingData(), cover: cover.id, _status: 'published' } })

    const read = await api.request('GET', `visuals/${cover.id}`)
    expect(read.status).toBe(200)
    const doc = (await read.json()) as { url: string | null; sizes: Record<string, { url: string | null }> }
    expect(doc.url).toBeNull()
    expect(doc.sizes.full?.url).toBeNull()
    expect(doc.sizes.webp640?.url).toContain('/api/visuals/file/')
    expect(doc.sizes.social?.url).toContain('/api/visuals/file/')

    for (const name of ['webp640', 'avif960', 'social'] as const) {
      expect(await anonymousStatus(filePath('visuals', cover.sizes?.[name]?.filename ?? ''))).toBe(200)
    }
    expect(await anonymousStatus(filePath('visuals', cover.filename ?? ''))).toBe(403)
    for (const name of ['full', 'square', 'card', 'thumbnail'] as const) {
      expect(await anonymousStatus(filePath('visuals', cover.sizes?.[name]?.filename ?? ''))).toBe(403)
    }
  })

  it('serves the original of a used SVG that has no copies, which pages show as it is', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg>'
    const logo = await payload.create({
      collection: 'visuals',
      data: { ...visualFields, downloadable: false },
      file: textFile(`${uniqueSlug('logo')}.svg`, svg, 'image/svg+xml'),
    })
    await payload.create({ collection: 'trainings', data: { ...trainingData(), cover: logo.id, _status: 'published' } })
    expect(await anonymousStatus(filePath('visuals', logo.filename ?? ''))).toBe(200)
  })
})
