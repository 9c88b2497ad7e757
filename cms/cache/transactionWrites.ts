import { invalidatePublicResponses } from './publicResponses'

/**
 * What each open transaction saved, for the public API cache (plugins/publicResponseCache.ts):
 * a transaction that saved only collections no anonymous request reads leaves the cache alone
 * when it commits. A crowd signing up (a registration, its seats, its email job) must not empty
 * it, or every visitor's read becomes a database query at the busiest moment.
 */
const neverPublic = new Set([
  'registrations',
  'event-seats',
  'payload-jobs',
  'donations',
  'monthly-donations',
  'group-ledger',
  'stripe-events',
  'translation-status',
  'french-sources',
  'payload-kv',
])

type TransactionId = string | number
/** Per open transaction: whether it saved anything public, or only private collections. */
const globalStore = globalThis as typeof globalThis & { __hubTransactionWrites?: Map<TransactionId, 'public' | 'private'> }
const transactionWrites = (globalStore.__hubTransactionWrites ??= new Map<TransactionId, 'public' | 'private'>())

const transactionOf = (id: unknown): TransactionId | null => (typeof id === 'string' || typeof id === 'number' ? id : null)

/**
 * Notes a save to `collection`, in `transaction` if any: a public collection empties the cache at
 * once (and again at the commit). Payload's hooks call it; so do the writes made beneath Payload.
 */
export const noteWrite = (collection: string, transaction: unknown): void => {
  const id = transactionOf(transaction)
  const kind = neverPublic.has(collection) ? 'private' : 'public'
  if (kind === 'public') invalidatePublicResponses()
  if (id !== null && transactionWrites.get(id) !== 'public') transactionWrites.set(id, kind)
}

/** A transaction ended (committed or rolled back): forgets it, and says whether its commit must empty the cache. */
export const endTransaction = (transaction: unknown): { savedPublic: boolean } => {
  const id = transactionOf(transaction)
  if (id === null) return { savedPublic: false }
  const writes = transactionWrites.get(id)
  transactionWrites.delete(id)
  // Nothing noted (a write beneath Payload that did not say): assumed public.
  return { savedPublic: writes !== 'private' }
}
