import type { EventEntry } from '../../publication/schema'
import { wallClockIn } from './wallClock'

/**
 * An event as schema.org describes it (https://schema.org/Event), for its page's JSON-LD: search
 * engines show its date, place and status. Dates carry the offset of the event's zone, so they
 * read as the organisers wrote them; nothing about who signed up.
 */

const eventStatuses = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const satisfies Record<EventEntry['status'], string>

const attendanceMode = ({ place, online }: Pick<EventEntry, 'place' | 'online'>) => {
  if (place && online) return 'https://schema.org/MixedEventAttendanceMode'
  if (online) return 'https://schema.org/OnlineEventAttendanceMode'
  return 'https://schema.org/OfflineEventAttendanceMode'
}

export interface EventJsonLdLinks {
  /** The event page's absolute URL (also a virtual location's, when the link goes to registrants only). */
  pageUrl: string
  /** A group page's absolute URL. */
  groupUrl: (slug: string) => string
  /** The image's absolute URL, if the event has one. */
  imageUrl: string | null
}

export function eventJsonLd(event: EventEntry, { pageUrl, groupUrl, imageUrl }: EventJsonLdLinks) {
  const { place, online } = event
  const locations = [
    ...(place
      ? [
          {
            '@type': 'Place',
            ...(place.venue ? { name: place.venue } : {}),
            address: {
              '@type': 'PostalAddress',
              ...(place.address ? { streetAddress: place.address } : {}),
              ...(place.postcode ? { postalCode: place.postcode } : {}),
              ...(place.city ? { addressLocality: place.city } : {}),
              ...(place.country ? { addressCountry: place.country } : {}),
            },
            ...(place.latitude != null && place.longitude != null
              ? { geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } }
              : {}),
          },
        ]
      : []),
    ...(online ? [{ '@type': 'VirtualLocation', url: online.url ?? pageUrl }] : []),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    inLanguage: event.locale,
    url: pageUrl,
    startDate: wallClockIn(event.startsAt, event.timeZone).iso,
    endDate: wallClockIn(event.endsAt, event.timeZone).iso,
    eventStatus: eventStatuses[event.status],
    eventAttendanceMode: attendanceMode(event),
    // Undefined for an event with neither (JSON leaves it out).
    location: locations.length > 1 ? locations : locations[0],
    ...(imageUrl ? { image: [imageUrl] } : {}),
    ...(event.organisers.length > 0
      ? { organizer: event.organisers.map((group) => ({ '@type': 'Organization', name: group.name, url: groupUrl(group.slug) })) }
      : {}),
  }
}
