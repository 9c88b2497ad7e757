import { and, eq, inArray } from 'drizzle-orm'
import type { Payload } from 'payload'

import { queueRegistrationEmail } from '../jobs/registrationEmails'
import type { Registration } from '../payload-types'
import { hashCancelToken } from './cancelToken'
import { updateIfMatches } from './conditionalUpdate'
import { releaseSeats, takeSeats } from './seats'

type Id = number | string

export type CancelOutcome = 'cancelled' | 'not-found'

export interface CancelResult {
  outcome: CancelOutcome
  /** The waitlisted registrations now confirmed, to be told so. */
  promoted: Id[]
}

/** Moves a registration from one state to another if it is still in one of `from`; says whether it did. */
const moveState = (payload: Payload, id: Id, from: Registration['status'][], to: Registration['status']) =>
  updateIfMatches(payload, 'registrations', {
    sql: (table) => ({ where: and(eq(table.id!, id), inArray(table.status!, from)), set: { status: to } }),
    mongo: { filter: { _id: id, status: { $in: from } }, update: { $set: { status: to } } },
  })

/**
 * Confirms waitlisted people, first come first served, while their seats (with their guests) fit:
 * each takes its seats by the conditional update, then leaves the waitlist by another. One who
 * does not fit is skipped, so a smaller party behind them may still come in. A person promoted
 * meanwhile by a concurrent cancellation gives the seats back, and the waitlist is read afresh:
 * another cancellation may have passed people over while those seats were held. Each person
 * promoted gets the 'promoted' email (queued).
 */
export const promoteWaitlist = async (payload: Payload, eventId: Id): Promise<Id[]> => {
  const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, disableErrors: true })
  const capacity = event?.registration?.capacity ?? null
  const promoted: Id[] = []
  for (let readAgain = true; readAgain;) {
    readAgain = false
    const { docs: waiting } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
    for (const person of waiting) {
      const seats = person.seats ?? 1 + (person.guests ?? 0)
      if (!(await takeSeats(payload, eventId, seats, capacity))) continue
      if (await moveState(payload, person.id, ['waitlisted'], 'confirmed')) {
        promoted.push(person.id)
        await queueRegistrationEmail(payload, person.id, 'promoted')
        continue
      }
      await releaseSeats(payload, eventId, seats)
      readAgain = true
      break
    }
  }
  return promoted
}

/**
 * Cancels the registration the personal link's token names, without an account: its seats are
 * freed and the waitlist moves up, and the person's data is erased from the row (the counts stay:
 * status, seats, language). A second cancel, or a token that names nothing, finds nothing. No email
 * confirms it: the address is erased at once (a job holds ids only), and the site's page says it.
 */
export const cancelRegistration = async (payload: Payload, token: string): Promise<CancelResult> => {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { cancelTokenHash: { equals: hashCancelToken(token) } },
    depth: 0,
    limit: 1,
    showHiddenFields: true,
  })
  const registration = docs[0]
  if (!registration) return { outcome: 'not-found', promoted: [] }
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  const wasConfirmed = await moveState(payload, registration.id, ['confirmed'], 'cancelled')
  const wasWaiting = !wasConfirmed && (await moveState(payload, registration.id, ['waitlisted'], 'cancelled'))
  if (!wasConfirmed && !wasWaiting) return { outcome: 'not-found', promoted: [] }
  // Erased, not kept: the email is replaced by one that names no one (the unique key needs a value).
  await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: {
      firstName: '—',
      email: `annulee-${registration.id}@cancelled.invalid`,
      phone: null,
      cancelTokenHash: `cancelled-${registration.id}`,
    },
    overrideAccess: true,
  })
  if (!wasConfirmed) return { outcome: 'cancelled', promoted: [] }
  await releaseSeats(payload, eventId, registration.seats ?? 1)
  return { outcome: 'cancelled', promoted: await promoteWaitlist(payload, eventId) }
}
