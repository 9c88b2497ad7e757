/**
 * The admin in good French and in every admin language (issue 18): Payload's wording as corrected
 * in cms/i18n/payloadWording.ts, the SEO plugin's fields named in each language, an untitled draft
 * refused with the title's path (so the admin marks the field) while a translator's draft may leave
 * its language's title empty, and a save that never changes another language.
 */
import { type AcceptedLanguages, initI18n } from '@payloadcms/translations'
import type { Field, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { slugify } from '../../cms/utilities/slugify'
import { localeCodes } from '../../publication/locales'
import type { User } from '../../cms/payload-types'
import { type ApiClient, apiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, rejection, richText, uniqueSlug } from './fixtures'

/** Payload's words for a locale that read as a place or as regional settings, in our seven languages. */
const placeWords = /locale|lieu|régionaux|Gebietsschema|Sprachvariante|località|localizzazion|localiza|locais|localidade|الموقع|المواقع/i

describeOnDatabase('the admin’s wording and its refusals', () => {
  let payload: Payload
  let client: ApiClient
  let editorToken: string
  let translator: User

  beforeAll(async () => {
    payload = await testPayload()
    client = await apiClient()
    editorToken = await signIn(client.request, (await createUser(payload, 'editor')).email)
    translator = await createUser(payload, 'translator', ['en', 'es'])
  })

  const adminT = async (language: AcceptedLanguages) => {
    const i18n = await initI18n({ config: payload.config.i18n, context: 'client', language })
    return i18n.t as (key: string, vars?: Record<string, unknown>) => string
  }

  it('speaks of content languages and drafts, never of places, in every admin language', async () => {
    for (const language of localeCodes) {
      const t = await adminT(language)
      const wording = [
        'general:locale',
        'general:locales',
        'general:allLocales',
        'localization:copyToLocale',
        'localization:cannotCopySameLocale',
      ]
        .concat(['localization:localeToPublish', 'localization:selectLocaleToCopy', 'version:publishAllLocales', 'version:showLocales'])
        .map((key) => t(key))
      expect(
        wording.filter((text) => placeWords.test(text)),
        language,
      ).toEqual([])
      // The hub's own messages are still there beside Payload's.
      expect(t('hub:slugInvalid'), language).not.toBe('hub:slugInvalid')
    }
    const fr = await adminT('fr')
    expect(fr('general:locale')).toBe('Langue du contenu')
    expect(fr('general:createNewLabel', { label: 'Thème' })).toBe('Créer : Thème')
    expect(fr('fields:addNewLabel', { label: 'Thème' })).toBe('Créer : Thème')
    expect(fr('version:currentDraft')).toBe('Brouillon actuel')
    expect(fr('localization:copyToLocale')).toBe('Copier vers une autre langue')
    expect(fr('plugin-seo:autoGenerate')).toBe('Générer automatiquement')
    // Keys left alone stay Payload's.
    expect(fr('version:saveDraft')).toBe('Enregistrer le brouillon')
    expect((await adminT('de'))('general:locale')).toBe('Inhaltssprache')
  })

  it('names the SEO plugin’s fields in every admin language', () => {
    const meta = payload.collections.faqs.config.fields.find((field) => 'name' in field && field.name === 'meta') as Field & {
      fields: Field[]
    }
    const labelOf = (name: string) => {
      const field = meta.fields.find((candidate) => 'name' in candidate && candidate.name === name)
      return field && 'label' in field ? (field.label as Record<string, string>) : undefined
    }
    for (const name of ['title', 'description', 'image', 'preview'])
      expect(Object.keys(labelOf(name) ?? {}).sort(), name).toEqual([...localeCodes].sort())
    expect(labelOf('title')?.fr).toBe('Titre pour les moteurs de recherche')
    expect(labelOf('image')?.fr).toBe('Image de partage')
  })

  const faqData = (question: string) => ({
    question,
    slug: uniqueSlug('faq'),
    answer: richText('Réponse'),
    category: 'act' as const,
    order: 1,
  })
  /** Every language's published and latest values, as stored. */
  const stored = async (id: number | string) =>
    JSON.stringify([
      await payload.findByID({ collection: 'faqs', id, locale: 'all', depth: 0, draft: false }),
      await payload.findByID({ collection: 'faqs', id, locale: 'all', depth: 0, draft: true }),
    ])

  it('refuses a draft without its title, on the title, in the editor’s language', async () => {
    const response = await client.request('POST', 'faqs?draft=true&locale=fr', {
      token: editorToken,
      body: { _status: 'draft' },
      adminLanguage: 'fr',
    })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { message: string; data: { errors: { path: string; message: string }[] } }[] }
    expect(errors[0]?.data.errors).toEqual([
      { path: 'question', message: expect.stringContaining('Un brouillon a besoin de son titre') as string },
    ])
    expect((await payload.count({ collection: 'faqs', where: { question: { exists: false } } })).totalDocs).toBe(0)

    const { id } = await payload.create({ collection: 'faqs', data: { ...faqData('Question fr'), _status: 'published' } })
    await payload.update({ collection: 'faqs', id, locale: 'en', data: { question: 'Question en', _status: 'published' } })
    const before = await stored(id)
    // Clearing the French title in a draft is refused, and changes nothing in any language.
    expect(await rejection(payload.update({ collection: 'faqs', id, locale: 'fr', draft: true, data: { question: '' } }))).toEqual([
      { path: 'question', message: expect.stringContaining('« Question »') as string },
    ])
    expect(await stored(id)).toBe(before)
  })

  it('saves a translator’s draft whose language leaves the title to the French, and no other language changes', async () => {
    const { id } = await payload.create({ collection: 'faqs', data: { ...faqData('Question fr'), _status: 'published' } })
    await payload.update({ collection: 'faqs', id, locale: 'es', data: { question: 'Pregunta', _status: 'published' } })
    const french = async (draft: boolean) =>
      (await payload.findByID({ collection: 'faqs', id, locale: 'fr', fallbackLocale: false, draft })).question
    const spanish = async (draft: boolean) =>
      (await payload.findByID({ collection: 'faqs', id, locale: 'es', fallbackLocale: false, draft })).question

    await payload.update({
      collection: 'faqs',
      id,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { question: '' },
    })
    expect([await french(false), await french(true), await spanish(false), await spanish(true)]).toEqual([
      'Question fr',
      'Question fr',
      'Pregunta',
      'Pregunta',
    ])
  })

  it('reports every empty required field of a refused publication on its own path, and fills an empty slug', async () => {
    const response = await client.request('POST', 'faqs?locale=fr', {
      token: editorToken,
      body: { question: 'Une question ?', order: 1, _status: 'published' },
    })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { data: { errors: { path: string }[] } }[] }
    expect(errors[0]?.data.errors.map(({ path }) => path).sort()).toEqual(['answer', 'category'])

    const question = `Où trouver les tracts ${uniqueSlug('n')} ?`
    const published = await client.request('POST', 'faqs?locale=fr', {
      token: editorToken,
      body: { question, answer: richText('Ici.'), category: 'tracts', order: 1, _status: 'published' },
    })
    expect(published.status).toBe(201)
    expect(((await published.json()) as { doc: { slug: string } }).doc.slug).toBe(slugify(question))
  })
})
