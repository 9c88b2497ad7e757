import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { translationsDashboard } from '../../cms/translations/dashboard'
import { exportTranslations, type ImportReport, importTranslations } from '../../cms/translations/exchange'
import { readTranslationFile, writeTranslationFile } from '../../cms/translations/formats'
import { toTranslateFilter } from '../../cms/translations/listFilter'
import { apiClient, type ApiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, publishedChapterData } from './fixtures'

/** Every language's stored values of a document (its latest version), to prove what a save left alone: a draft's `_status` aside. */
const stored = async (payload: Payload, collection: 'faqs' | 'programme', id: number | string) =>
  JSON.parse(
    JSON.stringify(await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 }), (key, value: unknown) =>
      key === 'updatedAt' || key === '_status' ? undefined : value,
    ),
  ) as Record<string, unknown>

/** The same, without one language's values (a localized value is `{ fr, en, … }`). */
const without = (doc: unknown, code: string): unknown =>
  JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === code ? undefined : value)))

describeOnDatabase('translation export, import and dashboard', () => {
  let payload: Payload
  let api: ApiClient
  let german: User
  let spanish: User

  beforeAll(async () => {
    payload = await testPayload()
    api = await apiClient()
    german = await createUser(payload, 'translator', ['de'])
    spanish = await createUser(payload, 'translator', ['es'])
  })

  const createChapter = () => payload.create({ collection: 'programme', data: publishedChapterData() })

  it('exports a language’s missing texts, and importing their translations saves drafts in that language only', async () => {
    const chapter = await createChapter()
    const file = await exportTranslations(payload, { language: 'de', collection: 'programme', document: String(chapter.id) })
    expect(file.units.map((unit) => unit.path)).toEqual([
      'title',
      'summary',
      'intro',
      `sections.${chapter.sections[0]!.id}.title`,
      `sections.${chapter.sections[0]!.id}.measures.${chapter.sections[0]!.measures[0]!.id}.title`,
      `sections.${chapter.sections[0]!.id}.measures.${chapter.sections[0]!.measures[0]!.id}.text`,
    ])
    const before = await stored(payload, 'programme', chapter.id)
    const translations: Record<string, string> = {
      'Vivre mieux': 'Besser leben',
      'Un résumé.': 'Eine Zusammenfassung.',
      'Une introduction en français.': 'Eine Einleitung auf Deutsch.',
      'Se loger': 'Wohnen',
      'Encadrer les loyers': 'Mieten begrenzen',
      'Les loyers seront encadrés.': 'Die Mieten werden begrenzt.',
    }
    // A translation tool works on the XLIFF: each segment's target is its translation.
    const xliff = writeTranslationFile(file, 'xliff').replace(
      /<source>([^<]*)<\/source>/g,
      (whole, text: string) => `${whole}<target>${translations[text] ?? text}</target>`,
    )
    const token = await signIn(api.request, german.email)
    const response = await api.request('POST', 'translations/import', {
      token,
      body: xliff,
      headers: { 'content-type': 'application/xliff+xml' },
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as ImportReport
    expect(report).toMatchObject({ language: 'de', stale: [], invalid: [], skipped: [] })
    expect(report.applied).toHaveLength(6)

    const after = await stored(payload, 'programme', chapter.id)
    // Every language but German is byte-identical; the published version is untouched.
    expect(without(after, 'de')).toEqual(without(before, 'de'))
    const german_ = await payload.findByID({ collection: 'programme', id: chapter.id, locale: 'de', fallbackLocale: false, draft: true })
    expect(german_.title).toBe('Besser leben')
    expect(german_.sections[0]?.measures[0]?.title).toBe('Mieten begrenzen')
    expect(JSON.stringify(german_.sections[0]?.measures[0]?.text)).toContain('Die Mieten werden begrenzt.')
    const live = await payload.findByID({ collection: 'programme', id: chapter.id, locale: 'de', fallbackLocale: false, draft: false })
    expect(live.title ?? null).toBeNull()
    const status = await payload.find({
      collection: 'translation-status',
      where: { document: { equals: String(chapter.id) }, collection: { equals: 'programme' }, locale: { equals: 'de' } },
    })
    expect(status.docs[0]).toMatchObject({ status: 'upToDate', upToDate: 6 })
  })

  it('exporting then importing with targets equal to sources leaves every document as it was', async () => {
    const chapter = await createChapter()
    const before = await stored(payload, 'programme', chapter.id)
    const file = await exportTranslations(payload, { language: 'de', collection: 'programme', document: String(chapter.id) })
    for (const format of ['xliff', 'json'] as const) {
      const copied = writeTranslationFile({ ...file, units: file.units.map((unit) => ({ ...unit, target: unit.source })) }, format)
      const { file: read, problems } = readTranslationFile(copied)
      const report = await importTranslations(payload, german, read, problems)
      expect(report.applied).toEqual([])
      expect(report.skipped.map((outcome) => outcome.reason)).toEqual(file.units.map(() => 'sameAsSource'))
    }
    expect(await stored(payload, 'programme', chapter.id)).toEqual(before)
  })

  it('reports a unit whose French changed since the export as stale and does not apply it', async () => {
    const chapter = await createChapter()
    const file = await exportTranslations(payload, { language: 'de', collection: 'programme', document: String(chapter.id) })
    await payload.update({ collection: 'programme', id: chapter.id, locale: 'fr', draft: true, data: { title: 'Vivre bien mieux' } })
    const before = await stored(payload, 'programme', chapter.id)
    const units = file.units.filter((unit) => unit.path === 'title' || unit.path === 'summary')
    const report = await importTranslations(payload, german, {
      ...file,
      units: units.map((unit) => ({ ...unit, target: unit.path === 'title' ? 'Besser leben' : 'Eine Zusammenfassung.' })),
    })
    expect(report.stale).toEqual([expect.objectContaining({ path: 'title', reason: 'sourceChanged' })])
    expect(report.applied).toEqual([expect.objectContaining({ path: 'summary' })])
    const after = await stored(payload, 'programme', chapter.id)
    expect((after.title as Record<string, unknown>).de ?? null).toBeNull()
    expect(without(after, 'de')).toEqual(without(before, 'de'))
  })

  it('refuses a malformed file whole, and a language that is not the translator’s, writing nothing', async () => {
    const chapter = await createChapter()
    const before = await stored(payload, 'programme', chapter.id)
    const token = await signIn(api.request, german.email)
    const malformed = await api.request('POST', 'translations/import', {
      token,
      body: '<xliff version="2.0"><file>',
      headers: { 'content-type': 'application/xliff+xml' },
    })
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('notXml')

    const file = await exportTranslations(payload, { language: 'es', collection: 'programme', document: String(chapter.id) })
    const spanishFile = writeTranslationFile(
      {
        ...file,
        units: file.units.map((unit) => ({ ...unit, target: typeof unit.source === 'string' ? `${unit.source} (es)` : unit.source })),
      },
      'json',
    )
    const report = (await (
      await api.request('POST', 'translations/import', { token, body: spanishFile, headers: { 'content-type': 'application/json' } })
    ).json()) as ImportReport
    expect(report.applied).toEqual([])
    expect(new Set(report.invalid.map((outcome) => outcome.reason))).toEqual(new Set(['notYours']))
    expect(await stored(payload, 'programme', chapter.id)).toEqual(before)
    // The Spanish translator may: the same file is theirs.
    const spanishToken = await signIn(api.request, spanish.email)
    const theirs = (await (
      await api.request('POST', 'translations/import', {
        token: spanishToken,
        body: spanishFile,
        headers: { 'content-type': 'application/json' },
      })
    ).json()) as ImportReport
    expect(theirs.applied.length).toBeGreaterThan(0)
  })

  it('exports as a download in either format, only in the translator’s languages', async () => {
    const chapter = await createChapter()
    const token = await signIn(api.request, german.email)
    const xliff = await api.request('GET', `translations/export?lang=de&collection=programme&document=${chapter.id}&format=xliff`, {
      token,
    })
    expect(xliff.status).toBe(200)
    expect(xliff.headers.get('content-disposition')).toContain(`traductions-de-programme-${chapter.id}.xlf`)
    expect(await xliff.text()).toContain('urn:oasis:names:tc:xliff:document:2.0')
    const json = await api.request('GET', `translations/export?lang=de&collection=programme&document=${chapter.id}&format=json`, { token })
    expect(readTranslationFile(await json.text()).file.units).toHaveLength(6)
    expect((await api.request('GET', 'translations/export?lang=es&collection=programme', { token })).status).toBe(403)
    expect((await api.request('GET', 'translations/export?lang=fr', { token })).status).toBe(400)
    expect((await api.request('GET', 'translations/export?lang=de')).status).toBe(401)
  })

  it('counts each language’s documents on the dashboard and filters a list to those to translate', async () => {
    const chapter = await createChapter()
    const dashboard = await translationsDashboard(payload, german)
    expect(dashboard.map((language) => language.code)).toEqual(['de'])
    const programme = dashboard[0]!.collections[0]!
    expect(programme.collection).toBe('programme')
    expect(programme.missing).toBeGreaterThanOrEqual(1)
    expect(programme.total).toBe(programme.missing + programme.outdated + programme.upToDate)
    expect(dashboard[0]!.interfaceStrings.total).toBeGreaterThan(100)
    expect(dashboard[0]!.subtitles.withoutTrack).toBeLessThanOrEqual(dashboard[0]!.subtitles.videos)

    const filter = toTranslateFilter('programme')
    const where = await filter({
      req: { payload, user: german, query: { translateInto: 'de' } } as never,
      limit: 10,
      page: 1,
      sort: 'number',
    })
    const { docs } = await payload.find({ collection: 'programme', where: where!, pagination: false, depth: 0, draft: true })
    expect(docs.map((doc) => doc.id)).toContain(chapter.id)
    // A language not the translator's is not a filter for them.
    expect(
      await filter({ req: { payload, user: german, query: { translateInto: 'es' } } as never, limit: 10, page: 1, sort: 'number' }),
    ).toBeNull()
  })
})
