import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { beforeAll, expect, it } from 'vitest'

import { tractMessage } from '../../tracts/messages'
import { describeOnDatabase, testPayload } from './database'
import { createUser, pngFile, rejection, tractStyle, tractTemplateData, uniqueSlug } from './fixtures'

/** A one-page PDF of A5 size, as a designer would upload the vector artwork. */
const pdfFile = async () => {
  const pdf = await PDFDocument.create()
  pdf.addPage([419.53, 595.28])
  const data = Buffer.from(await pdf.save())
  return { name: `${uniqueSlug('fond')}.pdf`, data, mimetype: 'application/pdf', size: data.length }
}

/** The rebuild jobs waiting to run, by the reason each was queued for. */
const pendingRebuildReasons = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
  ).docs.map((job) => String((job.input as { reason?: string }).reason))

describeOnDatabase('tract templates', () => {
  let payload: Payload
  /** A Local API request in the admin language `language`, as an editor working in that language sends. */
  let inLanguage: (language: 'fr' | 'en') => Promise<PayloadRequest>
  beforeAll(async () => {
    payload = await testPayload()
    inLanguage = async (language) =>
      createLocalReq({ req: { i18n: await getLocalI18n({ config: payload.config, language }) } as Partial<PayloadRequest> }, payload)
  })

  it('saves a valid A5 template with its legal zone, and the public reads it once published only', async () => {
    const draft = await payload.create({ collection: 'tract-templates', draft: true, data: { ...tractTemplateData(), _status: 'draft' } })
    const anonymous = { collection: 'tract-templates', overrideAccess: false, where: { id: { equals: draft.id } } } as const
    expect((await payload.find(anonymous)).totalDocs).toBe(0)

    const published = await payload.update({ collection: 'tract-templates', id: draft.id, data: { _status: 'published' } })
    expect(published.fields?.map((field) => field.key)).toEqual(['group', 'date'])
    expect(published.legal?.box).toEqual({ x: 10, y: 195, width: 128, height: 10 })
    expect((await payload.find(anonymous)).docs[0]?.slug).toBe(draft.slug)
  })

  it('refuses a field box beyond the page on that field, in the editor’s language, drafts included', async () => {
    const data = tractTemplateData()
    data.fields = data.fields?.map((field, index) => (index === 1 ? { ...field, box: { x: 100, y: 40, width: 60, height: 10 } } : field))
    const before = (await payload.count({ collection: 'tract-templates' })).totalDocs
    const params = { field: 'Date', width: 148, height: 210, unit: 'mm' }

    const french = await rejection(payload.create({ collection: 'tract-templates', data, req: await inLanguage('fr') }))
    expect(french).toEqual([{ path: 'fields.1.box', message: tractMessage('boxOutsidePage', 'fr', params) }])
    const english = await rejection(payload.create({ collection: 'tract-templates', data, req: await inLanguage('en') }))
    expect(english).toEqual([{ path: 'fields.1.box', message: tractMessage('boxOutsidePage', 'en', params) }])
    expect(english[0]?.message).not.toBe(french[0]?.message)

    // A box outside the page is never right, not even in a draft.
    const draft = await rejection(payload.create({ collection: 'tract-templates', draft: true, data: { ...data, _status: 'draft' } }))
    expect(draft.map((error) => error.path)).toEqual(['fields.1.box'])
    expect((await payload.count({ collection: 'tract-templates' })).totalDocs).toBe(before)
  })

  it('refuses a print template without its legal zone at every save, drafts included', async () => {
    const data = { ...tractTemplateData(), legal: undefined }
    const errors = await rejection(payload.create({ collection: 'tract-templates', data }))
    expect(errors).toEqual([{ path: 'legal', message: tractMessage('legalZoneMissing', 'fr') }])
    const draft = await rejection(payload.create({ collection: 'tract-templates', draft: true, data: { ...data, _status: 'draft' } }))
    expect(draft.map((error) => error.path)).toEqual(['legal'])

    // A zone being placed is not a missing one: a draft keeps it, and publishing names its empty numbers.
    const placing = await payload.create({
      collection: 'tract-templates',
      draft: true,
      data: { ...data, legal: { box: { x: 10, y: 195 } }, _status: 'draft' } as never,
    })
    const halfPlaced = await rejection(payload.update({ collection: 'tract-templates', id: placing.id, data: { _status: 'published' } }))
    expect(halfPlaced.map((error) => error.path)).toEqual(['legal.box.width', 'legal.box.height'])
  })

  it('checks the document a partial update leaves, and lets translators translate the labels only', async () => {
    const template = await payload.create({ collection: 'tract-templates', data: tractTemplateData() })
    const [group, date] = template.fields ?? []
    const moved = await rejection(
      payload.update({
        collection: 'tract-templates',
        id: template.id,
        data: { fields: [{ id: group?.id }, { id: date?.id, box: { x: 120 } }] as never },
      }),
    )
    expect(moved.map((error) => error.path)).toEqual(['fields.1.box'])

    const translator = await createUser(payload, 'translator', ['en'])
    const asTranslator = { collection: 'tract-templates', id: template.id, locale: 'en', user: translator, overrideAccess: false } as const
    const translated = await payload.update({
      ...asTranslator,
      data: {
        name: 'A5 leaflet — public meeting',
        fields: [
          { id: group?.id, label: 'Action group' },
          { id: date?.id, label: 'Date' },
        ] as never,
        _status: 'published',
      },
    })
    expect(translated.fields?.map((field) => [field.label, field.box.x])).toEqual([
      ['Action group', 10],
      ['Date', 10],
    ])
    const geometry = await rejection(
      payload.update({ ...asTranslator, draft: true, data: { fields: [{ id: group?.id }, { id: date?.id, box: { x: 12 } }] as never } }),
    )
    expect(geometry.map((error) => error.path)).toEqual(['fields.1.box.x'])
  })

  it('publishes a square social template without a legal zone', async () => {
    const square = await payload.create({
      collection: 'tract-templates',
      data: {
        ...tractTemplateData(),
        format: 'square',
        legal: undefined,
        fields: [
          {
            key: 'group',
            label: 'Groupe d’action',
            type: 'line',
            box: { x: 80, y: 900, width: 920, height: 120 },
            style: { ...tractStyle, minSize: 32, maxSize: 64 },
            maxLength: 60,
          },
        ],
      },
    })
    expect(square._status).toBe('published')
    expect(square.format).toBe('square')
  })

  it('refuses to publish a PDF artwork without its image, and an artwork image that is a PDF', async () => {
    const pdf = await payload.create({ collection: 'tract-artwork', data: { credit: 'Atelier graphique' }, file: await pdfFile() })
    expect(pdf.mimeType).toBe('application/pdf')
    const withoutImage = await rejection(
      payload.create({ collection: 'tract-templates', data: { ...tractTemplateData(), artwork: pdf.id } }),
    )
    expect(withoutImage).toEqual([{ path: 'artworkImage', message: tractMessage('artworkImageMissing', 'fr') }])

    const pdfAsImage = await rejection(
      payload.create({ collection: 'tract-templates', data: { ...tractTemplateData(), artwork: pdf.id, artworkImage: pdf.id } }),
    )
    expect(pdfAsImage.map((error) => error.path)).toEqual(['artworkImage'])

    const image = await payload.create({
      collection: 'tract-artwork',
      data: { credit: 'Atelier graphique' },
      file: await pngFile(undefined, 874, 1240),
    })
    const complete = await payload.create({
      collection: 'tract-templates',
      data: { ...tractTemplateData(), artwork: pdf.id, artworkImage: image.id },
    })
    expect(complete._status).toBe('published')
  })

  it('queues a rebuild of the public site when a template is published', async () => {
    const data = tractTemplateData()
    const draft = await payload.create({ collection: 'tract-templates', draft: true, data: { ...data, _status: 'draft' } })
    expect(await pendingRebuildReasons(payload)).not.toContain(`publish: tract-templates « ${data.name} »`)
    await payload.update({ collection: 'tract-templates', id: draft.id, data: { _status: 'published' } })
    expect(await pendingRebuildReasons(payload)).toContain(`publish: tract-templates « ${data.name} »`)
  })
})
