/**
 * Threat: the translators' tools (issue 18) used as an attacker would: the endpoints
 * (`/api/translations/document|export|import`) by anonymous visitors, by staff who do not
 * translate and by a translator outside their languages; import files aimed at shared fields,
 * other documents, other collections, prototype keys, entity expansion, oversized bodies and
 * forged rich-text structure; a cross-site post riding the staff cookie; the status collections
 * through REST; the list filter; a translator's uploads and duplicates in Files.
 *
 * Every test asserts the safe behaviour; the three holes the review found (a forged rich-text
 * structure, a file duplicated by a translator, a document id a database chokes on) are fixed.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Faq, User } from '../../../cms/payload-types'
import { exportTranslations, type ImportReport } from '../../../cms/translations/exchange'
import { writeTranslationFile } from '../../../cms/translations/formats'
import { jsonFormat } from '../../../cms/translations/formats/json'
import type { LexicalState, TranslationUnit } from '../../../cms/translations/formats/units'
import { toTranslateFilter } from '../../../cms/translations/listFilter'
import { env } from '../../../env'
import { apiClient, type ApiClient, logIn, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, createUser, pngFile, publishedChapterData, publishedFaqData, textFile, uniqueSlug, vttText } from '../fixtures'
import { uploadForm } from './upload-http'

type Json = Record<string, unknown>
type Collection = 'faqs' | 'programme' | 'videos'

/** Every language's stored values, latest draft and published, without the save's time: what an attack must leave as it was. */
const snapshot = async (payload: Payload, collection: Collection, id: number | string) =>
  JSON.stringify(
    await Promise.all(
      [true, false].map((draft) => payload.findByID({ collection, id, locale: 'all', draft, depth: 0, overrideAccess: true })),
    ),
    (key, value: unknown) => (key === 'updatedAt' ? undefined : value),
  )

/** A JSON translation file as the format documents it, its units given raw (an attacker writes what they like). */
const jsonFile = (targetLanguage: string, units: Json[], extra: Json = {}) =>
  JSON.stringify({ format: jsonFormat, version: 1, sourceLanguage: 'fr', targetLanguage, units, ...extra })

/** Prototype keys at the file's root and in every unit, as raw JSON (an object literal's `__proto__` would set the prototype instead). */
const withPrototypeKeys = (file: string) =>
  file.replaceAll('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')

describeOnDatabase('the translators’ tools, attacked', () => {
  let payload: Payload
  let api: ApiClient
  let german: User
  let germanToken: string
  let tokens: Record<'organiser' | 'treasurer' | 'editor', string>
  let faq: Faq

  const importAs = async (token: string | undefined, body: string, headers: Record<string, string> = {}) =>
    api.request('POST', 'translations/import', { ...(token ? { token } : {}), body, headers })

  const reportOf = async (response: Response) => {
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as ImportReport
  }

  beforeAll(async () => {
    payload = await testPayload()
    api = await apiClient()
    german = await createUser(payload, 'translator', ['de'])
    germanToken = await signIn(api.request, german.email)
    const { group } = await createEventBasics(payload)
    const signedIn = async (role: 'organiser' | 'treasurer' | 'editor') =>
      signIn(api.request, (await createUser(payload, role, [], role === 'organiser' ? [group] : [])).email)
    tokens = { organiser: await signedIn('organiser'), treasurer: await signedIn('treasurer'), editor: await signedIn('editor') }
    faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
  })

  /** The German units of a document, as the export gives them. */
  const germanUnits = async (collection: Collection, id: number | string) =>
    (await exportTranslations(payload, { language: 'de', collection, document: String(id) })).units

  const unitAt = (units: TranslationUnit[], path: string) => {
    const unit = units.find((candidate) => candidate.path === path)
    if (!unit) throw new Error(`no unit at ${path}`)
    return unit
  }

  // -------------------------------------------------------------------------------------------
  // Who may call the endpoints

  it('refuses anonymous visitors, organisers and treasurers on every endpoint, and writes nothing', async () => {
    const before = await snapshot(payload, 'faqs', faq.id)
    const units = await germanUnits('faqs', faq.id)
    const file = jsonFile('de', [{ ...unitAt(units, 'question'), target: 'Wie trete ich bei?' }])
    for (const [who, token, status] of [
      ['anonymous', undefined, 401],
      ['organiser', tokens.organiser, 403],
      ['treasurer', tokens.treasurer, 403],
    ] as const) {
      const call = token ? { token } : {}
      expect((await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`, call)).status, who).toBe(status)
      expect((await api.request('GET', 'translations/export?lang=de&collection=faqs', call)).status, who).toBe(status)
      expect((await importAs(token, file)).status, who).toBe(status)
    }
    expect(await snapshot(payload, 'faqs', faq.id)).toBe(before)
  })

  it('refuses a translator’s export of a language not theirs, and applies nothing of an import in it', async () => {
    expect((await api.request('GET', 'translations/export?lang=es&collection=faqs', { token: germanToken })).status).toBe(403)
    // Region subtags and case are read as the language they name.
    const spanishUnits = (await exportTranslations(payload, { language: 'es', collection: 'faqs', document: String(faq.id) })).units
    const before = await snapshot(payload, 'faqs', faq.id)
    for (const language of ['es', 'ES', 'es-MX', 'fr']) {
      const response = await importAs(
        germanToken,
        jsonFile(language, [{ ...unitAt(spanishUnits, 'question'), target: '¿Cómo afiliarse?' }]),
      )
      if (language === 'fr') {
        expect(response.status).toBe(400)
        continue
      }
      const report = await reportOf(response)
      expect(report.applied, language).toEqual([])
      expect(report.invalid.map((outcome) => outcome.reason)).toEqual(['notYours'])
    }
    expect(await snapshot(payload, 'faqs', faq.id)).toBe(before)
  })

  it('the document endpoint shows a translator their languages alone', async () => {
    const response = await api.request('GET', `translations/document?collection=faqs&id=${faq.id}`, { token: germanToken })
    expect(response.status).toBe(200)
    const status = (await response.json()) as { locales: Json; fields: Json }
    expect(Object.keys(status.locales)).toEqual(['de'])
    expect(Object.keys(status.fields)).toEqual(['de'])
    // Not a translatable collection: refused before any read.
    for (const collection of ['users', 'registrations', 'donations', 'translation-status']) {
      expect((await api.request('GET', `translations/document?collection=${collection}&id=1`, { token: germanToken })).status).toBe(400)
    }
  })

  // -------------------------------------------------------------------------------------------
  // What an import may write

  it('refuses units aimed at shared fields, system fields, rows themselves and prototype keys', async () => {
    const chapter = await payload.create({ collection: 'programme', data: publishedChapterData() })
    const section = chapter.sections[0]!
    const vtt = await payload.create({
      collection: 'files',
      data: { title: 'Sous-titres' },
      file: textFile(`${uniqueSlug('st')}.vtt`, vttText, 'text/vtt'),
    })
    const video = await payload.create({
      collection: 'videos',
      data: {
        title: 'Décoder la dette',
        slug: uniqueSlug('video'),
        summary: 'La dette expliquée.',
        source: 'youtube',
        providerId: 'dQw4w9WgXcQ',
        durationSeconds: 300,
        subtitles: [{ language: 'fr', file: vtt.id }],
        _status: 'published',
      },
    })
    const track = video.subtitles![0]!
    const [faqBefore, chapterBefore, videoBefore] = await Promise.all([
      snapshot(payload, 'faqs', faq.id),
      snapshot(payload, 'programme', chapter.id),
      snapshot(payload, 'videos', video.id),
    ])
    const { sourceHash } = unitAt(await germanUnits('faqs', faq.id), 'question')
    const aimedAt = (collection: Collection, document: number | string, paths: string[]) =>
      paths.map((path) => ({ collection, document: String(document), path, kind: 'text', sourceHash, source: 'x', target: 'pwned' }))
    const file = withPrototypeKeys(
      jsonFile('de', [
        ...aimedAt('faqs', faq.id, [
          'slug',
          'category',
          'order',
          '_status',
          'publishedAt',
          'id',
          'createdAt',
          'answer.root',
          'question.length',
          '__proto__',
          '__proto__.polluted',
          'constructor.prototype.polluted',
        ]),
        ...aimedAt('programme', chapter.id, ['number', `sections.${section.id}`, `sections.${section.id}.id`, 'sections.0.title']),
        ...aimedAt('videos', video.id, ['subtitles', `subtitles.${track.id}.language`, `subtitles.${track.id}.file`, 'providerId']),
      ]),
    )
    const report = await reportOf(await importAs(germanToken, file))
    expect(report.applied).toEqual([])
    expect(({} as Json).polluted).toBeUndefined()
    expect(await snapshot(payload, 'faqs', faq.id)).toBe(faqBefore)
    expect(await snapshot(payload, 'programme', chapter.id)).toBe(chapterBefore)
    expect(await snapshot(payload, 'videos', video.id)).toBe(videoBefore)
  })

  it('refuses units naming a collection that is not translatable, or another collection’s document', async () => {
    const chapter = await payload.create({ collection: 'programme', data: publishedChapterData() })
    const chapterTitle = unitAt(await germanUnits('programme', chapter.id), 'title')
    const before = await Promise.all([snapshot(payload, 'faqs', faq.id), snapshot(payload, 'programme', chapter.id)])
    const elsewhere = [
      'users',
      'registrations',
      'donations',
      'monthly-donations',
      'translation-status',
      'french-sources',
      'payload-kv',
    ].map((collection) => ({ ...chapterTitle, collection, target: 'pwned' }))
    // The chapter's title unit (its hash, its path) claimed for the FAQ of the same id, and the FAQ's id claimed as a chapter.
    const crossed = [
      { ...chapterTitle, collection: 'faqs', target: 'pwned' },
      { ...unitAt(await germanUnits('faqs', faq.id), 'question'), collection: 'programme', target: 'pwned' },
    ]
    const report = await reportOf(await importAs(germanToken, jsonFile('de', [...elsewhere, ...crossed])))
    expect(report.applied).toEqual([])
    expect(report.invalid.filter((outcome) => outcome.reason === 'unknownCollection')).toHaveLength(elsewhere.length)
    expect(await Promise.all([snapshot(payload, 'faqs', faq.id), snapshot(payload, 'programme', chapter.id)])).toEqual(before)
  })

  it('a document id that is not a number is reported as unknown; the file’s other units are applied and reported', async () => {
    const fresh = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const question = unitAt(await germanUnits('faqs', fresh.id), 'question')
    const file = jsonFile('de', [
      { ...question, target: 'Wie trete ich bei?' },
      // Ids a database would choke on (SQLite: NaN; PostgreSQL: not an integer).
      { ...question, document: `${fresh.id} OR 1=1`, target: 'pwned' },
      { ...question, document: `${fresh.id}'--`, target: 'pwned' },
    ])
    const response = await importAs(germanToken, file)
    const german_ = await payload.findByID({ collection: 'faqs', id: fresh.id, locale: 'de', fallbackLocale: false, draft: true })
    // Once a 500, although the first document was already saved: the translator was told nothing of it.
    expect({ status: response.status, saved: german_.question }).toEqual({ status: 200, saved: 'Wie trete ich bei?' })
    const report = (await response.json()) as ImportReport
    expect(report.applied.map((outcome) => outcome.document)).toEqual([String(fresh.id)])
    expect(report.invalid.map((outcome) => outcome.reason)).toEqual(['unknownDocument', 'unknownDocument'])
  })

  it('saves an import as a draft: the published version stays as it was', async () => {
    const fresh = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const publishedBefore = JSON.stringify(await payload.findByID({ collection: 'faqs', id: fresh.id, locale: 'all', draft: false }))
    const question = unitAt(await germanUnits('faqs', fresh.id), 'question')
    const report = await reportOf(await importAs(germanToken, jsonFile('de', [{ ...question, target: 'Wie trete ich bei?' }])))
    expect(report.applied).toHaveLength(1)
    expect(JSON.stringify(await payload.findByID({ collection: 'faqs', id: fresh.id, locale: 'all', draft: false }))).toBe(publishedBefore)
  })

  it('a rich text’s structure and links come from the French as stored, not from the file’s `sourceState`', async () => {
    const fresh = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const answer = unitAt(await germanUnits('faqs', fresh.id), 'answer')
    // The stored French is one paragraph, "En ligne.", no link. The file claims the same hash
    // but a French state whose text is a link elsewhere: its "translation" keeps that link.
    const linked = (text: string): LexicalState => {
      const state = structuredClone(answer.source) as LexicalState
      const paragraph = state.root.children[0] as { children: unknown[] }
      paragraph.children = [
        {
          type: 'link',
          fields: { url: 'https://phishing.example/adherer', newTab: false, linkType: 'custom' },
          id: '65f0a1b2c3d4e5f6a7b8c9d0',
          version: 3,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ]
      return state
    }
    const forged = writeTranslationFile(
      { sourceLanguage: 'fr', targetLanguage: 'de', units: [{ ...answer, source: linked('En ligne.'), target: linked('Online.') }] },
      'json',
    )
    const report = await reportOf(await importAs(germanToken, forged))
    const german_ = await payload.findByID({ collection: 'faqs', id: fresh.id, locale: 'de', fallbackLocale: false, draft: true })
    // Safe: refused (the file's French is not the stored one), and no link reaches the German.
    expect(JSON.stringify(german_.answer ?? null)).not.toContain('phishing.example')
    expect(report.applied).toEqual([])
  })

  it('refuses a file with a DOCTYPE or entities (entity expansion, external entities), and writes nothing', async () => {
    const before = await snapshot(payload, 'faqs', faq.id)
    const xliff = writeTranslationFile(
      {
        sourceLanguage: 'fr',
        targetLanguage: 'de',
        units: [{ ...unitAt(await germanUnits('faqs', faq.id), 'question'), target: '&lol9;' }],
      },
      'xliff',
    ).replace('&amp;lol9;', '&lol9;')
    const laughs = [
      '<!DOCTYPE xliff [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index || ''};`.repeat(10)}">`),
      ']>',
    ].join('')
    const external = '<!doctype xliff [<!entity lol9 SYSTEM "file:///etc/passwd">]>'
    for (const prologue of [laughs, external]) {
      const response = await importAs(germanToken, xliff.replace('?>', `?>${prologue}`), { 'content-type': 'application/xliff+xml' })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('notXml')
    }
    expect(await snapshot(payload, 'faqs', faq.id)).toBe(before)
  })

  it('refuses a body over 20 MB, declared or not', async () => {
    const huge = jsonFile('de', [], { padding: 'x'.repeat(20 * 1024 * 1024) })
    expect((await importAs(germanToken, huge)).status).toBe(413)
    expect((await importAs(germanToken, 'x', { 'content-length': String(21 * 1024 * 1024) })).status).toBe(413)
  })

  it('refuses a cross-site post riding the staff cookie (Origin or Sec-Fetch-Site): Payload’s csrf list', async () => {
    const fresh = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const before = await snapshot(payload, 'faqs', fresh.id)
    const { cookie } = await logIn(api.request, german.email)
    const file = jsonFile('de', [{ ...unitAt(await germanUnits('faqs', fresh.id), 'question'), target: 'Wie trete ich bei?' }])
    const crossSite: Record<string, string>[] = [
      { origin: 'https://attacker.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      // A form posted as text/plain (no preflight) carries JSON all the same.
      { origin: 'https://attacker.example', 'content-type': 'text/plain' },
    ]
    for (const headers of crossSite) {
      expect((await importAs(undefined, file, { cookie, ...headers })).status, JSON.stringify(headers)).toBe(401)
    }
    expect(await snapshot(payload, 'faqs', fresh.id)).toBe(before)
    // The admin's own origin: accepted (the check is not refusing everything).
    expect((await importAs(undefined, file, { cookie, origin: env.serverUrl })).status).toBe(200)
  })

  // -------------------------------------------------------------------------------------------
  // The status collections through REST

  it('translation-status: a translator reads their languages’ rows alone; nobody writes; organisers and treasurers read nothing', async () => {
    const where = `where[collection][equals]=faqs&where[document][equals]=${faq.id}&limit=100&depth=0`
    const mine = await api.request('GET', `translation-status?${where}`, { token: germanToken })
    expect(mine.status).toBe(200)
    const rows = ((await mine.json()) as { docs: { id: number | string; locale: string }[] }).docs
    expect(rows.map((row) => row.locale)).toEqual(['de'])
    // Asking for Spanish outright, or for every row, changes nothing.
    const spanish = await api.request('GET', `translation-status?where[or][0][locale][equals]=es&${where}`, { token: germanToken })
    expect(((await spanish.json()) as { docs: { locale: string }[] }).docs.every((row) => row.locale === 'de')).toBe(true)
    const { docs: all } = await payload.find({
      collection: 'translation-status',
      where: { collection: { equals: 'faqs' }, document: { equals: String(faq.id) } },
      pagination: false,
    })
    const spanishRow = all.find((row) => row.locale === 'es')!
    expect((await api.request('GET', `translation-status/${spanishRow.id}`, { token: germanToken })).status).toBe(404)
    const ownRow = rows[0]!
    for (const token of [germanToken, tokens.editor]) {
      expect((await api.request('PATCH', `translation-status/${ownRow.id}`, { token, body: { status: 'upToDate' } })).status).toBe(403)
      expect((await api.request('DELETE', `translation-status/${ownRow.id}`, { token })).status).toBe(403)
      expect(
        (
          await api.request('POST', 'translation-status', {
            token,
            body: { collection: 'faqs', document: String(faq.id), locale: 'de', status: 'upToDate' },
          })
        ).status,
      ).toBe(403)
    }
    for (const token of [tokens.organiser, tokens.treasurer, undefined]) {
      const call = token ? { token } : {}
      expect((await api.request('GET', 'translation-status?limit=1', call)).status).toBe(403)
      expect((await api.request('GET', 'french-sources?limit=1', call)).status).toBe(403)
    }
    expect((await api.request('POST', 'french-sources', { token: germanToken, body: { hash: 'x', value: 'y' } })).status).toBe(403)
  })

  it('the list filter narrows alone: another’s language, a malformed value or a role that does not translate gives no filter', async () => {
    const filter = toTranslateFilter('faqs')
    const organiser = await createUser(payload, 'organiser', [], [(await createEventBasics(payload)).group])
    const run = (query: Json, user: User) => filter({ req: { query, user, payload } } as never)
    expect(await run({ translateInto: 'es' }, german)).toBeNull()
    expect(await run({ translateInto: ['de'] }, german)).toBeNull()
    expect(await run({ translateInto: { in: ['de'] } }, german)).toBeNull()
    expect(await run({ translateInto: 'de' }, organiser)).toBeNull()
    // Its own language: a list of ids, which the list view ANDs with the user's access.
    expect(await run({ translateInto: 'de' }, german)).toMatchObject({ id: expect.any(Object) })
  })

  // -------------------------------------------------------------------------------------------
  // Files: a translator's subtitles exception

  it('refuses a translator’s upload of anything but WebVTT, whatever its name or announced type', async () => {
    const countBefore = (await payload.count({ collection: 'files' })).totalDocs
    const png = await pngFile(undefined, 16, 16)
    const lies = [
      textFile(`${uniqueSlug('page')}.vtt`, '<!doctype html><script>alert(document.cookie)</script>', 'text/vtt'),
      textFile(`${uniqueSlug('page')}.html`, `${vttText}<script>alert(1)</script>`, 'text/vtt'),
      textFile(`${uniqueSlug('image')}.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'text/vtt'),
      textFile(`${uniqueSlug('script')}.js`, 'alert(1)', 'text/vtt'),
      { ...png, name: `${uniqueSlug('image')}.vtt`, mimetype: 'text/vtt' },
    ]
    for (const file of lies) {
      const response = await api.request('POST', 'files?locale=de', { body: uploadForm(file, { title: 'Untertitel' }), token: germanToken })
      expect(response.status, file.name).toBeGreaterThanOrEqual(400)
    }
    expect((await payload.count({ collection: 'files' })).totalDocs).toBe(countBefore)
  })

  it('a WebVTT file holding markup is served inert (its own type, no sniffing, a sandbox)', async () => {
    const upload = await api.request('POST', 'files?locale=de', {
      body: uploadForm(textFile(`${uniqueSlug('st')}.vtt`, `${vttText}\n00:00:04.000 --> 00:00:05.000\n<script>alert(1)</script>\n`), {
        title: 'Untertitel',
      }),
      token: germanToken,
    })
    expect(upload.status, await upload.clone().text()).toBe(201)
    const { doc } = (await upload.json()) as { doc: { filename: string; mimeType: string } }
    expect(doc.mimeType).toBe('text/vtt')
    const served = await api.request('GET', `files/file/${encodeURIComponent(doc.filename)}`, { token: germanToken })
    expect(served.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('a translator cannot duplicate a file that is not their subtitles (the duplicate has no file in hand)', async () => {
    const picture = await payload.create({ collection: 'files', data: { title: 'Affiche' }, file: await pngFile(undefined, 16, 16) })
    await payload.update({ collection: 'files', id: picture.id, locale: 'de', data: { title: 'Plakat' } })
    const countBefore = (await payload.count({ collection: 'files' })).totalDocs
    const response = await api.request('POST', `files/${picture.id}/duplicate?locale=de`, {
      token: germanToken,
      body: { title: 'Kopie' },
    })
    expect(response.status, await response.clone().text()).toBe(403)
    expect((await payload.count({ collection: 'files' })).totalDocs).toBe(countBefore)
  })
})
