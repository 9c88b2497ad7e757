import type { Payload } from 'payload'

/**
 * Seats taken at each event, by event id (those without a seat row: none taken). Read with
 * `overrideAccess`: the `event-seats` collection has no public access, and holds counts only.
 */
export async function seatsTakenByEvent(payload: Payload, eventIds?: readonly string[]): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'event-seats',
    ...(eventIds ? { where: { event: { in: eventIds } } } : {}),
    select: { event: true, confirmedSeats: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((row) => [String(typeof row.event === 'object' ? row.event.id : row.event), row.confirmedSeats]))
}
