import type { BaseDatabaseAdapter, CollectionAfterChangeHook, CollectionAfterDeleteHook, DatabaseAdapterObj, Plugin } from 'payload'

import { invalidatePublicResponses } from '../cache/publicResponses'
import { endTransaction, noteWrite } from '../cache/transactionWrites'

const afterChange: CollectionAfterChangeHook = ({ collection, req }) => noteWrite(collection.slug, req.transactionID)
const afterDelete: CollectionAfterDeleteHook = ({ collection, req }) => noteWrite(collection.slug, req.transactionID)

/**
 * Payload's hooks run before the database commits: a read between a hook and the commit still
 * sees the old state. So the cache is emptied after every commit, however long the commit took
 * (a save's REST answer is sent only after it), unless the transaction is known to have saved
 * private collections only. The hooks empty it too, for writes made outside a transaction.
 */
const invalidatingAfterCommit = (db: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...db,
  init: (args) => {
    const adapter: BaseDatabaseAdapter = db.init(args)
    const commit = adapter.commitTransaction
    const rollback = adapter.rollbackTransaction
    adapter.commitTransaction = async function (this: BaseDatabaseAdapter, id) {
      try {
        await commit.call(this, id)
      } finally {
        // No transaction (SQLite's adapter has none; Payload still calls this): its writes' hooks emptied the cache.
        if (endTransaction(id).savedPublic) invalidatePublicResponses()
      }
    }
    adapter.rollbackTransaction = async function (this: BaseDatabaseAdapter, id) {
      endTransaction(id)
      await rollback.call(this, id)
    }
    return adapter
  },
})

/** Empties the public API cache whenever a document anonymous visitors may read is saved or deleted (scheduled publications included). */
export const publicResponseCache: Plugin = (config) => ({
  ...config,
  db: invalidatingAfterCommit(config.db),
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  })),
})
