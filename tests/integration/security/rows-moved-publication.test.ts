import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { createUser, trainingData } from '../fixtures'

/**
 * Threat: publishing French alone moves another language's published text onto the wrong row.
 * Payload publishes one language by matching rows by position: once French removed or moved a row
 * while English had a draft, English's published objectives slid onto the neighbouring row.
 */
describeOnDatabase('a publication after rows were removed or moved', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  /** A published training with two objectives in French and English, then an English draft. */
  const setUp = async () => {
    const editor = await createUser(payload, 'editor')
    const asEditor = { overrideAccess: false as const, user: editor }
    const doc = await payload.create({
      collection: 'trainings',
      data: { ...trainingData(), objectives: [{ text: 'FR A' }, { text: 'FR B' }], _status: 'published' },
    })
    const [a, b] = doc.objectives ?? []
    await payload.update({
      collection: 'trainings',
      id: doc.id,
      locale: 'en',
      data: {
        objectives: [
          { id: a?.id, text: 'EN A' },
          { id: b?.id, text: 'EN B' },
        ],
        _status: 'published',
      },
      ...asEditor,
    })
    await payload.update({ collection: 'trainings', id: doc.id, locale: 'en', draft: true, data: { title: 'English draft' }, ...asEditor })
    return { id: doc.id, a: a?.id, b: b?.id, asEditor }
  }
  const publishedObjectives = async (id: number | string, locale: 'fr' | 'en') =>
    (await payload.findByID({ collection: 'trainings', id, locale, overrideAccess: false })).objectives?.map((row) => row.text)

  it('refuses to publish French alone once it removed a row, and changes nothing published', async () => {
    const { id, b, asEditor } = await setUp()
    await payload.update({
      collection: 'trainings',
      id,
      locale: 'fr',
      draft: true,
      data: { objectives: [{ id: b, text: 'FR B' }] },
      ...asEditor,
    })
    await expect(
      payload.update({ collection: 'trainings', id, locale: 'fr', data: { _status: 'published' }, ...asEditor }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'objectives', message: expect.stringContaining('« objectives »') }] } })
    expect(await publishedObjectives(id, 'fr')).toEqual(['FR A', 'FR B'])
    expect(await publishedObjectives(id, 'en')).toEqual(['EN A', 'EN B'])
  })

  it('refuses once French moved the rows', async () => {
    const { id, a, b, asEditor } = await setUp()
    await payload.update({
      collection: 'trainings',
      id,
      locale: 'fr',
      draft: true,
      data: {
        objectives: [
          { id: b, text: 'FR B' },
          { id: a, text: 'FR A' },
        ],
      },
      ...asEditor,
    })
    await expect(
      payload.update({ collection: 'trainings', id, locale: 'fr', data: { _status: 'published' }, ...asEditor }),
    ).rejects.toThrow()
    expect(await publishedObjectives(id, 'en')).toEqual(['EN A', 'EN B'])
  })

  it('publishes French alone when it only added a row at the end: English keeps its text on its rows', async () => {
    const { id, a, b, asEditor } = await setUp()
    await payload.update({
      collection: 'trainings',
      id,
      locale: 'fr',
      draft: true,
      data: {
        objectives: [{ id: a, text: 'FR A' }, { id: b, text: 'FR B' }, { text: 'FR C' }],
      },
      ...asEditor,
    })
    await payload.update({ collection: 'trainings', id, locale: 'fr', data: { _status: 'published' }, ...asEditor })
    expect(await publishedObjectives(id, 'fr')).toEqual(['FR A', 'FR B', 'FR C'])
    expect((await publishedObjectives(id, 'en'))?.slice(0, 2)).toEqual(['EN A', 'EN B'])
    // The English draft stays a draft.
    expect((await payload.findByID({ collection: 'trainings', id, locale: 'en', overrideAccess: false })).title).not.toBe('English draft')
  })
})
