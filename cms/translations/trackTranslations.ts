import { and, eq } from 'drizzle-orm'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { defaultLocale, localeCodes } from '../../publication/locales'
import { documentState, inLocale, pairTexts, recordSources, type RecordedSource } from '../../publication/translationSources'
import { keepingRequestLocale } from '../hooks/keepingRequestLocale'
import { insertIfAbsent, updateIfMatches } from '../registrations/conditionalUpdate'
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
  const read = () =>
    payload.findByID({
      collection,
      id,
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
  return (req ? await keepingRequestLocale(req, read) : await read()) as Doc | null
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

/** Keeps the French text a translation was made from, so that its document can show what changed since. */
const keepFrenchSource = (payload: Payload, hash: string, value: unknown, req?: PayloadRequest) =>
  insertIfAbsent(
    payload,
    'french-sources',
    {
      sql: () => ({ hash, value, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }),
      mongo: { filter: { hash }, values: { hash, value, createdAt: new Date(), updatedAt: new Date() } },
    },
    req,
  )

/**
 * Writes one language's status row, one statement in the usual case: an update when a row is
 * stored, an insert when none is; a row a concurrent save inserted meanwhile is then updated.
 */
const writeStatusRow = async (
  payload: Payload,
  key: { collection: string; document: string; locale: string },
  values: Doc,
  stored: boolean,
  req?: PayloadRequest,
) => {
  const now = new Date().toISOString()
  const update = () =>
    updateIfMatches(
      payload,
      'translation-status',
      {
        sql: (table) => ({
          where: and(eq(table.collection!, key.collection), eq(table.document!, key.document), eq(table.locale!, key.locale)),
          set: { ...values, updatedAt: now },
        }),
        mongo: { filter: key, update: { $set: { ...values, updatedAt: new Date(now) } } },
      },
      req,
    )
  if (stored && (await update())) return
  const inserted = await insertIfAbsent(
    payload,
    'translation-status',
    {
      sql: () => ({ ...key, ...values, createdAt: now, updatedAt: now }),
      mongo: { filter: key, values: { ...key, ...values, createdAt: new Date(now), updatedAt: new Date(now) } },
    },
    req,
  )
  if (!inserted) await update()
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
  fields: Parameters<typeof pairTexts>[0],
  title: string | null,
  doc: Doc,
  stored: ReadonlyMap<string, StatusRow>,
): ComputedRow[] {
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const texts = pairTexts(fields, doc, doc, { french: inLocale(defaultLocale), translation: inLocale(locale) })
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

/** Writes what changed of a document's computed rows, and the French sources they newly record. */
const writeComputedRows = async (
  payload: Payload,
  collection: string,
  id: number | string,
  rows: readonly ComputedRow[],
  req?: PayloadRequest,
) => {
  // Languages translated from the same French share its source: kept once.
  const kept = new Set<string>()
  for (const row of rows) {
    if (!row.changed) continue
    for (const [hash, french] of row.newSources) {
      if (kept.has(hash)) continue
      kept.add(hash)
      await keepFrenchSource(payload, hash, french, req)
    }
    await writeStatusRow(payload, { collection, document: String(id), locale: row.locale }, row.values, row.stored, req)
  }
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
  await writeComputedRows(payload, collection, id, rows, req)
}

/** Documents read and recomputed at once by `recomputeTranslationStatus`. */
const recomputeBatch = 200

/**
 * Recomputes the status of every document of a collection (documents saved beneath the CMS, by
 * an import or before the translation tools existed, have none), in batches; `onProgress` is told
 * how many are done. Says how many documents were read.
 */
export async function recomputeTranslationStatus(
  payload: Payload,
  collection: TranslatableCollection,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const { fields } = payload.collections[collection].config
  let done = 0
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      limit: recomputeBatch,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    const ids = result.docs.map((doc) => String(doc.id))
    const { docs: storedRows } = await payload.find({
      collection: 'translation-status',
      where: { and: [{ collection: { equals: collection } }, { document: { in: ids } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const stored = new Map<string, Map<string, StatusRow>>()
    for (const row of storedRows)
      stored.set(row.document, (stored.get(row.document) ?? new Map()).set(row.locale, row as unknown as StatusRow))
    // One transaction per page: one commit, not one per row written.
    const transactionID = await payload.db.beginTransaction()
    const req = (transactionID === null ? undefined : { payload, transactionID }) as PayloadRequest | undefined
    try {
      for (const doc of result.docs as unknown as Doc[]) {
        const rows = computeStatusRows(fields, frenchTitle(payload, collection, doc), doc, stored.get(String(doc.id)) ?? new Map())
        await writeComputedRows(payload, collection, doc.id as number | string, rows, req)
      }
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    done += result.docs.length
    onProgress(done, result.totalDocs)
    if (!result.hasNextPage) return done
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
