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

/** Writes one language's status row: inserted unless there (a concurrent save may be inserting it), then set. */
const writeStatusRow = async (
  payload: Payload,
  key: { collection: string; document: string; locale: string },
  values: Doc,
  req?: PayloadRequest,
) => {
  const now = new Date().toISOString()
  await insertIfAbsent(
    payload,
    'translation-status',
    {
      sql: () => ({ ...key, ...values, createdAt: now, updatedAt: now }),
      mongo: { filter: key, values: { ...key, ...values, createdAt: new Date(now), updatedAt: new Date(now) } },
    },
    req,
  )
  await updateIfMatches(
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
}

/**
 * Recomputes one document's translation status in every language, from its latest version: the
 * texts translated since they were last recorded record the French they were saved with (kept
 * by hash for the document view), and each language's counts and status are stored. Rows whose
 * content did not change are not written.
 */
export async function updateTranslationStatus(
  payload: Payload,
  collection: TranslatableCollection,
  id: number | string,
  req?: PayloadRequest,
) {
  const doc = await readLatest(payload, collection, id, req)
  if (!doc) return
  const { fields } = payload.collections[collection].config
  const stored = await statusRows(payload, collection, id, req)
  const title = frenchTitle(payload, collection, doc)
  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue
    const texts = pairTexts(fields, doc, doc, { french: inLocale(defaultLocale), translation: inLocale(locale) })
    const before = stored.get(locale)
    const sources = recordSources(texts, before?.sources ?? {})
    const state = documentState(texts, sources)
    const values = {
      title,
      status: state.status,
      missing: state.missing,
      outdated: state.outdated,
      upToDate: state.upToDate,
      fields: state.fields,
      sources,
    }
    if (
      before &&
      JSON.stringify([before.title, before.status, before.fields, before.sources]) ===
        JSON.stringify([title, state.status, state.fields, sources])
    )
      continue
    for (const { path, french } of texts) {
      const recorded = sources[path]
      if (recorded && recorded !== before?.sources?.[path]) await keepFrenchSource(payload, recorded.from, french, req)
    }
    await writeStatusRow(payload, { collection, document: String(id), locale }, values, req)
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
