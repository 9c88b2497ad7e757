import type { CollectionAfterChangeHook } from 'payload'

import { queueRegistrationEmail } from '../../../jobs/registrationEmails'
import type { Event } from '../../../payload-types'
import { publishedBefore } from './calendarSequence'

/** What registrants are told about when it changes: when and where. */
const practicalDetails = (event: Event) =>
  JSON.stringify([
    new Date(event.startsAt).getTime(),
    new Date(event.endsAt).getTime(),
    event.startsAt_tz,
    [event.place?.venue, event.place?.address, event.place?.postcode, event.place?.city, event.place?.country],
    event.online?.url ?? null,
    event.eventStatus,
  ])

/**
 * When a publication cancels the live event, or changes its time, place, online link or status,
 * each confirmed and waitlisted registrant gets an email ('cancelled' or 'changed', with the new
 * .ics), queued in the publication's transaction. Drafts and first publications send nothing.
 */
export const notifyRegistrants: CollectionAfterChangeHook<Event> = async ({ doc, operation, req }) => {
  const before = operation === 'update' && doc._status === 'published' ? publishedBefore(req, doc.id) : undefined
  if (!before) return doc
  const kind =
    doc.eventStatus === 'cancelled'
      ? before.eventStatus === 'cancelled'
        ? null
        : ('cancelled' as const)
      : practicalDetails(doc) !== practicalDetails(before)
        ? ('changed' as const)
        : null
  if (!kind) return doc
  const { docs: registrants } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: doc.id } }, { status: { in: ['confirmed', 'waitlisted'] } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const { id } of registrants) await queueRegistrationEmail(req.payload, id, kind, req)
  if (registrants.length > 0) req.payload.logger.info(`Event ${doc.id}: '${kind}' emails queued for ${registrants.length} registrations`)
  return doc
}
