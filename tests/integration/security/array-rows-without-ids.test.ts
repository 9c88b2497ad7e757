/**
 * Threat: a save that sends a shared array's rows without their ids erases every other
 * language's text in them (issue 14, items 1 and 6, found by an attacker review:
 * `PATCH /api/trainings/2?locale=en&draft=true {"objectives":[{"text":"EN only A"}, …]}` left
 * the objectives in English alone; a publication did the same to the published French). Payload
 * finds a row's other languages by its id: a row without one is a new row. For every role,
 * API and kind of save, such a save is refused with our message naming the field, and every
 * language of the document, published and latest draft, reads byte-identical afterwards. Saves
 * that send the ids, add rows after the stored ones, or leave rows out (an editor's deletion)
 * still work, and change the save's language alone.
 */
import { type FlattenedField, formatNames, type Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { keepRowTranslations } from '../../../cms/hooks/keepRowTranslations'
import type { Training, User } from '../../../cms/payload-types'
import { apiClient, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createUser, richText, trainingData } from '../fixtures'

type Actor = 'editor' | 'admin' | 'translator' | 'system'
type Api = 'Local API' | 'REST' | 'GraphQL'
type Kind = 'draft' | 'publish' | 'save'
type Data = Record<string, unknown>

const translations = ['en', 'de', 'es'] as const
const rowsMessage = 'sont envoyées sans leur identifiant'
const draftOrPublishMessage = 'Enregistrez un brouillon ou publiez'

/** Is a localized field anywhere among these (rows, groups, blocks)? */
const holdsLocalized = (fields: FlattenedField[]): boolean =>
  fields.some(
    (field) =>
      Boolean(field.localized) ||
      ('flattenedFields' in field && holdsLocalized(field.flattenedFields)) ||
      (field.type === 'blocks' && field.blocks.some((block) => holdsLocalized(block.flattenedFields))),
  )

/** Does a non-localized array or blocks field among these (or in their groups) hold localized fields? */
const hasSharedRowsWithTranslations = (fields: FlattenedField[]): boolean =>
  fields.some((field) => {
    if (field.localized) return false
    if (field.type === 'array') return holdsLocalized(field.flattenedFields)
    if (field.type === 'blocks') return field.blocks.some((block) => holdsLocalized(block.flattenedFields))
    return (field.type === 'group' || field.type === 'tab') && hasSharedRowsWithTranslations(field.flattenedFields)
  })

describeOnDatabase('rows sent without their ids never erase another language', () => {
  let payload: Payload
  let client: Awaited<ReturnType<typeof apiClient>>
  const users = {} as Record<Exclude<Actor, 'system'>, User>
  const tokens = {} as Record<Exclude<Actor, 'system'>, string>

  beforeAll(async () => {
    payload = await testPayload()
    client = await apiClient()
    users.editor = await createUser(payload, 'editor')
    users.admin = await createUser(payload, 'admin')
    users.translator = await createUser(payload, 'translator', ['en', 'es'])
    for (const role of ['editor', 'admin', 'translator'] as const) tokens[role] = await signIn(client.request, users[role].email)
  })

  /** A training published in four languages (two objectives, a module of two lessons), with an unpublished French draft. */
  const translatedTraining = async (): Promise<Training> => {
    const training = await payload.create({
      collection: 'trainings',
      data: { ...trainingData(), objectives: [{ text: 'Objectif 1' }, { text: 'Objectif 2' }], _status: 'published' },
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'trainings',
        id: training.id,
        locale,
        data: {
          title: `Title ${locale}`,
          objectives: training.objectives!.map(({ id }, index) => ({ id, text: `Objective ${index + 1} ${locale}` })),
          modules: training.modules.map(({ id, lessons }) => ({
            id,
            title: `Module ${locale}`,
            lessons: lessons.map((lesson, index) => ({ id: lesson.id, title: `Lesson ${index + 1} ${locale}`, body: richText(locale) })),
          })),
          _status: 'published',
        },
      })
    }
    await payload.update({ collection: 'trainings', id: training.id, locale: 'fr', draft: true, data: { title: 'Brouillon fr' } })
    return training
  }

  const readAll = async (id: number | string, draft: boolean) =>
    JSON.stringify(await payload.findByID({ collection: 'trainings', id, locale: 'all', depth: 0, draft }))
  const snapshot = async (id: number | string) => ({ published: await readAll(id, false), latest: await readAll(id, true) })

  /** A save in English by an actor through an API; resolves to the refusal's message, or null when it was saved. */
  const save = async (actor: Actor, api: Api, kind: Kind, id: number | string, data: Data): Promise<string | null> => {
    const body = { ...data, ...(kind === 'publish' ? { _status: 'published' } : {}) }
    const draft = kind === 'draft'
    if (api === 'Local API') {
      const user = actor === 'system' ? {} : { overrideAccess: false, user: users[actor] }
      return payload.update({ collection: 'trainings', id, locale: 'en', draft, data: body as never, ...user }).then(
        () => null,
        (error: Error) => error.message,
      )
    }
    if (actor === 'system') throw new Error('the system saves through the Local API only')
    if (api === 'GraphQL') {
      const { singular } = formatNames('trainings')
      const mutation = `mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${JSON.stringify(id)}, data: $data, locale: en, draft: ${draft}) { id } }`
      const response = await client.graphql(mutation, { data: body }, { token: tokens[actor] })
      const { errors } = (await response.json()) as { errors?: { message: string }[] }
      return errors?.[0]?.message ?? null
    }
    const response = await client.request('PATCH', `trainings/${id}?locale=en&depth=0${draft ? '&draft=true' : ''}`, {
      body,
      token: tokens[actor],
    })
    if (response.status === 200) return null
    expect(response.status).toBe(400)
    return ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
  }

  /** Saves that would replace stored rows with rows holding English alone, and the field each one names. */
  const attacks = (training: Training): { label: string; field: string; data: Data }[] => {
    const [module] = training.modules
    const lessonsWithoutIds = [{ title: 'EN lesson', slug: 'en-lesson', body: richText('EN') }]
    return [
      { label: 'objectives without ids', field: 'objectives', data: { objectives: [{ text: 'EN only A' }, { text: 'EN only B' }] } },
      {
        label: 'one objective with its id, one without',
        field: 'objectives',
        data: { objectives: [{ id: training.objectives![0]!.id, text: 'EN A' }, { text: 'EN B' }] },
      },
      { label: 'modules without ids', field: 'modules', data: { modules: [{ title: 'EN module', lessons: lessonsWithoutIds }] } },
      {
        label: 'a module with its id, its lessons without',
        field: 'modules.0.lessons',
        data: { modules: [{ id: module!.id, title: 'EN module', lessons: lessonsWithoutIds }] },
      },
    ]
  }

  const actorsAndApis: { actor: Actor; api: Api }[] = [
    ...(['editor', 'admin', 'translator'] as const).flatMap((actor) =>
      (['Local API', 'REST', 'GraphQL'] as const).map((api) => ({ actor, api })),
    ),
    { actor: 'system', api: 'Local API' },
  ]

  it.each(actorsAndApis)('$actor · $api: refused with our message, every language unchanged', async ({ actor, api }) => {
    const training = await translatedTraining()
    for (const kind of ['draft', 'publish', 'save'] as const) {
      for (const { label, field, data } of attacks(training)) {
        const before = await snapshot(training.id)
        const message = await save(actor, api, kind, training.id, data)
        const context = `${actor} · ${api} · ${kind} · ${label}`
        // A person's plain save is refused first as neither a draft nor a publication (plain-save-offline.test.ts).
        if (kind === 'save' && actor !== 'system') expect(message, context).toContain(draftOrPublishMessage)
        else expect(message, context).toContain(`« ${field} » ${rowsMessage}`)
        expect(await snapshot(training.id), context).toEqual(before)
      }
    }
  })

  it('refuses it in a bulk update too, where rows from another document are new rows', async () => {
    const training = await translatedTraining()
    const other = await translatedTraining()
    const token = tokens.editor
    const where = `where[id][equals]=${training.id}`
    for (const objectives of [[{ text: 'EN only' }], other.objectives!.map(({ id }) => ({ id, text: 'EN' }))]) {
      const before = await snapshot(training.id)
      const response = await client.request('PATCH', `trainings?${where}&locale=en&draft=true&depth=0`, { token, body: { objectives } })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain(rowsMessage)
      expect(await snapshot(training.id)).toEqual(before)
    }
  })

  it('keeps what the admin does: English edited with the ids, a row added after the stored ones, a row removed', async () => {
    const training = await translatedTraining()
    type Row = { id: string; text: Record<string, string | undefined> }
    const storedObjectives = async () =>
      (await payload.findByID({ collection: 'trainings', id: training.id, locale: 'all', depth: 0, draft: true }))
        .objectives as unknown as Row[]
    const otherLanguages = (rows: Row[]) =>
      rows.map(({ id, text }) => ({ id, text: Object.fromEntries(Object.entries(text).filter(([locale]) => locale !== 'en')) }))
    const publishedBefore = await readAll(training.id, false)
    const stored = await storedObjectives()
    const ids = stored.map(({ id }) => id)

    // The admin's save: every row with its id, English changed.
    expect(await save('editor', 'REST', 'draft', training.id, { objectives: ids.map((id) => ({ id, text: `EN ${id}` })) })).toBeNull()
    let rows = await storedObjectives()
    expect(otherLanguages(rows)).toEqual(otherLanguages(stored))
    expect(rows.map(({ text }) => text.en)).toEqual(ids.map((id) => `EN ${id}`))

    // A translator does the same in Spanish.
    await payload.update({
      collection: 'trainings',
      id: training.id,
      locale: 'es',
      draft: true,
      data: { objectives: ids.map((id) => ({ id, text: `ES ${id}` })) },
      overrideAccess: false,
      user: users.translator,
    })
    const spanish = await storedObjectives()
    expect(spanish.map(({ text }) => text.es)).toEqual(ids.map((id) => `ES ${id}`))
    expect(spanish.map(({ text }) => text.fr)).toEqual(rows.map(({ text }) => text.fr))

    // A new row after the stored ones.
    expect(
      await save('editor', 'REST', 'draft', training.id, { objectives: [...ids.map((id) => ({ id })), { text: 'EN new' }] }),
    ).toBeNull()
    rows = await storedObjectives()
    expect(otherLanguages(rows.slice(0, 2))).toEqual(otherLanguages(spanish))
    expect(rows[2]!.text).toEqual({ en: 'EN new' })

    // An editor removes the first row by sending the others with their ids.
    expect(await save('editor', 'REST', 'draft', training.id, { objectives: rows.slice(1).map(({ id }) => ({ id })) })).toBeNull()
    expect(otherLanguages(await storedObjectives())).toEqual(otherLanguages(rows.slice(1)))
    expect(await readAll(training.id, false)).toBe(publishedBefore)
  })

  it('guards every collection whose shared rows hold translated fields', () => {
    const guarded = payload.config.collections.filter((collection) => hasSharedRowsWithTranslations(collection.flattenedFields))
    expect(guarded.map(({ slug }) => slug)).toEqual(
      expect.arrayContaining(['trainings', 'programme', 'sheets', 'bibliographies', 'tract-templates']),
    )
    for (const collection of guarded) expect(collection.hooks.beforeOperation, collection.slug).toContain(keepRowTranslations)
  })
})
