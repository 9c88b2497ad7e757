import type { Payload, PayloadRequest } from 'payload'

import { queueRegistrationEmail } from '../jobs/registrationEmails'
import type { Registration } from '../payload-types'
import { releaseSeats, seatsOfParty, takeSeatsMakingRow } from './seats'
import { capacityOf, moveStatus, promoteWaitlist } from './waitlist'

/**
 * A registration's status changed by staff (edit view, bulk edit, API), with its seats: a person
 * who comes in takes their seats if they fit, one who leaves gives them back and the waitlist
 * moves up. Every step is a conditional update, run in the request's transaction when the
 * database has one (PostgreSQL): two organisers moving the last seat at once, one wins; a move
 * refused or failing later leaves nothing changed. SQLite has no transactions: each step holds
 * on its own, and a move that cannot finish gives back what it took. A person who leaves the
 * waitlist for a seat gets the 'promoted' email, queued in the same transaction.
 */

type Status = Registration['status']

export type ManualMoveOutcome = 'moved' | 'not-enough-seats' | 'changed-meanwhile'

/** Confirmed and attended people hold their seats; waitlisted and cancelled ones hold none. */
const holdsSeats = (status: Status) => status === 'confirmed' || status === 'attended'

/** Moves `registration` (as read before the change) to `to`, moving its seats with it. */
export const moveRegistration = async (
  payload: Payload,
  registration: Pick<Registration, 'id' | 'event' | 'status' | 'seats' | 'guests'>,
  to: Status,
  req?: PayloadRequest,
): Promise<ManualMoveOutcome> => {
  const { id, status: from } = registration
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  const seats = registration.seats ?? seatsOfParty(registration.guests)

  if (holdsSeats(from) === holdsSeats(to)) return (await moveStatus(payload, id, from, to, req)) ? 'moved' : 'changed-meanwhile'

  if (holdsSeats(to)) {
    if (!(await takeSeatsMakingRow(payload, eventId, seats, await capacityOf(payload, eventId, req), req))) {
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
  await promoteWaitlist(payload, eventId, { req, passOver: id })
  return 'moved'
}
