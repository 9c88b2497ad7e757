import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, Payload, PayloadRequest } from 'payload'

import { env } from '../../env'
import { rebuildDebounceMs, rebuildSpacingMs } from '../jobs/rebuildSite'

/**
 * Queues a rebuild of the public site when a change can show there: a
 * publication, an unpublication, a deletion, or any change to a collection
 * without drafts (themes, media). Saving a draft does not, even over a
 * published document. Seeding turns this off (`HUB_SITE_REBUILD=off`) and builds once.
 */
async function queueRebuild(req: PayloadRequest, reason: string) {
  if (!env.rebuildSiteOnChange) return
  // A bulk update saves its documents at once on one request. Queueing a rebuild deletes the
  // pending one (the task supersedes), and another document's queueing may be reading its own
  // back meanwhile (then it fails, and its document with it): one request queues one at a time.
  const previous = (req.context[rebuildQueueing] as Promise<unknown> | undefined) ?? Promise.resolve()
  const queueing = previous
    .catch(() => undefined)
    .then(async () => {
      const waitUntil = await rebuildStart(req)
      await req.payload.jobs.queue({ task: 'rebuildSite', queue: 'site', input: { reason }, req, waitUntil })
      runWhenDue(req.payload, waitUntil)
    })
  req.context[rebuildQueueing] = queueing
  await queueing
}

/**
 * Where this process runs jobs, the rebuild is run as soon as it is due, not at the job runner's next
 * look (every second): the editor waits for it. Should the save's transaction not be committed by
 * then, the runner's next look takes it.
 */
function runWhenDue(payload: Payload, waitUntil: Date) {
  if (!env.runJobs) return
  const run = () =>
    payload.jobs
      .run({ queue: 'site', limit: 1, silent: true })
      .catch((error: unknown) => payload.logger.warn({ msg: 'Site rebuild: run when due failed, the job runner takes it', err: error }))
  setTimeout(run, Math.max(0, waitUntil.getTime() - Date.now()) + runAfterDueMs).unref()
}

/** A little after the rebuild is due: the save's transaction commits meanwhile. */
const runAfterDueMs = 30

/** Shortly after this save, and no sooner than rebuildSpacingMs after the last rebuild started. */
async function rebuildStart(req: PayloadRequest): Promise<Date> {
  const { docs } = await req.payload.find({
    collection: 'site-builds',
    sort: '-startedAt',
    limit: 1,
    depth: 0,
    select: { startedAt: true },
    // In the save's transaction: a read on a connection of its own would wait for the pool that
    // the bulk update's saves, each holding one, have emptied (PostgreSQL).
    req,
  })
  const lastStart = docs[0] ? new Date(docs[0].startedAt).getTime() : 0
  return new Date(Math.max(Date.now() + rebuildDebounceMs, lastStart + rebuildSpacingMs))
}

/** The request context's key for the request's last rebuild queueing. */
const rebuildQueueing = 'siteRebuildQueueing'

const describe = (collection: string, doc: Record<string, unknown>) =>
  `${collection} « ${String(doc.title ?? doc.question ?? doc.name ?? doc.filename ?? doc.id)} »`

/** The request context's key for the updates that take documents offline (`slug:id`, `slug:*` for a bulk update). */
const takingOffline = 'documentsTakenOffline'

const offlineKeys = (req: PayloadRequest): Set<string> => ((req.context[takingOffline] as Set<string> | undefined) ??= new Set<string>())

/**
 * Notes an update that takes documents offline: `_status: 'draft'` without `draft` (the admin's
 * "Unpublish", a scheduled unpublication). A draft save (`draft: true`) leaves the published
 * version online, whatever the saved version's status reads.
 */
export const noteTakingOffline: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  const { data, draft, id, req } = args as { data?: { _status?: unknown }; draft?: boolean; id?: number | string; req: PayloadRequest }
  if (operation === 'update' && collection.versions?.drafts && data?._status === 'draft' && !draft) {
    offlineKeys(req).add(`${collection.slug}:${id ?? '*'}`)
  }
  return args
}

export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req, operation }) => {
  const drafts = Boolean(collection.versions?.drafts)
  const published = doc._status === 'published'
  const keys = offlineKeys(req)
  const takenOffline = keys.has(`${collection.slug}:${String(doc.id)}`) || keys.has(`${collection.slug}:*`)
  // A draft (a translator's work in progress, over a published document or not) changes nothing public.
  if (drafts && !published && !takenOffline) return doc
  const what = !drafts ? operation : published ? 'publish' : 'unpublish'
  await queueRebuild(req, `${what}: ${describe(collection.slug, doc)}`)
  return doc
}

export const queueRebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueRebuild(req, `delete: ${describe(collection.slug, doc)}`)
  return doc
}
