/**
 * Threat: an editor's plain save (neither a draft nor a publication) takes a document offline
 * with French nobody published (issue 14, items 1 and 6, found by an attacker review: after a
 * French draft, `PATCH /api/trainings/5?locale=en {"summary":"…"}` wrote the latest version, the
 * draft's French title with it, into the live document, marked a draft: the public got a 404).
 * On drafted collections a person's update is a draft, a publication or, by an editor or an
 * admin, an explicit unpublish (`_status: 'draft'`); a plain save is refused with our message,
 * through every API, and nothing is written. The system's own saves (no user) go through.
 */
import { formatNames, type Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User } from '../../../cms/payload-types'
import { apiClient, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createUser, trainingData } from '../fixtures'

type Role = 'editor' | 'admin' | 'translator'
type Api = 'Local API' | 'REST' | 'admin form' | 'GraphQL'
const roles: Role[] = ['editor', 'admin', 'translator']
const apis: Api[] = ['Local API', 'REST', 'admin form', 'GraphQL']
const draftOrPublish = 'Enregistrez un brouillon ou publiez'

describeOnDatabase('a plain save never takes a document offline nor puts a draft online', () => {
  let payload: Payload
  let client: Awaited<ReturnType<typeof apiClient>>
  const users = {} as Record<Role, User>
  const tokens = {} as Record<Role, string>

  beforeAll(async () => {
    payload = await testPayload()
    client = await apiClient()
    users.editor = await createUser(payload, 'editor')
    users.admin = await createUser(payload, 'admin')
    users.translator = await createUser(payload, 'translator', ['en'])
    for (const role of roles) tokens[role] = await signIn(client.request, users[role].email)
  })

  /** A training published in French and English, with an unpublished French draft. */
  const trainingWithFrenchDraft = async () => {
    const { id } = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await payload.update({ collection: 'trainings', id, locale: 'en', data: { title: 'Public speaking', _status: 'published' } })
    await payload.update({ collection: 'trainings', id, locale: 'fr', draft: true, data: { title: 'BROUILLON FR NON PUBLIÉ' } })
    return id
  }

  const readAll = async (id: number | string, draft: boolean) =>
    JSON.stringify(await payload.findByID({ collection: 'trainings', id, locale: 'all', depth: 0, draft }))
  const snapshot = async (id: number | string) => ({ published: await readAll(id, false), latest: await readAll(id, true) })
  const publicTitle = async (id: number | string) => {
    const response = await client.request('GET', `trainings/${id}?locale=fr&depth=0`)
    return response.status === 200 ? ((await response.json()) as { title: string }).title : response.status
  }

  /** An update in English without `draft`; resolves to the refusal's message, or null when it was saved. */
  const update = async (role: Role, api: Api, id: number | string, data: Record<string, unknown>): Promise<string | null> => {
    if (api === 'Local API') {
      return payload.update({ collection: 'trainings', id, locale: 'en', data, overrideAccess: false, user: users[role] }).then(
        () => null,
        (error: Error) => error.message,
      )
    }
    if (api === 'GraphQL') {
      const { singular } = formatNames('trainings')
      const mutation = `mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${JSON.stringify(id)}, data: $data, locale: en) { id } }`
      const { errors } = (await (await client.graphql(mutation, { data }, { token: tokens[role] })).json()) as {
        errors?: { message: string }[]
      }
      return errors?.[0]?.message ?? null
    }
    const form = new FormData()
    form.append('_payload', JSON.stringify(data))
    const body = api === 'admin form' ? form : data
    const response = await client.request('PATCH', `trainings/${id}?locale=en&depth=0`, { body, token: tokens[role] })
    if (response.status === 200) return null
    expect(response.status).toBe(400)
    return ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
  }

  it.each(roles.flatMap((role) => apis.map((api) => ({ role, api }))))(
    '$role · $api: a plain save is refused, nothing written, the public keeps the published text',
    async ({ role, api }) => {
      const id = await trainingWithFrenchDraft()
      const before = await snapshot(id)
      expect(await update(role, api, id, { summary: 'A plain save in English.' })).toContain(draftOrPublish)
      expect(await snapshot(id)).toEqual(before)
      expect(await publicTitle(id)).toBe('Prendre la parole en public')
    },
  )

  it('lets an editor or an admin take a document offline, never a translator', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const id = await trainingWithFrenchDraft()
      expect(await update(role, 'REST', id, { _status: 'draft' })).toBeNull()
      expect(await publicTitle(id)).toBe(404)
    }
    const id = await trainingWithFrenchDraft()
    const before = await snapshot(id)
    expect(await update('translator', 'REST', id, { _status: 'draft' })).toContain(draftOrPublish)
    expect(await snapshot(id)).toEqual(before)
    expect(await publicTitle(id)).toBe('Prendre la parole en public')
  })

  it('still takes drafts and publications, and the system’s own plain saves', async () => {
    const id = await trainingWithFrenchDraft()
    expect(await update('editor', 'REST', id, { summary: 'Published in English.', _status: 'published' })).toBeNull()
    expect(await publicTitle(id)).toBe('Prendre la parole en public')
    const draft = await client.request('PATCH', `trainings/${id}?locale=en&draft=true&depth=0`, {
      body: { summary: 'An English draft.' },
      token: tokens.translator,
    })
    expect(draft.status).toBe(200)
    // The seed and jobs save without a user.
    await payload.update({ collection: 'trainings', id, locale: 'fr', data: { summary: 'Enregistré par le système.' } })
    expect((await payload.findByID({ collection: 'trainings', id, locale: 'fr', depth: 0 })).summary).toBe('Enregistré par le système.')
  })
})
