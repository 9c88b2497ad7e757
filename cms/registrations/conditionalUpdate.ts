import type { Column, SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'

/**
 * One atomic "change this row if it is still as expected", on whichever database the CMS runs:
 * the way seats and registration states change, so that nothing is read first and written after.
 * Payload's API has no conditional update, so this speaks to the adapter underneath.
 */

type Table = Record<string, Column>

interface DrizzleDatabase {
  update: (table: Table) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: SQL | undefined) => { returning: (fields: Record<string, Column>) => Promise<unknown[]> }
    }
  }
}

/** The SQL adapters' drizzle objects, as far as this module uses them (Payload types them loosely). */
interface SqlAdapter {
  drizzle: DrizzleDatabase
  sessions?: Record<string, { db: DrizzleDatabase } | undefined>
  tables: Record<string, Table | undefined>
}

interface MongoAdapter {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown> } | undefined>
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

/** Applies `change` to the row of `collection` it matches; says whether one did. */
export const updateIfMatches = async (
  payload: Payload,
  collection: 'event-seats' | 'registrations',
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
  const adapter = payload.db as unknown as SqlAdapter
  const db = adapter.sessions?.[transactionOf(req)]?.db ?? adapter.drizzle
  const table = adapter.tables[collection.replaceAll('-', '_')]!
  const { where, set } = change.sql(table)
  const changed = await db.update(table).set(set).where(where).returning({ id: table.id! })
  return changed.length === 1
}
