import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { publicTypes } from '../../publication/registry'

/**
 * Which uploads the public's documents use: the ids that a public document
 * (publicContent below) refers to, through an upload or relationship field,
 * at any depth, in any language, or in rich text.
 *
 * Worked out once per state of the content, not per read: a snapshot asks
 * for thousands of pictures. The state is a cheap fingerprint (count and last
 * change of each referring collection), read once per request; so a save made
 * by any process (the admin, the seed, a script) is seen at the next request.
 */
export type Id = number | string

const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string'

/**
 * Upload nodes of a Lexical document (`{ type: 'upload', relationTo, value }`): the nodes the
 * editor made, reached from the root through `children`, never an object of that shape tucked
 * elsewhere in the JSON, which the site would not show.
 */
const collectFromRichText = (node: unknown, target: string, into: Set<Id>): void => {
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if ('root' in record) return collectFromRichText(record.root, target, into)
  if (record.type === 'upload' && record.relationTo === target) {
    const value = record.value
    if (isId(value)) into.add(value)
    else if (value && typeof value === 'object' && isId((value as { id?: unknown }).id)) into.add((value as { id: Id }).id)
  }
  if (Array.isArray(record.children)) for (const child of record.children) collectFromRichText(child, target, into)
}

const collectReference = (relationTo: string | string[], value: unknown, target: string, into: Set<Id>): void => {
  if (Array.isArray(value)) {
    for (const item of value) collectReference(relationTo, item, target, into)
    return
  }
  if (Array.isArray(relationTo)) {
    const { relationTo: slug, value: id } = (value ?? {}) as { relationTo?: string; value?: unknown }
    if (slug === target && isId(id)) into.add(id)
  } else if (relationTo === target && isId(value)) {
    into.add(value)
  }
}

/** The ids of `target` that `data` (a document read with `locale: 'all'`, depth 0) refers to. */
const collectFromFields = (fields: Field[], data: unknown, target: string, into: Set<Id>): void => {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) collectFromFields(tab.fields, 'name' in tab && tab.name ? record[tab.name] : data, target, into)
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) collectFromFields(field.fields, data, target, into)
      continue
    }
    const stored = record[field.name]
    // With `locale: 'all'`, a localized field holds one value per language.
    const values = 'localized' in field && field.localized && stored && typeof stored === 'object' ? Object.values(stored) : [stored]
    for (const value of values) {
      if (field.type === 'upload' || field.type === 'relationship') collectReference(field.relationTo, value, target, into)
      else if (field.type === 'group') collectFromFields(field.fields, value, target, into)
      else if (field.type === 'array')
        for (const row of Array.isArray(value) ? value : []) collectFromFields(field.fields, row, target, into)
      else if (field.type === 'blocks') {
        for (const row of Array.isArray(value) ? (value as { blockType?: string }[]) : []) {
          const block = field.blocks.find(({ slug }) => slug === row.blockType)
          if (block) collectFromFields(block.fields, row, target, into)
        }
      } else if (field.type === 'richText') collectFromRichText(value, target, into)
    }
  }
}

/** Whether a field can hold a reference to `target` (rich text may hold any upload, where it counts). */
const mayRefer = (field: Field, target: string, richTextCounts: boolean): boolean => {
  if (field.type === 'upload' || field.type === 'relationship') return ([] as string[]).concat(field.relationTo).includes(target)
  if (field.type === 'richText') return richTextCounts
  if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some((child) => mayRefer(child, target, richTextCounts)))
  if (field.type === 'blocks') return field.blocks.some((block) => block.fields.some((child) => mayRefer(child, target, richTextCounts)))
  return 'fields' in field && field.fields.some((child) => mayRefer(child, target, richTextCounts))
}

/**
 * The only collections whose documents can make an upload public: the
 * registry's public types, events and action groups, each with what its public
 * documents meet besides being published (when it has drafts). Never Payload's
 * own (document locks, preferences, jobs), which any account writes and which
 * point to any document, nor those holding people's data. Events and groups
 * count by their picture fields alone: organisers and translators write their
 * rich text, which offers no upload (Events, ActionGroups), so an upload node
 * slipped in through the API makes no file public.
 */
const publicContent = new Map<string, { where: Where[]; richTextCounts: boolean }>([
  ...Object.values(publicTypes).map(({ collection }): [string, { where: Where[]; richTextCounts: boolean }] => [
    collection,
    { where: [], richTextCounts: true },
  ]),
  ['events', { where: [], richTextCounts: false }],
  // Not drafted: an inactive group leaves the site.
  ['action-groups', { where: [{ active: { equals: true } }], richTextCounts: false }],
])

const published: Where = { _status: { equals: 'published' } }

/** The public documents of a public collection (undefined: all of them). */
const publicWhere = (conditions: Where[], drafts: boolean): Where | undefined => {
  const all = drafts ? [...conditions, published] : conditions
  return all.length > 0 ? { and: all } : undefined
}

/** The public collections whose documents may refer to `target`, each with the top-level fields to read. */
const referringCollections = (payload: Payload, target: string) =>
  Object.values(payload.collections).flatMap(({ config }) => {
    const rules = publicContent.get(config.slug)
    if (!rules) return []
    const fields = config.fields.filter((field) => mayRefer(field, target, rules.richTextCounts))
    const select = Object.fromEntries(fields.flatMap((field) => ('name' in field && field.name ? [[field.name, true]] : []))) as Record<
      string,
      true
    >
    const where = publicWhere(rules.where, Boolean(config.versions?.drafts))
    return fields.length > 0 ? [{ slug: config.slug as CollectionSlug, fields, select, where }] : []
  })

type Referrer = ReturnType<typeof referringCollections>[number]

/** Changes when a referring document is added, saved or deleted. */
const fingerprint = async (payload: Payload, referrers: Referrer[]) => {
  const parts = await Promise.all(
    referrers.map(async (referrer) => {
      const { docs, totalDocs } = await payload.find({
        collection: referrer.slug,
        depth: 0,
        limit: 1,
        sort: '-updatedAt',
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return `${referrer.slug}:${totalDocs}:${String((docs[0] as { updatedAt?: string } | undefined)?.updatedAt)}`
    }),
  )
  return parts.join('|')
}

/** The `target` ids one public document refers to, as of its last change. */
interface DocumentUse {
  updatedAt: string
  ids: readonly Id[]
}

/** The uses found at one state of the content: each public document's, by `slug:id`, and all their ids. */
interface Usage {
  documents: Map<string, DocumentUse>
  ids: Set<Id>
}

/**
 * The `target` ids that public documents use. Given the uses found before, only the documents
 * changed since are read again (an editor's publication at 10,000 trainings: one training, not
 * 10,000 in every language); those no longer public drop out.
 */
const usedIds = async (payload: Payload, referrers: Referrer[], target: string, before: Usage | undefined): Promise<Usage> => {
  const documents = new Map<string, DocumentUse>()
  for (const referrer of referrers) {
    const read = { collection: referrer.slug, depth: 0, pagination: false, overrideAccess: true, draft: false } as const
    // Through the adapter: one column of every public document, with no hook to run on each (access is overridden anyway).
    const { docs: versions } = await payload.db.find({
      collection: referrer.slug,
      where: referrer.where ?? {},
      select: { updatedAt: true },
      pagination: false,
    })
    const changed: Id[] = []
    for (const { id, updatedAt } of versions as { id: Id; updatedAt: string }[]) {
      const known = before?.documents.get(`${referrer.slug}:${id}`)
      if (known?.updatedAt === updatedAt) documents.set(`${referrer.slug}:${id}`, known)
      else changed.push(id)
    }
    if (changed.length === 0) continue
    // Everything changed (the first look-up): read them all rather than name them all.
    const only = changed.length === versions.length ? [] : [{ id: { in: changed } }]
    const conditions = [...(referrer.where ? [referrer.where] : []), ...only]
    const { docs } = await payload.find({
      ...read,
      where: conditions.length > 0 ? { and: conditions } : undefined,
      locale: 'all',
      select: { ...referrer.select, updatedAt: true },
    })
    for (const doc of docs as { id: Id; updatedAt: string }[]) {
      const ids = new Set<Id>()
      collectFromFields(referrer.fields, doc, target, ids)
      documents.set(`${referrer.slug}:${doc.id}`, { updatedAt: doc.updatedAt, ids: [...ids] })
    }
  }
  return { documents, ids: new Set([...documents.values()].flatMap((use) => use.ids)) }
}

const known = new Map<string, { fingerprint: string; usage: Promise<Usage> }>()
const perRequest = new WeakMap<object, Map<string, Promise<Set<Id>>>>()

const referrersOf = new WeakMap<Payload, Map<string, Referrer[]>>()

/** The referring collections of `target`, found once per CMS: its collections do not change once it runs. */
const referrersFor = (payload: Payload, target: string): Referrer[] => {
  const byTarget = referrersOf.get(payload) ?? new Map<string, Referrer[]>()
  referrersOf.set(payload, byTarget)
  const referrers = byTarget.get(target) ?? referringCollections(payload, target)
  byTarget.set(target, referrers)
  return referrers
}

const lookUp = async (payload: Payload, target: string): Promise<Set<Id>> => {
  const referrers = referrersFor(payload, target)
  const current = await fingerprint(payload, referrers)
  const cached = known.get(target)
  if (cached?.fingerprint === current) return (await cached.usage).ids
  const before = await cached?.usage.catch(() => undefined)
  const usage = usedIds(payload, referrers, target, before)
  known.set(target, { fingerprint: current, usage })
  // A failed read is not kept: the next request tries again.
  usage.catch(() => known.get(target)?.usage === usage && known.delete(target))
  return (await usage).ids
}

/** The ids of the `target` uploads that public documents use; one look-up per request. */
export const uploadsInPublicUse = (req: PayloadRequest, target: CollectionSlug): Promise<Set<Id>> => {
  const forRequest = perRequest.get(req) ?? new Map<string, Promise<Set<Id>>>()
  perRequest.set(req, forRequest)
  const ids = forRequest.get(target) ?? lookUp(req.payload, target)
  forRequest.set(target, ids)
  return ids
}
