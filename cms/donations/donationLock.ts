import { sql } from 'drizzle-orm'
import {
  type DataFromCollectionSlug,
  type Payload,
  type PayloadRequest,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
} from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'

/**
 * Money is decided one person at a time. Whether a payment fits under the person's yearly cap is a
 * sum over their other payments: two confirmations of the same person must not both read the sum
 * before either adds to it. So each runs holding that person's locks, and writes all it decides
 * or nothing:
 * - PostgreSQL: one transaction holding an advisory lock per key (sorted: two people's locks are
 *   always taken in the same order), released by its commit or rollback;
 * - SQLite: the CMS is its one process and the database has one writer: one decision at a time
 *   in this process (a transaction held across awaits would leave every other writer busy);
 * - MongoDB: the same queue, in a transaction where the server offers one.
 */

type Work<T> = (req: PayloadRequest) => Promise<T>

interface SqlSession {
  db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
}

const queueKey = Symbol.for('resource-hub.donationLock')
const globalQueue = globalThis as unknown as Record<symbol, Promise<unknown> | undefined>

/** Runs `work` after every decision queued before it in this process (a failed one does not stop the next). */
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const previous = globalQueue[queueKey] ?? Promise.resolve()
  const result = previous.then(work, work)
  globalQueue[queueKey] = result.catch(() => undefined)
  return result
}

const inTransaction = async <T>(payload: Payload, keys: readonly string[], work: Work<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const started = Boolean(await initTransaction(req))
  try {
    if (started && databaseKind(env.databaseUrl) === 'postgres') {
      const session = (payload.db as unknown as { sessions: Record<string, SqlSession> }).sessions[req.transactionID as string]!
      for (const key of [...new Set(keys)].sort()) await session.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
    }
    const result = await work(req)
    if (started) await commitTransaction(req)
    return result
  } finally {
    // Ends it unless committed (a no-op then): nothing of a failed decision stays.
    await killTransaction(req)
  }
}

/** Runs `work` holding the locks named by `keys` (the person's), in a transaction where the database has them. */
export const withPersonLock = <T>(payload: Payload, keys: readonly string[], work: Work<T>): Promise<T> =>
  databaseKind(env.databaseUrl) === 'postgres' ? inTransaction(payload, keys, work) : oneAtATime(() => inTransaction(payload, keys, work))

type Id = number | string
type MoneyCollection = 'donations' | 'monthly-donations'

/** The donor's locks: their email and their name and postcode, the two ways the cap knows a person (an anonymised row: its own id). */
const personKeys = (collection: MoneyCollection, row: { id: Id; donor?: { email?: string | null; personKey?: string | null } | null }) =>
  row.donor?.email || row.donor?.personKey
    ? [`email:${row.donor.email ?? ''}`, `person:${row.donor.personKey ?? ''}`]
    : [`${collection}:${row.id}`]

const readRow = <C extends MoneyCollection>(payload: Payload, collection: C, id: Id, req?: PayloadRequest) =>
  payload.findByID({ collection, id, depth: 0, disableErrors: true, req }) as Promise<DataFromCollectionSlug<C> | null>

/**
 * Runs `decide` with the donation (or monthly donation) read again under its donor's lock, in the
 * lock's transaction; nothing when there is no such row.
 */
export const underDonorsLock = async <C extends MoneyCollection, T>(
  payload: Payload,
  collection: C,
  id: Id,
  decide: (row: DataFromCollectionSlug<C>, req: PayloadRequest) => Promise<T>,
): Promise<T | undefined> => {
  const first = await readRow(payload, collection, id)
  if (!first) return undefined
  return withPersonLock(payload, personKeys(collection, first), async (req) => {
    const row = await readRow(payload, collection, id, req)
    return row ? decide(row, req) : undefined
  })
}

/**
 * Moves the row from one of the statuses `from` to what `data` says; says whether it moved (it had
 * not already). Forward moves only: a late or repeated event finds its move made and changes nothing.
 */
export const moveStatus = async <C extends MoneyCollection>(
  payload: Payload,
  collection: C,
  id: Id,
  from: readonly DataFromCollectionSlug<C>['status'][],
  data: Partial<DataFromCollectionSlug<C>>,
  req: PayloadRequest,
) => {
  const { docs } = await payload.update({
    collection,
    where: { and: [{ id: { equals: id } }, { status: { in: [...from] } }] },
    data: data as never,
    depth: 0,
    select: { status: true },
    req,
  })
  return docs.length === 1
}
