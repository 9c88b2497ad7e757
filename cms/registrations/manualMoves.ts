import { and, eq } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { queueRegistrationEmail } from '../jobs/registrationEmails'
import type { Registration } from '../payload-types'
import { updateIfMatches } from './conditionalUpdate'
import { ensureSeatRow, releaseSeats, takeSeats } from './seats'

/**
 * A registration's status changed by staff (edit view, bulk edit, API), with its seats: a person
 * who comes in takes their seats if they fit, one who leaves gives them back and the waitlist
 * moves up. Every step is a conditional update, run in the request's transaction when the
 * database has one (PostgreSQL): two organisers moving the last seat at once, one wins; a move
 * refused or failing later leaves nothing changed. SQLite has no transactions: each step holds
 * on its own, and a move that cannot finish gives back what it took. A person who leaves the
 * waitlist for a seat gets the 'promoted' email, queued in the same transaction.
 */

type Id = number | string
type Status = Registration['status']

export type ManualMoveOutcome = 'moved' | 'not-enough-seats' | 'changed-meanwhile'

/** Confirmed and attended people hold their seats; waitlisted and cancelled ones hold none. */
const holdsSeats = (status: Status) => status === 'confirmed' || status === 'attended'

/** Moves a registration from `from` to `to` if it is still in `from`; says whether it did. */
const moveStatus = (payload: Payload, id: Id, from: Status, to: Status, req?: PayloadRequest) =>
  updateIfMatches(
    payload,
    'registrations',
    {
      sql: (table) => ({ where: and(eq(table.id!, id), eq(table.status!, from)), set: { status: to } }),
      mongo: { filter: { _id: id, status: from }, update: { $set: { status: to } } },
    },
    req,
  )

const capacityOf = async (payload: Payload, eventId: Id, req?: PayloadRequest) =>
  (await payload.findByID({ collection: 'events', id: eventId, depth: 0, disableErrors: true, req }))?.registration?.capacity ?? null

/**
 * Confirms waitlisted people, first come first served, while their seats fit, inside the
 * request's transaction (the cancel link's promotion, cms/registrations/cancel.ts, runs outside
 * any, which would wait for this transaction's locks). As there: a person promoted meanwhile by
 * someone else gives the seats back and the waitlist is read afresh. `passOver`: the person staff
 * just sent back to the waitlist, not to be brought straight back.
 */
const promoteWithin = async (payload: Payload, eventId: Id, passOver: Id, req?: PayloadRequest): Promise<void> => {
  const capacity = await capacityOf(payload, eventId, req)
  for (let readAgain = true; readAgain;) {
    readAgain = false
    const { docs: waiting } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }, { id: { not_equals: passOver } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      select: { seats: true, guests: true },
      req,
    })
    for (const person of waiting) {
      const seats = person.seats ?? 1 + (person.guests ?? 0)
      if (!(await takeSeats(payload, eventId, seats, capacity, req))) continue
      if (await moveStatus(payload, person.id, 'waitlisted', 'confirmed', req)) {
        await queueRegistrationEmail(payload, person.id, 'promoted', req)
        continue
      }
      await releaseSeats(payload, eventId, seats, req)
      readAgain = true
      break
    }
  }
}

/** Moves `registration` (as read before the change) to `to`, moving its seats with it. */
export const moveRegistration = async (
  payload: Payload,
  registration: Pick<Registration, 'id' | 'event' | 'status' | 'seats' | 'guests'>,
  to: Status,
  req?: PayloadRequest,
): Promise<ManualMoveOutcome> => {
  const { id, status: from } = registration
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  const seats = registration.seats ?? 1 + (registration.guests ?? 0)

  if (holdsSeats(from) === holdsSeats(to)) return (await moveStatus(payload, id, from, to, req)) ? 'moved' : 'changed-meanwhile'

  if (holdsSeats(to)) {
    await ensureSeatRow(payload, eventId)
    if (!(await takeSeats(payload, eventId, seats, await capacityOf(payload, eventId, req), req))) {
      return 'not-enough-seats'
    }
    if (await moveStatus(payload, id, from, to, req)) {
      // Taken off the waitlist by hand: told as if a seat had freed up.
      if (from === 'waitlisted' && to === 'confirmed') await queueRegistrationEmail(payload, id, 'promoted', req)
      return 'moved'
    }
    await releaseSeats(payload, eventId, seats, req)
    return 'changed-meanwhile'
  }

  if (!(await moveStatus(payload, id, from, to, req))) return 'changed-meanwhile'
  // A row written without its seats (by an admin, through the API) has none to give back.
  await releaseSeats(payload, eventId, seats, req)
  await promoteWithin(payload, eventId, id, req)
  return 'moved'
}
