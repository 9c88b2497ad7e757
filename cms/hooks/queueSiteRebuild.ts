import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { env } from '../../env'
import { rebuildDebounceMs } from '../jobs/rebuildSite'

/**
 * Queues a rebuild of the public site when a change can show there: a
 * publication, an unpublication, a deletion, or any change to a collection
 * without drafts (themes, media). Saving a draft of an unpublished document
 * does not. Seeding turns this off (`HUB_SITE_REBUILD=off`) and builds once.
 */
async function queueRebuild(req: PayloadRequest, reason: string) {
  if (!env.rebuildSiteOnChange) return
  await req.payload.jobs.queue({
    task: 'rebuildSite',
    queue: 'site',
    input: { reason },
    req,
    waitUntil: new Date(Date.now() + rebuildDebounceMs),
  })
}

const describe = (collection: string, doc: Record<string, unknown>) =>
  `${collection} « ${String(doc.title ?? doc.question ?? doc.name ?? doc.filename ?? doc.id)} »`

export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, operation }) => {
  const drafts = Boolean(collection.versions?.drafts)
  const published = doc._status === 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (drafts && !published && !wasPublished) return doc
  const what = !drafts ? operation : published ? 'publish' : 'unpublish'
  await queueRebuild(req, `${what}: ${describe(collection.slug, doc)}`)
  return doc
}

export const queueRebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueRebuild(req, `delete: ${describe(collection.slug, doc)}`)
  return doc
}
