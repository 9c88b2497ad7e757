import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { recomputeTranslationStatus, updateTranslationStatus } from '../../cms/translations/trackTranslations'
import { apiClient, type ApiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, publishedChapterData, publishedFaqData, richText, trainingData, uniqueSlug } from './fixtures'

/** A document's stored status rows, by language. */
const statusOf = async (payload: Payload, collection: string, id: number | string) => {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
    pagination: false,
  })
  return Object.fromEntries(docs.map((row) => [row.locale, row]))
}

/** Every language's stored values of a document, to prove a save left them alone. */
const everyLanguage = async (payload: Payload, id: number | string) =>
  JSON.stringify(await payload.findByID({ collection: 'faqs', id, locale: 'all', draft: true, depth: 0 }), (key, value: unknown) =>
    key === 'updatedAt' ? undefined : value,
  )

const withoutLanguage = (json: string, ...codes: string[]) =>
  JSON.stringify(JSON.parse(json), (key, value: unknown) => (codes.includes(key) ? undefined : value))

describeOnDatabase('translation status', () => {
  let payload: Payload
  let api: ApiClient
  let germanTranslator: User
  let editor: User

  beforeAll(async () => {
    payload = await testPayload()
    api = await apiClient()
    editor = await createUser(payload, 'editor')
    germanTranslator = await createUser(payload, 'translator', ['de'])
  })

  const createFaq = async () => {
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      draft: true,
      data: { question: 'Wie trete ich bei?', answer: richText('Online.') },
    })
    return faq
  }

  it('says missing, then up to date once translated, then outdated for the French text that changed, and only that one', async () => {
    const faq = await createFaq()
    const first = await statusOf(payload, 'faqs', faq.id)
    expect(first.de).toMatchObject({ status: 'upToDate', missing: 0, upToDate: 2, fields: { question: 'upToDate', answer: 'upToDate' } })
    expect(first.en).toMatchObject({ status: 'missing', missing: 2, upToDate: 0 })
    expect(first.fr).toBeUndefined()

    const before = await everyLanguage(payload, faq.id)
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'fr',
      draft: true,
      data: { question: 'Comment adhérer au mouvement ?' },
    })
    // The French save changed the French alone: every other language is byte-identical.
    expect(withoutLanguage(await everyLanguage(payload, faq.id), 'fr')).toBe(withoutLanguage(before, 'fr'))
    const after = await statusOf(payload, 'faqs', faq.id)
    expect(after.de).toMatchObject({ status: 'outdated', outdated: 1, upToDate: 1, fields: { question: 'outdated', answer: 'upToDate' } })
    expect(after.en).toMatchObject({ status: 'missing', missing: 2 })

    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      draft: true,
      data: { question: 'Wie trete ich der Bewegung bei?' },
    })
    expect((await statusOf(payload, 'faqs', faq.id)).de).toMatchObject({ status: 'upToDate', upToDate: 2 })
  })

  it('compares rich text by its text and structure, not by how the editor serialised it', async () => {
    const faq = await createFaq()
    const reserialised = richText('En ligne.') as { root: { direction: string; children: { direction: string; indent: number }[] } }
    reserialised.root.direction = 'rtl'
    reserialised.root.children[0]!.indent = 1
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'fr', draft: true, data: { answer: reserialised as never } })
    expect((await statusOf(payload, 'faqs', faq.id)).de).toMatchObject({ status: 'upToDate' })

    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'fr',
      draft: true,
      data: { answer: richText('En ligne ou par courrier.') },
    })
    expect((await statusOf(payload, 'faqs', faq.id)).de?.fields).toEqual({ question: 'upToDate', answer: 'outdated' })
  })

  it('counts a copy of the French as still to translate', async () => {
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: 'Marseille ?', slug: uniqueSlug('faq'), answer: richText('Oui.'), category: 'movement', order: 1 },
    })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'es', draft: true, data: { question: 'Marseille ?' } })
    expect((await statusOf(payload, 'faqs', faq.id)).es?.fields).toEqual({ question: 'missing', answer: 'missing' })
  })

  it('shows a translator their languages only, with the French each outdated text was translated from', async () => {
    const faq = await createFaq()
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'fr', draft: true, data: { question: 'Comment adhérer vite ?' } })
    const token = await signIn(api.request, germanTranslator.email)
    const response = await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`, { token })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      locales: Record<string, { status: string; editable: boolean }>
      french: Record<string, unknown>
      fields: Record<string, Record<string, { status: string; previousFrench: unknown }>>
    }
    expect(Object.keys(body.locales)).toEqual(['de'])
    expect(body.locales.de).toMatchObject({ status: 'outdated', editable: true })
    expect(body.french.question).toBe('Comment adhérer vite ?')
    expect(body.fields.de?.question).toEqual({ status: 'outdated', previousFrench: 'Comment adhérer ?' })
    expect(body.fields.de?.answer).toEqual({ status: 'upToDate', previousFrench: null })

    const editorToken = await signIn(api.request, editor.email)
    const all = (await (await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`, { token: editorToken })).json()) as {
      locales: Record<string, unknown>
    }
    expect(Object.keys(all.locales)).toEqual(['en', 'es', 'de', 'it', 'pt', 'ar'])
  })

  it('refuses visitors, unknown collections and documents', async () => {
    const faq = await createFaq()
    expect((await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`)).status).toBe(401)
    const token = await signIn(api.request, editor.email)
    expect((await api.request('GET', `translations/document?collection=registrations&id=1`, { token })).status).toBe(400)
    expect((await api.request('GET', `translations/document?collection=faqs&id=999999999`, { token })).status).toBe(404)
    const treasurer = await createUser(payload, 'treasurer')
    const treasurerToken = await signIn(api.request, treasurer.email)
    expect((await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`, { token: treasurerToken })).status).toBe(403)
  })

  it('rewrites nothing when nothing changed (PostgreSQL gives jsonb keys back in its own order)', async () => {
    const faq = await createFaq()
    const before = await statusOf(payload, 'faqs', faq.id)
    await updateTranslationStatus(payload, 'faqs', faq.id)
    await recomputeTranslationStatus(payload, 'faqs')
    const after = await statusOf(payload, 'faqs', faq.id)
    expect(Object.fromEntries(Object.entries(after).map(([code, row]) => [code, row.updatedAt]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([code, row]) => [code, row.updatedAt])),
    )
  })

  it('forgets a deleted document', async () => {
    const faq = await createFaq()
    await payload.delete({ collection: 'faqs', id: faq.id })
    expect(await statusOf(payload, 'faqs', faq.id)).toEqual({})
  })

  it('tracks rows by id: a translated measure stays up to date when another is added in French', async () => {
    const chapter = await payload.create({
      collection: 'programme',
      data: {
        number: 900 + Math.floor(Math.random() * 90000),
        title: 'Chapitre',
        slug: uniqueSlug('chapitre'),
        summary: 'Résumé',
        sections: [{ title: 'Section', measures: [{ title: 'Mesure un' }] }],
      },
    })
    const section = chapter.sections[0]!
    await payload.update({
      collection: 'programme',
      id: chapter.id,
      locale: 'de',
      draft: true,
      data: {
        title: 'Kapitel',
        summary: 'Zusammenfassung',
        sections: [{ id: section.id, title: 'Abschnitt', measures: [{ id: section.measures[0]!.id, title: 'Maßnahme eins' }] }],
      },
    })
    expect((await statusOf(payload, 'programme', chapter.id)).de).toMatchObject({ status: 'upToDate', upToDate: 4 })
    await payload.update({
      collection: 'programme',
      id: chapter.id,
      locale: 'fr',
      draft: true,
      data: {
        sections: [
          { id: section.id, title: 'Section', measures: [{ id: section.measures[0]!.id, title: 'Mesure un' }, { title: 'Mesure deux' }] },
        ],
      },
    })
    const de = (await statusOf(payload, 'programme', chapter.id)).de
    expect(de).toMatchObject({ status: 'missing', missing: 1, upToDate: 4, outdated: 0 })
  })

  it('a full recompute stores what the saves stored, for texts in arrays of arrays too', async () => {
    const chapter = await payload.create({ collection: 'programme', data: publishedChapterData() })
    const training = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const section = chapter.sections[0]!
    await payload.update({
      collection: 'programme',
      id: chapter.id,
      locale: 'de',
      draft: true,
      data: {
        title: 'Besser leben',
        sections: [{ id: section.id, title: 'Wohnen', measures: [{ id: section.measures[0]!.id, title: 'Mieten begrenzen' }] }],
      },
    })
    const trainingModule = training.modules[0]!
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'es',
      draft: true,
      data: {
        modules: [
          { id: trainingModule.id, title: 'Preparar', lessons: [{ id: trainingModule.lessons[0]!.id, body: richText('Un mensaje.') }] },
        ],
      },
    })
    const documents = [
      { collection: 'programme', id: chapter.id },
      { collection: 'trainings', id: training.id },
    ] as const
    /** What a status row says, without its id and dates. */
    const saved = async () =>
      Promise.all(
        documents.map(async ({ collection, id }) =>
          Object.fromEntries(
            Object.entries(await statusOf(payload, collection, id)).map(
              ([code, { title, status, missing, outdated, upToDate, fields, sources }]) => [
                code,
                { title, status, missing, outdated, upToDate, fields, sources },
              ],
            ),
          ),
        ),
      )
    const bySaves = await saved()
    expect(bySaves[0]!.de).toMatchObject({ status: 'missing', missing: 3, upToDate: 3 })
    expect(bySaves[1]!.es).toMatchObject({ status: 'missing', missing: 3, upToDate: 2 })
    for (const { collection, id } of documents)
      await payload.delete({
        collection: 'translation-status',
        where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
      })

    for (const { collection } of documents) await recomputeTranslationStatus(payload, collection)
    expect(await saved()).toEqual(bySaves)
  })
})
