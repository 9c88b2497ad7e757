import { and, eq } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { queueRegistrationEmail } from '../jobs/registrationEmails'
import type { Registration } from '../payload-types'
import { updateIfMatches } from './conditionalUpdate'
import { releaseSeats, seatsOfParty, takeSeats } from './seats'

type Id = number | string
type Status = Registration['status']

/** Moves a registration from `from` to `to` if it is still in `from`; says whether it did. */
export const moveStatus = (payload: Payload, id: Id, from: Status, to: Status, req?: PayloadRequest) =>
  updateIfMatches(
    payload,
    'registrations',
    {
      sql: (table) => ({ where: and(eq(table.id!, id), eq(table.status!, from)), set: { status: to } }),
      mongo: { filter: { _id: id, status: from }, update: { $set: { status: to } } },
    },
    req,
  )

/** The event's capacity (null: unlimited). */
export const capacityOf = async (payload: Payload, eventId: Id, req?: PayloadRequest) =>
  (await payload.findByID({ collection: 'events', id: eventId, depth: 0, disableErrors: true, select: { registration: true }, req }))
    ?.registration?.capacity ?? null

/**
 * Confirms waitlisted people, first come first served, while their seats (with their guests) fit:
 * each takes its seats by the conditional update, then leaves the waitlist by another. One who
 * does not fit is skipped, so a smaller party behind them may still come in; once a party of n
 * did not fit, no party of n or more is tried (a long waitlist is not walked for nothing). A
 * person promoted meanwhile by someone else gives the seats back, and the waitlist is read afresh:
 * another move may have passed people over while those seats were held. Each person promoted gets
 * the 'promoted' email, queued. `req`: the transaction to run in (a staff move); `passOver`: the
 * person staff just sent back to the waitlist, not to be brought straight back.
 */
export const promoteWaitlist = async (
  payload: Payload,
  eventId: Id,
  { req, passOver }: { req?: PayloadRequest; passOver?: Id } = {},
): Promise<Id[]> => {
  const capacity = await capacityOf(payload, eventId, req)
  const promoted: Id[] = []
  for (let readAgain = true; readAgain;) {
    readAgain = false
    const { docs: waiting } = await payload.find({
      collection: 'registrations',
      where: {
        and: [
          { event: { equals: eventId } },
          { status: { equals: 'waitlisted' } },
          ...(passOver === undefined ? [] : [{ id: { not_equals: passOver } }]),
        ],
      },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      select: { seats: true, guests: true },
      req,
    })
    let tooLarge = Infinity
    for (const person of waiting) {
      const seats = person.seats ?? seatsOfParty(person.guests)
      if (seats >= tooLarge) continue
      if (!(await takeSeats(payload, eventId, seats, capacity, req))) {
        tooLarge = seats
        if (seats <= 1) break
        continue
      }
      if (await moveStatus(payload, person.id, 'waitlisted', 'confirmed', req)) {
        promoted.push(person.id)
        await queueRegistrationEmail(payload, person.id, 'promoted', req)
        continue
      }
      await releaseSeats(payload, eventId, seats, req)
      readAgain = true
      break
    }
  }
  return promoted
}
