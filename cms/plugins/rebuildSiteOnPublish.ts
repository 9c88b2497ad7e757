import type { Plugin } from 'payload'

import { queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'

/** Collections whose documents the public site shows. */
const siteCollections = new Set(['trainings', 'videos', 'infographics', 'bibliographies', 'sheets', 'faqs', 'programme', 'themes', 'visuals', 'files'])

/** Queues a debounced rebuild of the public site after a change it shows (see hooks/queueSiteRebuild). */
export const rebuildSiteOnPublish: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    siteCollections.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), queueRebuildAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), queueRebuildAfterDelete],
          },
        }
      : collection,
  ),
})
