/**
 * Threat: publishing one language puts another language's unpublished draft online (issue 14,
 * item 6: an English translator published English and an editor's German draft went live).
 * For every role that may publish, every language it may publish and every other language
 * holding a draft: the draft stays a draft and the public keeps the published text.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User } from '../../../cms/payload-types'
import { apiClient, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createUser, richText, trainingData, uniqueSlug } from '../fixtures'

type Role = 'editor' | 'admin' | 'translator'
type Locale = 'fr' | 'en' | 'de' | 'es'
const draftLanguages: Locale[] = ['fr', 'en', 'de', 'es']
/** What each role may publish: translators their languages but French. */
const publishable: Record<Role, Locale[]> = { editor: ['fr', 'en'], admin: ['fr', 'es'], translator: ['en', 'es'] }

const cases = (Object.keys(publishable) as Role[]).flatMap((role) =>
  publishable[role].flatMap((published) =>
    draftLanguages.filter((draft) => draft !== published).map((draft) => ({ role, published, draft })),
  ),
)

describeOnDatabase('publishing one language never publishes another language’s draft', () => {
  let payload: Payload
  const users = {} as Record<Role, User>

  beforeAll(async () => {
    payload = await testPayload()
    users.editor = await createUser(payload, 'editor')
    users.admin = await createUser(payload, 'admin')
    users.translator = await createUser(payload, 'translator', ['en', 'es'])
  })

  /** A FAQ published in the four languages. */
  const publishedFaq = async () => {
    const doc = await payload.create({
      collection: 'faqs',
      data: {
        question: 'Question fr',
        slug: uniqueSlug('faq'),
        answer: richText('Réponse'),
        category: 'act',
        order: 1,
        _status: 'published',
      },
    })
    for (const locale of ['en', 'de', 'es'] as const) {
      await payload.update({
        collection: 'faqs',
        id: doc.id,
        locale,
        data: { question: `Question ${locale}`, answer: richText(`Answer ${locale}`), _status: 'published' },
      })
    }
    return doc.id
  }
  const publicQuestion = async (id: number | string, locale: Locale) =>
    (await payload.findByID({ collection: 'faqs', id, locale, fallbackLocale: false, overrideAccess: false })).question
  const latestQuestion = async (id: number | string, locale: Locale) =>
    (await payload.findByID({ collection: 'faqs', id, locale, fallbackLocale: false, draft: true })).question

  it.each(cases)('$role publishes $published while $draft has a draft', async ({ role, published, draft }) => {
    const id = await publishedFaq()
    // An editor's unfinished draft in the other language.
    await payload.update({ collection: 'faqs', id, locale: draft, draft: true, data: { question: `Brouillon ${draft}` } })
    const publish = payload.update({
      collection: 'faqs',
      id,
      locale: published,
      data: { question: `Publié ${published}`, _status: 'published' },
      overrideAccess: false,
      user: users[role],
    })
    if (role === 'translator' && draft === 'fr') {
      // Shared fields are published with every language: a translator waits for French to be published.
      await expect(publish).rejects.toMatchObject({
        data: { errors: [{ message: expect.stringContaining('modifications non publiées') }] },
      })
      expect(await publicQuestion(id, published)).toBe(`Question ${published}`)
    } else {
      await publish
      expect(await publicQuestion(id, published)).toBe(`Publié ${published}`)
    }
    expect(await publicQuestion(id, draft)).toBe(draft === 'fr' ? 'Question fr' : `Question ${draft}`)
    // The draft is kept, still waiting for its own publication.
    expect(await latestQuestion(id, draft)).toBe(`Brouillon ${draft}`)
  })

  it('publishes a partial translation on its own, French filling what it leaves out; French stays complete', async () => {
    const doc = await payload.create({
      collection: 'faqs',
      data: {
        question: 'Comment agir ?',
        slug: uniqueSlug('faq'),
        answer: richText('Rejoignez un groupe.'),
        category: 'act',
        order: 1,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'faqs',
      id: doc.id,
      locale: 'en',
      data: { question: 'How can I act?', _status: 'published' },
      overrideAccess: false,
      user: users.translator,
    })
    const english = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'en', overrideAccess: false })
    expect(english.question).toBe('How can I act?')
    expect(JSON.stringify(english.answer)).toContain('Rejoignez un groupe.')
    await expect(
      payload.update({ collection: 'faqs', id: doc.id, locale: 'fr', data: { question: '', _status: 'published' } }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'question' }] },
    })
    expect((await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'fr', overrideAccess: false })).question).toBe(
      'Comment agir ?',
    )
  })

  it('refuses another language while shared fields or rows have unpublished changes, for every role, until French is published', async () => {
    const training = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    // An editor's unfinished French: a shared number changed and a module added (its titles exist in French only).
    const modules = [
      ...training.modules.map(({ id }) => ({ id })),
      { title: 'Nouveau module', lessons: [{ title: 'Nouvelle leçon', body: richText('À venir.') }] },
    ]
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      draft: true,
      data: { durationMinutes: 999, modules } as never,
    })
    const publicTraining = async (locale: Locale) =>
      payload.findByID({ collection: 'trainings', id: training.id, locale, overrideAccess: false, depth: 0 })
    for (const role of ['editor', 'admin', 'translator'] as const) {
      const publishEnglish = payload.update({
        collection: 'trainings',
        id: training.id,
        locale: 'en',
        data: { title: `Public speaking (${role})`, _status: 'published' },
        overrideAccess: false,
        user: users[role],
      })
      await expect(publishEnglish).rejects.toMatchObject({
        data: { errors: [{ message: expect.stringContaining('champs communs à toutes les langues') }] },
      })
    }
    for (const locale of ['fr', 'en'] as const) {
      expect(await publicTraining(locale)).toMatchObject({
        durationMinutes: 45,
        title: 'Prendre la parole en public',
        modules: [expect.anything()],
      })
    }
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'fr',
      data: { _status: 'published' },
      overrideAccess: false,
      user: users.editor,
    })
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'en',
      data: { title: 'Public speaking', _status: 'published' },
      overrideAccess: false,
      user: users.translator,
    })
    expect(await publicTraining('en')).toMatchObject({
      durationMinutes: 999,
      title: 'Public speaking',
      modules: [expect.anything(), { title: 'Nouveau module' }],
    })
  })

  it('holds through REST, the admin’s publish button and GraphQL too', async () => {
    const client = await apiClient()
    const token = await signIn(client.request, users.editor.email)
    const id = await publishedFaq()
    await payload.update({ collection: 'faqs', id, locale: 'de', draft: true, data: { question: 'Brouillon de' } })

    const rest = await client.request('PATCH', `faqs/${id}?locale=en&depth=0`, {
      token,
      body: { question: 'REST en', _status: 'published' },
    })
    expect(rest.status).toBe(200)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ question: 'Admin es', _status: 'published' }))
    expect((await client.request('PATCH', `faqs/${id}?locale=es&depth=0`, { token, body: form })).status).toBe(200)
    const graphql = await client.graphql(
      `mutation { updateFaq(id: ${JSON.stringify(id)}, data: { question: "GraphQL fr", _status: published }, locale: fr) { id } }`,
      {},
      { token },
    )
    expect(((await graphql.json()) as { errors?: unknown }).errors).toBeUndefined()

    expect([await publicQuestion(id, 'en'), await publicQuestion(id, 'es'), await publicQuestion(id, 'fr')]).toEqual([
      'REST en',
      'Admin es',
      'GraphQL fr',
    ])
    expect(await publicQuestion(id, 'de')).toBe('Question de')
    expect(await latestQuestion(id, 'de')).toBe('Brouillon de')
  })
})
