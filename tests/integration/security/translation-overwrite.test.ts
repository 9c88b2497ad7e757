/**
 * Threat: a save in one language changes another language's values (issue 14, item 1: a
 * translator's publication in Spanish replaced the French question and stored no Spanish).
 * Every translatable collection is saved in Spanish by every role that may, through every
 * API (Local, REST, the admin's multipart form, GraphQL), as a draft and as a publication;
 * after each save, every other language reads byte-identical, published and latest draft.
 */
import { type CollectionSlug, formatNames, type Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { locales } from '../../../publication/locales'
import type { User } from '../../../cms/payload-types'
import { apiClient, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createTheme, createUser, minimalDocuments, pngFile, textFile, tractTemplateData, uniqueSlug, vttText } from '../fixtures'

/** The language every save of this file is made in. */
const target = 'es'
const localeCodes = new Set<string>(locales.map(({ code }) => code))

type Role = 'editor' | 'admin' | 'translator'
type Api = 'Local API' | 'REST' | 'admin form' | 'GraphQL'
type Kind = 'draft' | 'publish' | 'save'
const roles: Role[] = ['editor', 'admin', 'translator']
const apis: Api[] = ['Local API', 'REST', 'admin form', 'GraphQL']

/** Each translatable collection, one localized text field the saves change, and whether it has drafts. */
const translatable: { slug: CollectionSlug; field: string; drafts: boolean }[] = [
  { slug: 'trainings', field: 'title', drafts: true },
  { slug: 'videos', field: 'title', drafts: true },
  { slug: 'infographics', field: 'title', drafts: true },
  { slug: 'bibliographies', field: 'title', drafts: true },
  { slug: 'sheets', field: 'title', drafts: true },
  { slug: 'faqs', field: 'question', drafts: true },
  { slug: 'programme', field: 'title', drafts: true },
  { slug: 'tract-templates', field: 'name', drafts: true },
  { slug: 'themes', field: 'name', drafts: false },
  { slug: 'visuals', field: 'title', drafts: false },
  { slug: 'files', field: 'title', drafts: false },
  { slug: 'tract-artwork', field: 'alt', drafts: false },
]

/** Localized values appear as `{ fr, en, … }` in a read with `locale: 'all'`: the target's are dropped. */
const withoutTarget = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutTarget)
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>)
  const isLocalized = entries.length > 0 && entries.every(([key]) => localeCodes.has(key))
  return Object.fromEntries(
    entries
      // Reads of a version and of the document list their keys in different orders.
      .sort(([a], [b]) => a.localeCompare(b))
      .filter(([key]) => !(isLocalized && key === target))
      // The save's time and the document-wide status legitimately change.
      .filter(([key]) => key !== 'updatedAt' && key !== '_status')
      .map(([key, inner]) => [key, withoutTarget(inner)]),
  )
}

const adminForm = (data: object) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  return form
}

describeOnDatabase('a save in one language never changes another language', () => {
  let payload: Payload
  let client: Awaited<ReturnType<typeof apiClient>>
  const users = {} as Record<Role, User>
  const tokens = {} as Record<Role, string>
  const documents = new Map<CollectionSlug, number | string>()

  beforeAll(async () => {
    payload = await testPayload()
    client = await apiClient()
    users.editor = await createUser(payload, 'editor')
    users.admin = await createUser(payload, 'admin')
    users.translator = await createUser(payload, 'translator', ['en', 'es'])
    for (const role of roles) tokens[role] = await signIn(client.request, users[role].email)

    const visual = await payload.create({
      collection: 'visuals',
      data: { title: 'Affiche', alt: 'Une affiche', credit: 'GA', licence: 'CC0-1.0' },
      file: await pngFile(undefined, 64, 64),
    })
    const vtt = await payload.create({
      collection: 'files',
      data: { title: 'Sous-titres' },
      file: textFile(`${uniqueSlug('st')}.vtt`, vttText, 'text/vtt'),
    })
    const artwork = await payload.create({
      collection: 'tract-artwork',
      data: { alt: 'Un fond', credit: 'Atelier' },
      file: await pngFile(undefined, 64, 64),
    })
    const theme = await createTheme(payload)
    const content = minimalDocuments({ visual: visual.id, vtt: vtt.id })
    documents.set('visuals', visual.id).set('files', vtt.id).set('tract-artwork', artwork.id).set('themes', theme.id)
    for (const [slug, data] of [...Object.entries(content), ['tract-templates', tractTemplateData()] as const]) {
      const created = await payload.create({ collection: slug as CollectionSlug, data: { ...data, _status: 'published' } as never })
      documents.set(slug as CollectionSlug, created.id)
    }
    // Every language gets a published translation of its own (all required values), so that a leak into any of them shows.
    for (const { slug, field } of translatable) {
      const id = documents.get(slug)!
      const french = (await payload.findByID({ collection: slug, id, locale: 'fr', depth: 0 })) as unknown as Record<string, unknown>
      const { id: _id, createdAt: _created, updatedAt: _updated, _status, ...fields } = french
      for (const locale of ['en', 'de', 'ar', target] as const) {
        const translation = { ...fields, [field]: `${field} ${locale}`, ...(_status ? { _status: 'published' } : {}) }
        await payload.update({ collection: slug, id, locale, data: translation as never })
      }
    }
  })

  const readAll = async (slug: CollectionSlug, draft: boolean) =>
    (await payload.findByID({ collection: slug, id: documents.get(slug)!, locale: 'all', depth: 0, draft })) as unknown as Record<
      string,
      unknown
    >

  const save = async (role: Role, api: Api, kind: Kind, slug: CollectionSlug, field: string, value: string): Promise<void> => {
    const id = documents.get(slug)!
    const data = { [field]: value, ...(kind === 'publish' ? { _status: 'published' } : {}) }
    const draft = kind === 'draft'
    const query = `locale=${target}&depth=0${draft ? '&draft=true' : ''}`
    if (api === 'Local API') {
      await payload.update({ collection: slug, id, locale: target, draft, data: data as never, overrideAccess: false, user: users[role] })
      return
    }
    if (api === 'GraphQL') {
      const { singular: singularName } = formatNames(slug)
      const mutation = `mutation ($data: mutation${singularName}UpdateInput!) { update${singularName}(id: ${JSON.stringify(id)}, data: $data, locale: ${target}, draft: ${draft}) { id } }`
      const response = await client.graphql(mutation, { data }, { token: tokens[role] })
      const body = (await response.json()) as { errors?: unknown[] }
      expect(body.errors, `${api} ${kind} refused`).toBeUndefined()
      return
    }
    // The admin's save and publish buttons send the document as a multipart `_payload` field.
    const body = api === 'admin form' ? adminForm(data) : data
    const response = await client.request('PATCH', `${slug}/${id}?${query}`, { body, token: tokens[role] })
    expect(response.status, `${api} ${kind}: ${await response.clone().text()}`).toBe(200)
  }

  it.each(translatable)('$slug', async ({ slug, field, drafts }) => {
    const kinds: Kind[] = drafts ? ['draft', 'publish'] : ['save']
    for (const role of roles) {
      for (const api of apis) {
        for (const kind of kinds) {
          const label = `${role} · ${api} · ${kind}`
          const [publishedBefore, latestBefore] = [await readAll(slug, false), await readAll(slug, true)]
          const value = `${field} es ${uniqueSlug('')}`
          await save(role, api, kind, slug, field, value)
          const [publishedAfter, latestAfter] = [await readAll(slug, false), await readAll(slug, true)]
          expect(JSON.stringify(withoutTarget(publishedAfter)), `${label}: published`).toBe(JSON.stringify(withoutTarget(publishedBefore)))
          expect(JSON.stringify(withoutTarget(latestAfter)), `${label}: latest draft`).toBe(JSON.stringify(withoutTarget(latestBefore)))
          // …and the save did land, in Spanish.
          const landed = kind === 'draft' ? latestAfter : publishedAfter
          expect((landed[field] as Record<string, unknown>)[target], label).toBe(value)
        }
      }
    }
  })
})
