import { type CalendarEvent, calendarUid } from '../../../publication/calendar'
import { calendarDomain } from '../../../publication/snapshot/mappers/events'
import { env } from '../../../env'
import type { Event } from '../../payload-types'

/**
 * The CMS's record of an event (read at depth 1, in the registrant's language) as the calendar
 * writer takes it: the same UID and SEQUENCE as the site's .ics files, so a calendar that got the
 * email's attachment updates that entry. The online link is given whatever its visibility: the
 * attachment goes to a confirmed registrant only.
 */
export const calendarEventOf = (event: Event): CalendarEvent => ({
  title: event.title,
  summary: event.summary,
  status: event.eventStatus,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  place:
    event.place && (event.place.city || event.place.address)
      ? {
          venue: event.place.venue ?? null,
          address: event.place.address ?? null,
          postcode: event.place.postcode ?? null,
          city: event.place.city ?? null,
          department: event.place.department ?? null,
          country: event.place.country ?? null,
          latitude: event.place.latitude ?? null,
          longitude: event.place.longitude ?? null,
        }
      : null,
  online: event.online?.url ? { url: event.online.url } : null,
  organisers: event.organisers.flatMap((group) => (typeof group === 'object' ? [{ slug: group.slug, name: group.name }] : [])),
  calendar: { uid: calendarUid(event.id, calendarDomain(env.serverUrl)), sequence: event.calendarSequence ?? 0 },
  updatedAt: event.updatedAt,
})
