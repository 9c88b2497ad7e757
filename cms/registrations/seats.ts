import { and, eq, gte, lte, sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { insertIfAbsent, updateIfMatches } from './conditionalUpdate'

/**
 * An event's confirmed seats (guests included) change only by a conditional update of its one
 * `event-seats` row: "add n if it stays within capacity", "remove n if that many are taken". The
 * database applies each atomically, so capacity holds whatever runs at the same time; nothing is
 * read first and written after.
 */

type Id = number | string

/** Changes the seats by `delta` when the result stays within [0, capacity]; says whether it did. */
const changeSeats = (payload: Payload, eventId: Id, delta: number, capacity: number | null, req?: Partial<PayloadRequest>) =>
  updateIfMatches(
    payload,
    'event-seats',
    {
      sql: (table) => {
        const after = sql`${table.confirmedSeats} + ${delta}`
        const within = delta > 0 ? (capacity === null ? undefined : lte(after, capacity)) : gte(after, 0)
        return { where: and(eq(table.event!, eventId), within), set: { confirmedSeats: after } }
      },
      mongo: {
        filter: {
          event: eventId,
          ...(delta > 0
            ? capacity === null
              ? {}
              : { $expr: { $lte: [{ $add: ['$confirmedSeats', delta] }, capacity] } }
            : { confirmedSeats: { $gte: -delta } }),
        },
        update: { $inc: { confirmedSeats: delta } },
      },
    },
    req,
  )

/** Makes the event's seat row if it has none (two at once: the unique key keeps one, and neither fails). */
export const ensureSeatRow = (payload: Payload, eventId: Id, req?: Partial<PayloadRequest>): Promise<boolean> =>
  insertIfAbsent(
    payload,
    'event-seats',
    {
      sql: () => ({ event: eventId, confirmedSeats: 0 }),
      mongo: { filter: { event: eventId }, values: { event: eventId, confirmedSeats: 0, createdAt: new Date(), updatedAt: new Date() } },
    },
    req,
  )

/** The seats a registration takes: the person and their guests. */
export const seatsOfParty = (guests: number | null | undefined) => 1 + (guests ?? 0)

/** Takes `seats` seats if the event has room (capacity null: unlimited). */
export const takeSeats = (payload: Payload, eventId: Id, seats: number, capacity: number | null, req?: Partial<PayloadRequest>) =>
  changeSeats(payload, eventId, seats, capacity, req)

/** Takes seats as takeSeats does, first making the event's seat row if it has none (its first sign-up). */
export const takeSeatsMakingRow = async (
  payload: Payload,
  eventId: Id,
  seats: number,
  capacity: number | null,
  req?: Partial<PayloadRequest>,
): Promise<boolean> => {
  if (await takeSeats(payload, eventId, seats, capacity, req)) return true
  // No room, or no row yet: the event's first sign-up makes it (or waits for the one making it).
  await ensureSeatRow(payload, eventId, req)
  return takeSeats(payload, eventId, seats, capacity, req)
}

/** Gives back `seats` seats (a cancellation); never below zero. */
export const releaseSeats = (payload: Payload, eventId: Id, seats: number, req?: Partial<PayloadRequest>) =>
  changeSeats(payload, eventId, -seats, null, req)

/** The event's confirmed seats now. */
export const confirmedSeats = async (payload: Payload, eventId: Id): Promise<number> =>
  (await payload.find({ collection: 'event-seats', where: { event: { equals: eventId } }, depth: 0, limit: 1, pagination: false })).docs[0]
    ?.confirmedSeats ?? 0
