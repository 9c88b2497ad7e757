import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { env } from '../../env'
import { rebuildDebounceMs } from '../jobs/rebuildSite'
import { keepingRequestLocale } from './keepingRequestLocale'

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

/**
 * Whether the document is still online: after a draft saved over a published document, the
 * saved version reads "draft" though the published one is unchanged; only an unpublication takes
 * the document itself offline.
 */
const stillPublished = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  (
    (await keepingRequestLocale(req, () =>
      req.payload.findByID({
        collection,
        id,
        draft: false,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        select: { _status: true },
      }),
    )) as { _status?: string } | null
  )?._status === 'published'

export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, operation }) => {
  const drafts = Boolean(collection.versions?.drafts)
  const published = doc._status === 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (drafts && !published && !wasPublished) return doc
  // A draft saved over a published document (a translator's work in progress) changes nothing public.
  if (drafts && !published && (await stillPublished(req, collection.slug, doc.id as number | string))) return doc
  const what = !drafts ? operation : published ? 'publish' : 'unpublish'
  await queueRebuild(req, `${what}: ${describe(collection.slug, doc)}`)
  return doc
}

export const queueRebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueRebuild(req, `delete: ${describe(collection.slug, doc)}`)
  return doc
}
