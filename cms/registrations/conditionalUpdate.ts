import { type Column, type SQL, sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { noteWrite } from '../cache/transactionWrites'
import { databaseKind } from '../database'
import { env } from '../../env'

/**
 * One atomic "change this row if it is still as expected", on whichever database the CMS runs:
 * the way seats and registration states change, so that nothing is read first and written after.
 * Payload's API has no conditional update, so this speaks to the adapter underneath; so do the
 * sign-up's plain inserts, to save Payload's read back of what it wrote.
 */

type Table = Record<string, Column>

interface Returning {
  returning: (fields: Record<string, Column>) => Promise<unknown[]>
}

interface DrizzleDatabase {
  select: (fields: Record<string, Column>) => {
    from: (table: Table) => { where: (condition: SQL | undefined) => { limit: (count: number) => Promise<Record<string, unknown>[]> } }
  }
  insert: (table: Table) => {
    values: (values: Record<string, unknown> | Record<string, unknown>[]) => Returning & {
      onConflictDoNothing: () => Returning
      onConflictDoUpdate: (config: { target: Column[]; set: Record<string, SQL> }) => Promise<unknown>
    }
  }
  update: (table: Table) => { set: (values: Record<string, unknown>) => { where: (condition: SQL | undefined) => Returning } }
  delete: (table: Table) => { where: (condition: SQL | undefined) => Returning }
}

/** The SQL adapters' drizzle objects, as far as this module uses them (Payload types them loosely). */
interface SqlAdapter {
  drizzle: DrizzleDatabase & { batch?: (queries: unknown[]) => Promise<unknown[]> }
  sessions?: Record<string, { db: DrizzleDatabase } | undefined>
  tables: Record<string, Table | undefined>
}

interface MongoAdapter {
  collections: Record<
    string,
    | {
        findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown>
        findOneAndDelete: (filter: object, options: object) => Promise<unknown>
        updateOne: (filter: object, update: object, options: object) => Promise<unknown>
        bulkWrite: (operations: object[], options: object) => Promise<unknown>
      }
    | undefined
  >
  sessions?: Record<string, unknown>
}

export interface ConditionalUpdate {
  /** SQL: the condition and the new values, over the collection's drizzle table (columns by field name). */
  sql: (table: Table) => { where: SQL | undefined; set: Record<string, unknown> }
  /** MongoDB: the same, as a filter and an update. */
  mongo: { filter: object; update: object }
}

/** The transaction a request runs in, if any: the change commits or rolls back with the rest. */
const transactionOf = (req?: Partial<PayloadRequest>) => (typeof req?.transactionID === 'string' ? req.transactionID : '')

/** The drizzle database to write with (the request's transaction, if any) and the collection's table. */
const sqlTarget = (payload: Payload, collection: string, req?: Partial<PayloadRequest>) => {
  const adapter = payload.db as unknown as SqlAdapter
  return {
    db: adapter.sessions?.[transactionOf(req)]?.db ?? adapter.drizzle,
    table: adapter.tables[collection.replaceAll('-', '_')]!,
  }
}

/** Applies `change` to the row of `collection` it matches; says whether one did. */
export const updateIfMatches = async (
  payload: Payload,
  collection: 'event-seats' | 'registrations' | 'donations' | 'monthly-donations',
  change: ConditionalUpdate,
  req?: Partial<PayloadRequest>,
): Promise<boolean> => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    const adapter = payload.db as unknown as MongoAdapter
    const updated = await adapter.collections[collection]!.findOneAndUpdate(change.mongo.filter, change.mongo.update, {
      session: adapter.sessions?.[transactionOf(req)],
    })
    return updated !== null
  }
  const { db, table } = sqlTarget(payload, collection, req)
  const { where, set } = change.sql(table)
  const changed = await db.update(table).set(set).where(where).returning({ id: table.id! })
  return changed.length === 1
}

/** Deletes the row of `collection` that matches (`sql`'s condition, or the `mongo` filter); says whether one did. */
export const deleteIfMatches = async (
  payload: Payload,
  collection: 'registrations',
  match: { sql: (table: Table) => SQL | undefined; mongo: object },
): Promise<boolean> => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    return (await (payload.db as unknown as MongoAdapter).collections[collection]!.findOneAndDelete(match.mongo, {})) !== null
  }
  const { db, table } = sqlTarget(payload, collection)
  return (await db.delete(table).where(match.sql(table)).returning({ id: table.id! })).length === 1
}

/**
 * Inserts a row into `collection` unless one with the same unique key is there (then nothing
 * happens; one being inserted by a transaction not yet committed is waited for). `sql`: the row's
 * values by field name; `mongo`: the unique key as a filter, and the row's values. Says whether it inserted.
 */
export const insertIfAbsent = async (
  payload: Payload,
  collection: 'event-seats' | 'group-ledger' | 'stripe-events' | 'payload-kv',
  row: { sql: (table: Table) => Record<string, unknown>; mongo: { filter: object; values: object } },
  req?: Partial<PayloadRequest>,
): Promise<boolean> => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    const adapter = payload.db as unknown as MongoAdapter
    const result = (await adapter.collections[collection]!.updateOne(
      row.mongo.filter,
      { $setOnInsert: row.mongo.values },
      { upsert: true, session: adapter.sessions?.[transactionOf(req)] },
    )) as { upsertedCount?: number }
    return (result.upsertedCount ?? 0) > 0
  }
  const { db, table } = sqlTarget(payload, collection, req)
  const inserted = (await db.insert(table).values(row.sql(table)).onConflictDoNothing().returning({ id: table.id! })) as unknown[]
  if (inserted.length > 0) noteWrite(collection, req?.transactionID)
  return inserted.length > 0
}

/** Rows written at once by `writeKeyedRows`: well under SQLite's 32,766 bound parameters. */
const rowsPerStatement = 1000

/**
 * Many rows to write into a collection with a unique key: `key` names its fields; `now` stamps
 * the rows; where a row with the same key is stored, `existing` says whether it is updated in
 * place or kept as it is.
 */
interface KeyedRows {
  key: readonly string[]
  rows: readonly Record<string, unknown>[]
  now: string
  existing: 'update' | 'keep'
}

/**
 * One row per key (the last given), in the order of their keys: PostgreSQL refuses a statement
 * updating one row twice, and two transactions writing shared keys (two documents' saves with
 * the same French text) in opposite orders would each wait for the other: a deadlock, one save refused.
 */
const oneRowPerKeyInKeyOrder = (key: readonly string[], rows: readonly Record<string, unknown>[]) => {
  const byKey = new Map(rows.map((row) => [JSON.stringify(key.map((name) => String(row[name]))), row]))
  return [...byKey.keys()].sort().map((rowKey) => byKey.get(rowKey)!)
}

/**
 * Writes `rows` into `collection`, each inserted unless a row with its unique key is stored (then
 * updated or kept, as `existing` says): one statement per thousand rows, atomic against a
 * concurrent write of the same row. Beneath Payload: no hooks, no validation; values by field name.
 */
export const writeKeyedRows = async (
  payload: Payload,
  collection: 'translation-status' | 'french-sources',
  { key, rows: given, now, existing }: KeyedRows,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  if (given.length === 0) return
  const rows = oneRowPerKeyInKeyOrder(key, given)
  noteWrite(collection, req?.transactionID)
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    const adapter = payload.db as unknown as MongoAdapter
    const stamps = { createdAt: new Date(now), updatedAt: new Date(now) }
    await adapter.collections[collection]!.bulkWrite(
      rows.map((row) => ({
        updateOne: {
          filter: Object.fromEntries(key.map((name) => [name, row[name]])),
          update:
            existing === 'update'
              ? { $set: { ...row, updatedAt: stamps.updatedAt }, $setOnInsert: { createdAt: stamps.createdAt } }
              : { $setOnInsert: { ...row, ...stamps } },
          upsert: true,
        },
      })),
      { ordered: false, session: adapter.sessions?.[transactionOf(req)] },
    )
    return
  }
  const { db, table } = sqlTarget(payload, collection, req)
  const updated = [...Object.keys(rows[0]!), 'updatedAt'].filter((name) => !key.includes(name))
  const set = Object.fromEntries(updated.map((name) => [name, sql.raw(`excluded."${table[name]!.name}"`)]))
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const insert = db
      .insert(table)
      .values(rows.slice(start, start + rowsPerStatement).map((row) => ({ ...row, createdAt: now, updatedAt: now })))
    await (existing === 'update'
      ? insert.onConflictDoUpdate({ target: key.map((name) => table[name]!), set })
      : insert.onConflictDoNothing())
  }
}

/**
 * SQL only: inserts a row into `collection` (values by column key) and gives its id. Beneath
 * Payload: no hooks, no validation, nothing read back, where Payload's create costs a sign-up
 * more than a millisecond reading back what it wrote. For the sign-up's hot path only, whose
 * callers validate and fill every column themselves.
 */
export const insertReturningId = async (
  payload: Payload,
  collection: 'payload-jobs' | 'registrations',
  values: Record<string, unknown>,
  req?: Partial<PayloadRequest>,
): Promise<number | string> => {
  const { db, table } = sqlTarget(payload, collection, req)
  const [row] = (await db.insert(table).values(values).returning({ id: table.id! })) as { id: number | string }[]
  // As Payload's hooks would: the public API cache learns that this transaction saved a private collection.
  noteWrite(collection, req?.transactionID)
  return row!.id
}

/**
 * SQL only: inserts a row into `collection` and its array rows into `<collection>_<array>` (by
 * column key, each given its parent's id and order), in one transaction: the parent's row, with
 * its array rows or not at all; gives the parent's id. Beneath Payload as insertReturningId, for
 * the donation form's hot path.
 */
export const insertWithArrayRows = async (
  payload: Payload,
  collection: 'donations' | 'monthly-donations',
  values: Record<string, unknown>,
  array: { name: string; rows: Record<string, unknown>[] },
): Promise<number | string> => {
  const adapter = payload.db as unknown as SqlAdapter & {
    drizzle: { transaction?: <T>(work: (tx: DrizzleDatabase) => Promise<T>) => Promise<T> }
  }
  const parent = sqlTarget(payload, collection)
  const child = adapter.tables[`${collection.replaceAll('-', '_')}_${array.name}`]!
  const rowsOf = (parentId: unknown) => array.rows.map((row, index) => ({ ...row, _order: index + 1, _parentID: parentId }))
  noteWrite(collection, undefined)
  if (databaseKind(env.databaseUrl) === 'sqlite') {
    // One libsql batch: one commit, and no other request's statement between them on the shared
    // connection, so the parent is the table's last row (last_insert_rowid() would move with each array row).
    const [rows] = (await adapter.drizzle.batch!([
      parent.db.insert(parent.table).values(values).returning({ id: parent.table.id! }),
      ...(array.rows.length > 0
        ? [parent.db.insert(child).values(rowsOf(sql`(select max(${parent.table.id!}) from ${parent.table})`) as never)]
        : []),
    ])) as [{ id: number | string }[]]
    return rows[0]!.id
  }
  return adapter.drizzle.transaction!(async (tx) => {
    const [row] = (await tx.insert(parent.table).values(values).returning({ id: parent.table.id! })) as { id: number | string }[]
    if (array.rows.length > 0) await tx.insert(child).values(rowsOf(row!.id) as never)
    return row!.id
  })
}

/**
 * SQL only: the first row of `collection` that matches, its id and status. A plain select, for
 * the sign-up's hot path: Payload's find costs more than the query itself.
 */
export const firstIdAndStatus = async (
  payload: Payload,
  collection: 'registrations',
  match: (table: Table) => SQL | undefined,
): Promise<{ id: number | string; status: string } | undefined> => {
  const { db, table } = sqlTarget(payload, collection)
  const [row] = await db.select({ id: table.id!, status: table.status! }).from(table).where(match(table)).limit(1)
  return row as { id: number | string; status: string } | undefined
}

/**
 * SQLite only: inserts a row into `first` and one into `second`, whose values may name the first's
 * id, in one transaction (a libsql batch: one commit, and no other request's statement between
 * them on the shared connection); gives the first's id.
 */
export const insertPairOnSqlite = async (
  payload: Payload,
  first: { collection: 'registrations'; values: Record<string, unknown> },
  second: { collection: 'payload-jobs'; values: (firstId: SQL) => Record<string, unknown> },
): Promise<number | string> => {
  const { drizzle } = payload.db as unknown as SqlAdapter
  const one = sqlTarget(payload, first.collection)
  const two = sqlTarget(payload, second.collection)
  const [rows] = (await drizzle.batch!([
    one.db.insert(one.table).values(first.values).returning({ id: one.table.id! }),
    two.db.insert(two.table).values(second.values(sql`last_insert_rowid()`)),
  ])) as [{ id: number | string }[]]
  return rows[0]!.id
}
