import type { CollectionSlug, Payload } from 'payload'

import { seatsTakenByEvent } from './eventSeats'
import type { VersionsReader } from './publicReads'

/**
 * Each public event's version, by id, as the incremental snapshot compares them: an event's entries
 * also change when its seats taken do, and when a resource it links (a training, a tract) changes or
 * is withdrawn, since they show its title. Neither changes the event itself.
 */
export async function eventVersions(
  payload: Payload,
  /** Each collection's public versions, read once for the whole snapshot (publicVersionsReader). */
  versionsOf: VersionsReader,
): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'events',
    select: { updatedAt: true, resources: true },
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: false,
    draft: false,
  })
  const seats = await seatsTakenByEvent(payload)
  // An unpublished resource has no version: the event shows it once it has one.
  const versionOf = async (collection: CollectionSlug, id: unknown) => (await versionsOf(collection)).get(String(id)) ?? '-'
  const versions = new Map<string, string>()
  for (const event of docs) {
    const linked = await Promise.all((event.resources ?? []).map(({ relationTo, value }) => versionOf(relationTo, value)))
    versions.set(String(event.id), [event.updatedAt, seats.get(String(event.id)) ?? 0, ...linked].join(' '))
  }
  return versions
}
