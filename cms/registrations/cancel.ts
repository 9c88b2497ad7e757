import { and, eq } from 'drizzle-orm'
import type { Payload } from 'payload'

import type { Registration } from '../payload-types'
import { hashCancelToken } from './cancelToken'
import { updateIfMatches } from './conditionalUpdate'
import { releaseSeats } from './seats'
import { promoteWaitlist } from './waitlist'

type Id = number | string

export type CancelOutcome = 'cancelled' | 'not-found'

export interface CancelResult {
  outcome: CancelOutcome
  /** The waitlisted registrations now confirmed, to be told so. */
  promoted: Id[]
}

/**
 * What replaces a person's data on their registration row when it is erased: an email that names
 * no one and stays unique per row (the (event, email) key needs a value), and a token hash that no
 * token hashes to. The counts stay (status, seats, language).
 */
export const erasedPerson = (id: Id) => ({
  firstName: '—',
  email: `annulee-${id}@cancelled.invalid`,
  phone: null,
  cancelTokenHash: `cancelled-${id}`,
})

/**
 * Cancels `id` if it is still in `from`, erasing the person's data in the same write, so that no
 * moment (nor a crash) keeps a cancelled person's name, address or phone. Says whether it did.
 */
const cancelAndErase = (payload: Payload, id: Id, from: Registration['status']) => {
  const erased = { status: 'cancelled', ...erasedPerson(id) }
  return updateIfMatches(payload, 'registrations', {
    sql: (table) => ({ where: and(eq(table.id!, id), eq(table.status!, from)), set: erased }),
    mongo: { filter: { _id: id, status: from }, update: { $set: erased } },
  })
}

/**
 * Cancels the registration the personal link's token names, without an account: its seats are
 * freed and the waitlist moves up, and the person's data is erased from the row (the counts stay:
 * status, seats, language). A second cancel, or a token that names nothing, finds nothing. No email
 * confirms it: the address is erased at once (a job holds ids only), and the site's page says it.
 * The cancellation and the erasure are one conditional write; the seats are given back after it,
 * outside any transaction: a crash in between leaves the person erased and their seats counted
 * one time too many (never too few), the same drift as a sign-up's on SQLite (signUp.ts).
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
  const wasConfirmed = await cancelAndErase(payload, registration.id, 'confirmed')
  const wasWaiting = !wasConfirmed && (await cancelAndErase(payload, registration.id, 'waitlisted'))
  if (!wasConfirmed && !wasWaiting) return { outcome: 'not-found', promoted: [] }
  if (!wasConfirmed) return { outcome: 'cancelled', promoted: [] }
  await releaseSeats(payload, eventId, registration.seats ?? 1)
  return { outcome: 'cancelled', promoted: await promoteWaitlist(payload, eventId) }
}
