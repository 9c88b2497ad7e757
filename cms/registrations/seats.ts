import { type Column, and, eq, gte, lte, sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'

/**
 * An event's confirmed seats (guests included) change only by a conditional update of its one
 * `event-seats` row: "add n if it stays within capacity", "remove n if that many are taken". The
 * database applies each atomically, so capacity holds whatever runs at the same time; nothing is
 * read first and written after.
 */

type Id = number | string

/** The SQL adapters' drizzle objects, as far as this module uses them (Payload types them loosely). */
interface SqlAdapter {
  drizzle: DrizzleDatabase
  sessions?: Record<string, { db: DrizzleDatabase } | undefined>
  tables: Record<string, { id: Column; event: Column; confirmedSeats: Column } | undefined>
}
interface DrizzleDatabase {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
    }
  }
}
interface MongoAdapter {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown> }>
}

/** The transaction a request runs in, if any: the seat change commits or rolls back with the registration. */
const transactionOf = (req?: Partial<PayloadRequest>) => (typeof req?.transactionID === 'string' ? req.transactionID : undefined)

/** Changes the seats by `delta` when the result stays within [0, capacity]; says whether it did. */
const changeSeats = async (payload: Payload, eventId: Id, delta: number, capacity: number | null, req?: Partial<PayloadRequest>) => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    const seats = (payload.db as unknown as MongoAdapter).collections['event-seats']!
    const within =
      delta > 0
        ? capacity === null
          ? {}
          : { $expr: { $lte: [{ $add: ['$confirmedSeats', delta] }, capacity] } }
        : { confirmedSeats: { $gte: -delta } }
    const session = (payload.db as unknown as { sessions?: Record<string, unknown> }).sessions?.[transactionOf(req) ?? '']
    const updated = await seats.findOneAndUpdate({ event: eventId, ...within }, { $inc: { confirmedSeats: delta } }, { session })
    return updated !== null
  }
  const adapter = payload.db as unknown as SqlAdapter
  const db = adapter.sessions?.[transactionOf(req) ?? '']?.db ?? adapter.drizzle
  const table = adapter.tables.event_seats!
  const after = sql`${table.confirmedSeats} + ${delta}`
  const condition =
    delta > 0
      ? capacity === null
        ? eq(table.event, eventId)
        : and(eq(table.event, eventId), lte(after, capacity))
      : and(eq(table.event, eventId), gte(after, 0))
  const changed = await db.update(table).set({ confirmedSeats: after }).where(condition).returning({ id: table.id })
  return changed.length === 1
}

/** Makes the event's seat row if it has none (two at once: the unique key keeps one). */
export const ensureSeatRow = async (payload: Payload, eventId: Id): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'event-seats', where: { event: { equals: eventId } } })
  if (totalDocs > 0) return
  await payload
    .create({ collection: 'event-seats', data: { event: eventId as number, confirmedSeats: 0 } })
    .catch(async (error: unknown) => {
      // Made meanwhile by another sign-up: fine. Anything else is a real failure.
      const { totalDocs: now } = await payload.count({ collection: 'event-seats', where: { event: { equals: eventId } } })
      if (now === 0) throw error
    })
}

/** Takes `seats` seats if the event has room (capacity null: unlimited). */
export const takeSeats = (payload: Payload, eventId: Id, seats: number, capacity: number | null, req?: Partial<PayloadRequest>) =>
  changeSeats(payload, eventId, seats, capacity, req)

/** Gives back `seats` seats (a cancellation); never below zero. */
export const releaseSeats = (payload: Payload, eventId: Id, seats: number, req?: Partial<PayloadRequest>) =>
  changeSeats(payload, eventId, -seats, null, req)

/** The event's confirmed seats now. */
export const confirmedSeats = async (payload: Payload, eventId: Id): Promise<number> => {
  const { docs } = await payload.find({ collection: 'event-seats', where: { event: { equals: eventId } }, depth: 0, limit: 1 })
  return docs[0]?.confirmedSeats ?? 0
}
