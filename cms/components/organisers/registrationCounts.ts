import type { Payload } from 'payload'

import type { Event, Registration } from '../../payload-types'

type Id = number | string

/** What organisers see of an event's registrations: counts, never people. */
export interface RegistrationCounts {
  confirmedPeople: number
  /** Seats held (confirmed and attended people with their guests), as sign-ups count them. */
  seatsTaken: number
  waitlisted: number
  cancelled: number
  attended: number
  /** Null: unlimited. */
  capacity: number | null
  seatsLeft: number | null
}

const idOf = (value: Id | { id: Id }) => String(typeof value === 'object' ? value.id : value)

/**
 * The counts of each event, keyed by id, read with the user's own rights (an event they may not
 * see the registrations of counts nothing) in two queries whatever the number of events. Seats
 * taken come from the event's seat row, the one sign-ups and cancellations change; once the
 * registrations are erased, the people counts it kept.
 */
export const registrationCounts = async (
  payload: Payload,
  events: Pick<Event, 'id' | 'registration'>[],
  user: unknown,
): Promise<Map<string, RegistrationCounts>> => {
  const ids = events.map((event) => event.id)
  const [{ docs: registrations }, { docs: seatRows }] = await Promise.all([
    payload.find({
      collection: 'registrations',
      where: { event: { in: ids } },
      select: { event: true, status: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: user as never,
    }),
    payload.find({ collection: 'event-seats', where: { event: { in: ids } }, depth: 0, pagination: false }),
  ])
  const people = (eventId: Id, status: Registration['status']) =>
    registrations.filter((registration) => idOf(registration.event) === String(eventId) && registration.status === status).length
  return new Map(
    events.map((event) => {
      const seatRow = seatRows.find((row) => idOf(row.event) === String(event.id))
      const seatsTaken = seatRow?.confirmedSeats ?? 0
      const capacity = event.registration?.capacity ?? null
      // Erased after the event (cms/jobs/retention.ts): the people are gone, their counts were kept.
      const erased = Boolean(seatRow?.erasedAt)
      return [
        String(event.id),
        {
          confirmedPeople: erased ? (seatRow?.confirmedPeople ?? 0) : people(event.id, 'confirmed'),
          seatsTaken,
          waitlisted: erased ? (seatRow?.waitlistedPeople ?? 0) : people(event.id, 'waitlisted'),
          cancelled: erased ? (seatRow?.cancelledPeople ?? 0) : people(event.id, 'cancelled'),
          attended: erased ? (seatRow?.attendedPeople ?? 0) : people(event.id, 'attended'),
          capacity,
          seatsLeft: capacity === null ? null : Math.max(0, capacity - seatsTaken),
        },
      ]
    }),
  )
}
