import type { Plugin } from 'payload'

import { invalidatePublicResponses } from '../cache/publicResponses'

/**
 * Payload's hooks run before the database commits, so an anonymous read in
 * between could cache the old answer: empty the cache now, and once more
 * just after the commit.
 */
const invalidateNowAndAfterCommit = () => {
  invalidatePublicResponses()
  setTimeout(invalidatePublicResponses, 1000).unref()
}

/** Empties the public API cache whenever any document is saved or deleted (scheduled publications included). */
export const publicResponseCache: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidateNowAndAfterCommit],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateNowAndAfterCommit],
    },
  })),
})
