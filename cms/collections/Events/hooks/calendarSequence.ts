import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { withOwnLocale } from '../../../hooks/withOwnLocale'
import type { Event } from '../../../payload-types'

/** The event as it was last public, before this publication, for notifyRegistrants (afterChange sees only the latest draft). */
export const publishedBefore = (req: PayloadRequest, id: number | string) =>
  req.context[`event ${id} published before`] as Event | undefined

/**
 * The event's iCalendar SEQUENCE: 0 when created, raised by one on every publication after the
 * first (any change to the live event: calendars then replace their entry), unchanged by drafts.
 * Set here alone, whatever a request sends. Keeps the live event as it was for notifyRegistrants.
 */
export const raiseCalendarSequence: CollectionBeforeChangeHook<Event> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create' || !originalDoc) return { ...data, calendarSequence: 0 }
  if (data._status !== 'published') return { ...data, calendarSequence: originalDoc.calendarSequence ?? 0 }
  // Drafts are saved as versions only: the collection's own row is the live event.
  const live = await req.payload.findByID({
    collection: 'events',
    id: originalDoc.id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req: withOwnLocale(req),
  })
  // Unpublished since (the live row then says draft): it was public all the same, and its registrants keep their seats.
  const wasPublished = live?._status === 'published' || Boolean(live?.publishedAt)
  if (live && wasPublished) req.context[`event ${originalDoc.id} published before`] = live
  return { ...data, calendarSequence: (live?.calendarSequence ?? 0) + (wasPublished ? 1 : 0) }
}
