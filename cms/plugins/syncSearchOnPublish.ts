import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Plugin } from 'payload'

import { searchableTypes, sourceCollection } from '../../publication/registry'
import { meilisearchConfig } from '../../search/config'
import { addCollectionHooks } from './addCollectionHooks'

/** Queues the search server's update of one document; the editor's save does not wait for it. */
async function queueSync(req: PayloadRequest, collection: string, doc: { id: number | string; slug?: unknown }, previousSlug?: unknown) {
  const slugs = [...new Set([doc.slug, previousSlug].filter((slug): slug is string => typeof slug === 'string'))]
  await req.payload.jobs.queue({ task: 'syncSearch', queue: 'search', input: { collection, id: String(doc.id), slugs }, req })
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  // A draft of an unpublished document changes nothing in search; a collection without drafts (action groups) is always live.
  const drafted = collection.versions?.drafts
  if (!drafted || doc._status === 'published' || previousDoc?._status === 'published')
    await queueSync(req, collection.slug, doc, previousDoc?.slug)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueSync(req, collection.slug, doc)
  return doc
}

/**
 * Keeps the Meilisearch indexes in step with publications, when a server is
 * configured (MEILISEARCH_HOST). Without one, the static index rebuilt with
 * the site is the search, and nothing is queued.
 */
export const syncSearchOnPublish: Plugin = (config) =>
  meilisearchConfig() ? addCollectionHooks(config, searchableTypes.map(sourceCollection), { afterChange, afterDelete }) : config
