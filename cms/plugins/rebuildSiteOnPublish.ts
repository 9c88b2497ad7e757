import type { Plugin } from 'payload'

import { env } from '../../env'
import { siteCollections } from '../../publication/registry'
import { noteTakingOffline, queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'
import { recoverDeadRebuilds } from '../jobs/rebuildSite'
import { addCollectionHooks } from './addCollectionHooks'

/** How often the job runner looks for a rebuild whose process is gone (see recoverDeadRebuilds). */
const deadBuildCheckMs = 15_000

/**
 * Queues a debounced rebuild of the public site after a change it shows (see
 * hooks/queueSiteRebuild). Where jobs run, a rebuild left behind by a process
 * that died is marked failed within a minute of it dying or of the next start, so the next builds.
 */
export const rebuildSiteOnPublish: Plugin = (config) => {
  const withHooks = addCollectionHooks(config, siteCollections, {
    beforeOperation: noteTakingOffline,
    afterChange: queueRebuildAfterChange,
    afterDelete: queueRebuildAfterDelete,
  })
  const { onInit } = withHooks
  return {
    ...withHooks,
    onInit: async (payload) => {
      await onInit?.(payload)
      if (!env.runJobs) return
      const recover = () =>
        recoverDeadRebuilds(payload).catch((error: unknown) => payload.logger.error({ msg: 'Dead site builds not recovered', err: error }))
      // Not in onInit itself: a first start migrates the database after it, and a cold start waits for no query.
      setInterval(() => void recover(), deadBuildCheckMs).unref()
    },
  }
}
