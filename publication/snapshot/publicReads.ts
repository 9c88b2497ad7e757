import type { CollectionSlug, Payload } from 'payload'

import { defaultLocale, type LocaleCode } from '../locales'

const batchSize = 250

/**
 * Every public document of a collection in one language, in batches, read
 * as an anonymous visitor: access rules leave out drafts and private data.
 * With French fallback for pages (depth 1, relations filled in), or without
 * it to see which texts a language really has (depth 0).
 */
export async function* publicDocuments<T>(
  payload: Payload,
  collection: CollectionSlug,
  locale: LocaleCode,
  { withFallback, ids }: { withFallback: boolean; ids?: readonly (number | string)[] },
) {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale,
      ...(ids ? { where: { id: { in: ids } } } : {}),
      fallbackLocale: withFallback ? defaultLocale : false,
      depth: withFallback ? 1 : 0,
      limit: batchSize,
      page,
      sort: 'id',
      overrideAccess: false,
      draft: false,
    })
    for (const doc of result.docs) yield doc as T
    if (!result.hasNextPage) return
  }
}

/** The texts each document has of its own in one language, by id. */
export async function ownTexts(payload: Payload, collection: CollectionSlug, locale: LocaleCode, ids?: readonly (number | string)[]) {
  const docs = new Map<number | string, unknown>()
  for await (const doc of publicDocuments<{ id: number | string }>(payload, collection, locale, { withFallback: false, ids }))
    docs.set(doc.id, doc)
  return docs
}

/** When each public document of a collection last changed, by id, in id order. */
export async function publicVersions(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.find({
    collection,
    select: { updatedAt: true },
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: false,
    draft: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as { updatedAt?: string }).updatedAt)]))
}

/** Each public document's version, by id, per collection. */
export type VersionsReader = (collection: CollectionSlug) => Promise<Map<string, string>>

/**
 * publicVersions, each collection read once: one snapshot compares a collection's versions in several
 * places (its basis, its entries, the resources events link), and the same reading keeps them agreeing.
 */
export function publicVersionsReader(payload: Payload): VersionsReader {
  const read = new Map<CollectionSlug, Promise<Map<string, string>>>()
  return (collection) => {
    let versions = read.get(collection)
    if (!versions) read.set(collection, (versions = publicVersions(payload, collection)))
    return versions
  }
}
