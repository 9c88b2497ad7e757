import type { Payload } from 'payload'

import { env } from '../../env'
import { databaseKind } from '../database'
import type { SeatsResponse } from '../../publication/signUp'
import { expiringPromises } from '../cache/expiringPromises'
import { publicResponsesGeneration } from '../cache/publicResponses'
import { confirmedSeats, seatsOfParty } from '../registrations/seats'
import { type SignUpEvent, acceptsSignUps, readPublishedEvent } from '../registrations/signUp'

/**
 * What the public endpoints read of an event, as any visitor may: published only, and counts,
 * never a registration.
 */

/**
 * Events as sign-ups read them, kept until any public content is saved (the generation of
 * cache/publicResponses.ts: a sign-up saves none) and a minute at most (another process's save):
 * a crowd signing up to one event reads it once.
 */
const events = expiringPromises<SignUpEvent | null>({
  globalKey: '__hubKeptSignUpEvents',
  freshForMs: 60_000,
  maxEntries: 1000,
  generation: publicResponsesGeneration,
})

/** The published event with this id, as an anonymous visitor reads it; null for any other id. */
export const publishedEvent = (payload: Payload, id: string): Promise<SignUpEvent | null> => {
  // Ids are numbers (SQLite, PostgreSQL; ones that fit their integer columns) or ObjectIds
  // (MongoDB): anything else is no event, never read (a database would refuse it with an error).
  if (!(databaseKind(env.databaseUrl) === 'mongodb' ? /^[0-9a-f]{24}$/i : /^[1-9][0-9]{0,8}$/).test(id)) return Promise.resolve(null)
  return events.get(id, () => readPublishedEvent(payload, id))
}

export const takesSignUpsHere = (event: SignUpEvent) => event.registration?.mode === 'site'

/**
 * The answer a new person signing up now with `guests` would get, read without changing anything:
 * what someone already registered is told, so that the answer reveals nothing about them.
 */
export const newcomerOutcome = async (
  payload: Payload,
  event: SignUpEvent,
  guests: number,
): Promise<'confirmed' | 'waitlisted' | 'full'> => {
  const capacity = event.registration?.capacity ?? null
  if (capacity === null || (await confirmedSeats(payload, event.id)) + seatsOfParty(guests) <= capacity) return 'confirmed'
  return event.registration?.waitlist ? 'waitlisted' : 'full'
}

/** An event's seats as the site's island shows them: counts only. */
export const seatsOf = async (payload: Payload, event: SignUpEvent, now: Date): Promise<SeatsResponse> => {
  const capacity = event.registration?.capacity ?? null
  return {
    open: acceptsSignUps(event, now),
    capacity,
    left: capacity === null ? null : Math.max(0, capacity - (await confirmedSeats(payload, event.id))),
    waitlist: Boolean(event.registration?.waitlist),
  }
}
