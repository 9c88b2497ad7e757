import type { Payload } from 'payload'

import type { Event } from '../payload-types'
import type { SeatsResponse } from '../../publication/signUp'
import { confirmedSeats } from '../registrations/seats'
import { acceptsSignUps } from '../registrations/signUp'

/**
 * What the public endpoints read of an event, as any visitor may: published only, and counts,
 * never a registration.
 */

/** The published event with this id, as an anonymous visitor reads it; null for any other id. */
export const publishedEvent = async (payload: Payload, id: string): Promise<Event | null> => {
  // Ids are numbers (SQLite, PostgreSQL) or ObjectIds (MongoDB): anything else is read nowhere.
  if (!/^[0-9a-f]{1,24}$/i.test(id)) return null
  const event = await payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: false, disableErrors: true }).catch(() => null)
  return event?._status === 'published' ? event : null
}

export const takesSignUpsHere = (event: Event) => event.registration?.mode === 'site'

/**
 * The answer a new person signing up now with `guests` would get, read without changing anything:
 * what someone already registered is told, so that the answer reveals nothing about them.
 */
export const newcomerOutcome = async (payload: Payload, event: Event, guests: number): Promise<'confirmed' | 'waitlisted' | 'full'> => {
  const capacity = event.registration?.capacity ?? null
  if (capacity === null || (await confirmedSeats(payload, event.id)) + 1 + guests <= capacity) return 'confirmed'
  return event.registration?.waitlist ? 'waitlisted' : 'full'
}

/** An event's seats as the site's island shows them: counts only. */
export const seatsOf = async (payload: Payload, event: Event, now: Date): Promise<SeatsResponse> => {
  const capacity = event.registration?.capacity ?? null
  return {
    open: acceptsSignUps(event, now),
    capacity,
    left: capacity === null ? null : Math.max(0, capacity - (await confirmedSeats(payload, event.id))),
    waitlist: Boolean(event.registration?.waitlist),
  }
}
