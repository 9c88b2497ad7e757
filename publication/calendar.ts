import { type EventAttributes, type ReturnObject, createEvents } from 'ics'

import type { EventEntry } from './schema'

/**
 * iCalendar (RFC 5545) for events: one event's file, a subscribable feed, and the attachment of the
 * registration emails all come from here, so that a calendar recognises the same event everywhere:
 * the same UID in every language and feed, SEQUENCE raised on every published change (a calendar
 * then replaces its entry instead of adding one), STATUS:CANCELLED once cancelled. DTSTAMP is the
 * entry's last change, so an unchanged event writes the same bytes.
 */

/** What a calendar entry needs of an event: a snapshot entry, or the CMS's record mapped to it (emails). */
export type CalendarEvent = Pick<
  EventEntry,
  'title' | 'summary' | 'status' | 'startsAt' | 'endsAt' | 'place' | 'online' | 'organisers' | 'calendar' | 'updatedAt'
>

export const calendarProductId = 'ressources-du-mouvement/agenda'

const locationOf = ({ place, online }: CalendarEvent) => {
  const where = place && [place.venue, place.address, [place.postcode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return where || online?.url || undefined
}

/** `ics` takes DTSTAMP as `timestamp` (default: now), though its types do not list it. */
const stamped = (attributes: EventAttributes, timestamp: number) => ({ ...attributes, timestamp }) as unknown as EventAttributes

const toAttributes = (event: CalendarEvent, url: string): EventAttributes =>
  stamped(
    {
      uid: event.calendar.uid,
      sequence: event.calendar.sequence,
      productId: calendarProductId,
      start: Date.parse(event.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(event.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: event.title,
      description: `${event.summary}\n\n${url}`,
      url,
      location: locationOf(event),
      ...(event.place?.latitude != null && event.place.longitude != null
        ? { geo: { lat: event.place.latitude, lon: event.place.longitude } }
        : {}),
      status: event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
      ...(event.organisers.length > 0 ? { categories: event.organisers.map((group) => group.name) } : {}),
      lastModified: Date.parse(event.updatedAt),
    },
    Date.parse(event.updatedAt),
  )

/** What `ics` wrote, or its error. */
const written = ({ error, value }: ReturnObject) => {
  if (error || value === null) throw error ?? new Error('iCalendar: nothing written')
  return value
}

const calendarEnd = 'END:VCALENDAR\r\n'

/**
 * Each event's VEVENT, written (and folded) once per event object and page URL: a build puts an
 * event in several feeds besides its own file. Lines are folded one by one, so the pieces join
 * into what folding the whole calendar would give.
 */
const vevents = new WeakMap<CalendarEvent, Map<string, string>>()
const veventOf = (event: CalendarEvent, url: string) => {
  let byUrl = vevents.get(event)
  if (!byUrl) vevents.set(event, (byUrl = new Map()))
  let vevent = byUrl.get(url)
  if (vevent === undefined) {
    const calendar = written(createEvents([toAttributes(event, url)], { productId: calendarProductId }))
    byUrl.set(url, (vevent = foldByOctets(calendar.slice(calendar.indexOf('BEGIN:VEVENT'), -calendarEnd.length))))
  }
  return vevent
}

/**
 * A calendar holding these events, each with the absolute URL of its page. `name` names a feed
 * (X-WR-CALNAME); `method: 'PUBLISH'` is what an email attachment carries.
 */
export const calendarOf = (
  events: readonly { event: CalendarEvent; url: string }[],
  options: { name?: string; method?: 'PUBLISH' } = {},
): string => {
  const empty = written(
    createEvents([], {
      productId: calendarProductId,
      ...(options.name ? { calName: options.name } : {}),
      ...(options.method ? { method: options.method } : {}),
    }),
  )
  const header = foldByOctets(empty.slice(0, -calendarEnd.length))
  return header + events.map(({ event, url }) => veventOf(event, url)).join('') + calendarEnd
}

/**
 * RFC 5545 §3.1: lines of at most 75 octets. `ics` folds at 75 characters, which French and
 * Arabic text exceed in octets; unfold its lines and fold them again, never inside a character.
 */
const foldByOctets = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = []
      let part = ''
      let octets = 0
      for (const character of line) {
        const size = utf8Octets(character)
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part)
          part = ''
          octets = 0
        }
        part += character
        octets += size
      }
      return [...parts, part].join('\r\n ')
    })
    .join('\r\n')

/** A character's length in UTF-8, from its code point (counted as the line grows, not measured again). */
const utf8Octets = (character: string) => {
  const codePoint = character.codePointAt(0) ?? 0
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/** The UID of an event, from its CMS id: stable across edits, languages and feeds. */
export const calendarUid = (eventId: string | number, domain: string) => `event-${eventId}@${domain}`
