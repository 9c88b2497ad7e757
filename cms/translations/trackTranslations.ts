import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Field,
  Payload,
  PayloadRequest,
  SelectIncludeType,
  Where,
} from 'payload'

import { defaultLocale, localeCodes } from '../../publication/locales'
import {
  documentState,
  inLocale,
  localizedTexts,
  pairWithFrench,
  recordSources,
  type RecordedSource,
} from '../../publication/translationSources'
import { withOwnLocale } from '../hooks/withOwnLocale'
import { writeKeyedRows } from '../registrations/conditionalUpdate'
import type { TranslatableCollection } from './translatableCollections'

type Doc = Record<string, unknown>

interface StatusRow {
  locale: string
  sources?: Record<string, RecordedSource> | null
  fields?: Record<string, string> | null
  status?: string
  title?: string | null
}

/** The document's latest version (drafts included), every language at once. */
const readLatest = async (payload: Payload, collection: TranslatableCollection, id: number | string, req?: PayloadRequest) => {
  return (await payload.findByID({
    collection,
    id,
    locale: 'all',
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req: req && withOwnLocale(req),
    disableErrors: true,
  })) as Doc | null
}

/** The French title the dashboard links by (a localized title read in every language, or a shared one). */
const frenchTitle = (payload: Payload, collection: TranslatableCollection, doc: Doc): string | null => {
  const field = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const value = doc[field]
  const french = value && typeof value === 'object' ? (value as Doc)[defaultLocale] : value
  return typeof french === 'string' && french !== '' ? french : null
}

/** Each language's stored status row of one document. */
export const statusRows = async (payload: Payload, collection: string, id: number | string, req?: PayloadRequest) => {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map((docs as unknown as StatusRow[]).map((row) => [row.locale, row]))
}

/** JSON with every object's keys sorted: PostgreSQL's jsonb gives back the keys it stored in an order of its own. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

/** A document's status row in one language, as stored. */
export interface ComputedRow {
  locale: string
  values: {
    title: string | null
    status: string
    missing: number
    outdated: number
    upToDate: number
    fields: Record<string, string>
    sources: Record<string, RecordedSource>
  }
  /** French texts newly recorded as a translation's source, by hash: kept for the document view. */
  newSources: Map<string, unknown>
  /** Whether the row differs from the stored one (or there is none). */
  changed: boolean
  /** Whether a row is stored for this language. */
  stored: boolean
}

/**
 * A document's status in every language but French, from its latest version read in every
 * language: texts translated since they were last recorded record the French they are saved with.
 * Pure: nothing is read or written.
 */
export function computeStatusRows(
  fields: Parameters<typeof localizedTexts>[0],
  title: string | null,
  doc: Doc,
  stored: ReadonlyMap<string, StatusRow>,
): ComputedRow[] {
  const french = localizedTexts(fields, doc, inLocale(defaultLocale))
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const texts = pairWithFrench(french, localizedTexts(fields, doc, inLocale(locale)))
      const before = stored.get(locale)
      const sources = recordSources(texts, before?.sources ?? {})
      const state = documentState(texts, sources)
      const newSources = new Map(
        texts.flatMap(({ path, french }) => {
          const recorded = sources[path]
          return recorded && recorded !== before?.sources?.[path] ? [[recorded.from, french] as const] : []
        }),
      )
      const changed =
        !before ||
        sortedJson([before.title ?? null, before.status, before.fields, before.sources]) !==
          sortedJson([title, state.status, state.fields, sources])
      const values = {
        title,
        status: state.status,
        missing: state.missing,
        outdated: state.outdated,
        upToDate: state.upToDate,
        fields: state.fields,
        sources,
      }
      return { locale, values, newSources, changed, stored: before !== undefined }
    })
}

/** A document's computed rows, with the document they belong to. */
interface DocumentRows {
  collection: string
  id: number | string
  rows: readonly ComputedRow[]
}

/**
 * Writes what changed of documents' computed rows, and the French sources they newly record (for
 * the document view: what changed since): one statement for the rows, one for the sources, each
 * inserting or updating in place, so that a concurrent save of the same row cannot fail either.
 */
const writeComputedRows = async (payload: Payload, documents: readonly DocumentRows[], req?: PayloadRequest) => {
  const now = new Date().toISOString()
  // Languages translated from the same French share its source: kept once.
  const sources = new Map<string, unknown>()
  const rows: Record<string, unknown>[] = []
  for (const { collection, id, rows: computed } of documents) {
    for (const row of computed) {
      if (!row.changed) continue
      for (const [hash, french] of row.newSources) sources.set(hash, french)
      rows.push({ collection, document: String(id), locale: row.locale, ...row.values })
    }
  }
  await writeKeyedRows(
    payload,
    'french-sources',
    { key: ['hash'], rows: [...sources].map(([hash, value]) => ({ hash, value })), now, existing: 'keep' },
    req,
  )
  await writeKeyedRows(payload, 'translation-status', { key: ['collection', 'document', 'locale'], rows, now, existing: 'update' }, req)
}

/**
 * Recomputes one document's translation status in every language, from its latest version, and
 * stores the rows that changed.
 */
export async function updateTranslationStatus(
  payload: Payload,
  collection: TranslatableCollection,
  id: number | string,
  req?: PayloadRequest,
) {
  const doc = await readLatest(payload, collection, id, req)
  if (!doc) return
  const rows = computeStatusRows(
    payload.collections[collection].config.fields,
    frenchTitle(payload, collection, doc),
    doc,
    await statusRows(payload, collection, id, req),
  )
  await writeComputedRows(payload, [{ collection, id, rows }], req)
}

/** Documents read and recomputed at once by `recomputeTranslationStatus`. */
const recomputeBatch = 1000

/**
 * What the status reads of a document: the top-level fields that hold a translatable text (or
 * are one), and the title it is listed by. Fields in unnamed tabs, rows and collapsibles are
 * top-level in what is stored.
 */
const textSelect = (fields: readonly Field[], title: string): SelectIncludeType => {
  const holdsText = (field: Field): boolean => {
    if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some(holdsText))
    if (field.type === 'blocks') return field.blocks.some((block) => block.fields.some(holdsText))
    if ('fields' in field) return field.fields.some(holdsText)
    return ['text', 'textarea', 'richText'].includes(field.type) && 'localized' in field && field.localized === true
  }
  const names = (fieldsHere: readonly Field[]): string[] =>
    fieldsHere.flatMap((field) => {
      if (field.type === 'tabs')
        return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? (tab.fields.some(holdsText) ? [tab.name] : []) : names(tab.fields)))
      if (!('name' in field) || !field.name) return 'fields' in field ? names(field.fields) : []
      return holdsText(field) ? [field.name] : []
    })
  return Object.fromEntries([...names(fields), ...(title === 'id' ? [] : [title])].map((name) => [name, true]))
}

/**
 * One page of a collection's documents after `after` (by id), their latest version (drafts
 * included) in every language, as stored: read from the database adapter, without Payload's
 * read hooks, which would go through every field of every language of every document for texts
 * the status compares raw. Two saves at once can leave a document two versions marked latest:
 * the newer is its latest, as Payload's own reads take it, and the other is left out.
 */
export const readLatestPage = async (payload: Payload, collection: TranslatableCollection, after: number | string | undefined) => {
  const { config } = payload.collections[collection]
  const select = textSelect(config.fields, config.admin.useAsTitle ?? 'id')
  const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
  const key = drafts ? 'parent' : 'id'
  const where: Where = after === undefined ? {} : { [key]: { greater_than: after } }
  const query = { collection, where, locale: 'all', limit: recomputeBatch, pagination: false }
  if (!drafts) return (await payload.db.find({ ...query, sort: key, select: { ...select, id: true } })).docs as Doc[]
  const { docs } = await payload.db.queryDrafts({ ...query, sort: [key, '-updatedAt'], select: { parent: true, version: select } })
  return (docs as Doc[]).filter((doc, index) => index === 0 || doc.id !== docs[index - 1]!.id)
}

/** The stored status rows of some documents of a collection, by document then language; read as `readLatestPage` reads. */
export const storedStatusRows = async (payload: Payload, collection: string, ids: readonly string[]) => {
  const { docs } = await payload.db.find({
    collection: 'translation-status',
    where: { and: [{ collection: { equals: collection } }, { document: { in: ids } }] },
    limit: 0,
    pagination: false,
    select: { document: true, locale: true, title: true, status: true, fields: true, sources: true },
  })
  const stored = new Map<string, Map<string, StatusRow>>()
  for (const row of docs as unknown as (StatusRow & { document: string })[])
    stored.set(row.document, (stored.get(row.document) ?? new Map()).set(row.locale, row))
  return stored
}

/**
 * Recomputes the status of every document of a collection (documents saved beneath the CMS, by
 * an import or before the translation tools existed, have none), a page at a time, each page's
 * changes written in one transaction; `onProgress` is told how many are done. Says how many
 * documents were read.
 */
export async function recomputeTranslationStatus(
  payload: Payload,
  collection: TranslatableCollection,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const { fields } = payload.collections[collection].config
  const { totalDocs } = await payload.db.count({ collection, where: {} })
  let done = 0
  let nextPage = readLatestPage(payload, collection, undefined)
  for (;;) {
    const docs = await nextPage
    if (docs.length === 0) return done
    // The next page is read while this one is computed and written (on PostgreSQL, at the same time);
    // a short page may not be the last, as a document's second latest version is left out of it.
    nextPage = readLatestPage(payload, collection, docs.at(-1)!.id as number | string)
    // Its failure is thrown where it is awaited; a failure of this page's write, first, leaves it unawaited.
    nextPage.catch(() => undefined)
    const stored = await storedStatusRows(
      payload,
      collection,
      docs.map((doc) => String(doc.id)),
    )
    const computed = docs.map((doc) => ({
      collection,
      id: doc.id as number | string,
      rows: computeStatusRows(fields, frenchTitle(payload, collection, doc), doc, stored.get(String(doc.id)) ?? new Map()),
    }))
    const transactionID = await payload.db.beginTransaction()
    const req = (transactionID === null ? undefined : { payload, transactionID }) as PayloadRequest | undefined
    try {
      await writeComputedRows(payload, computed, req)
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    done += docs.length
    onProgress(done, Math.max(done, totalDocs))
  }
}

/** After every save of a translatable document: its status, in the save's transaction. */
export const trackTranslationsAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await updateTranslationStatus(req.payload, collection.slug as TranslatableCollection, doc.id as number | string, req)
  return doc
}

/** A deleted document has nothing left to translate. */
export const forgetTranslationsAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'translation-status',
    where: { and: [{ collection: { equals: collection.slug } }, { document: { equals: String(id) } }] },
    overrideAccess: true,
    req,
  })
}
