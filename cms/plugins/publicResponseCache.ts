import type { BaseDatabaseAdapter, DatabaseAdapterObj, Plugin } from 'payload'

import { invalidatePublicResponses } from '../cache/publicResponses'

/**
 * Payload's hooks run before the database commits: a read between a hook and
 * the commit still sees the old state. So the cache is emptied after every
 * commit, however long the commit took (a save's REST answer is sent only
 * after it). The hooks empty it too, for writes made outside a transaction.
 */
const invalidatingAfterCommit = (db: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...db,
  init: (args) => {
    const adapter: BaseDatabaseAdapter = db.init(args)
    const commit = adapter.commitTransaction
    adapter.commitTransaction = async function (this: BaseDatabaseAdapter, id) {
      try {
        await commit.call(this, id)
      } finally {
        invalidatePublicResponses()
      }
    }
    return adapter
  },
})

/** Empties the public API cache whenever any document is saved or deleted (scheduled publications included). */
export const publicResponseCache: Plugin = (config) => ({
  ...config,
  db: invalidatingAfterCommit(config.db),
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidatePublicResponses],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidatePublicResponses],
    },
  })),
})
