import { and, eq, gte, lte, sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { updateIfMatches } from './conditionalUpdate'

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

/** Makes the event's seat row if it has none (two at once: the unique key keeps one). */
export const ensureSeatRow = async (payload: Payload, eventId: Id): Promise<void> => {
  if ((await confirmedSeatsRow(payload, eventId)) !== undefined) return
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

/** The event's seat row's count, if it has a row. */
const confirmedSeatsRow = async (payload: Payload, eventId: Id): Promise<number | undefined> =>
  (await payload.find({ collection: 'event-seats', where: { event: { equals: eventId } }, depth: 0, limit: 1, pagination: false })).docs[0]
    ?.confirmedSeats

/** The event's confirmed seats now. */
export const confirmedSeats = async (payload: Payload, eventId: Id): Promise<number> => (await confirmedSeatsRow(payload, eventId)) ?? 0
