import { oncePerObject } from './digest'
import { eventDayKey } from './eventTime'
import { type Facet, listingPages, type ListingPage } from './listings'
import type { EventEntry, GroupEntry } from '../../publication/schema'
import { pathTo } from '../../publication/urls'

/**
 * The agenda and the group directory: which events are coming, grouped by day, and their filters
 * without JavaScript (every combination with results is a static page, as in lib/listings.ts), and
 * what "Near me" computes in the browser (no astro:content here: the island imports this file).
 *
 *   /fr/agenda/filter/theme-ecologie/department-35/type-street-action/attendance-online/page-2/
 *   /fr/groups/filter/department-35/kind-local/
 */

/** An event is coming until it ends: one in progress is still on the agenda. */
export const isComing = (event: Pick<EventEntry, 'endsAt'>, now: Date) => Date.parse(event.endsAt) >= now.getTime()

/** Coming events soonest first; past ones latest first. */
/** Chronological, on the ISO instants' characters (no locale collation: it is slow and these are not words). */
export const byStart = (a: Pick<EventEntry, 'startsAt'>, b: Pick<EventEntry, 'startsAt'>) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0

export function comingAndPast<Event extends Pick<EventEntry, 'startsAt' | 'endsAt'>>(events: readonly Event[], now: Date) {
  const coming = events.filter((event) => isComing(event, now)).sort(byStart)
  const past = events.filter((event) => !isComing(event, now)).sort((a, b) => byStart(b, a))
  return { coming, past }
}

/** Events in display order → one group per day (in each event's own zone), in the same order. */
export function byDay<Event extends Pick<EventEntry, 'startsAt' | 'endsAt' | 'timeZone'>>(events: readonly Event[]) {
  const days: { day: string; events: Event[] }[] = []
  for (const event of events) {
    const day = eventDayKey(event)
    const last = days.at(-1)
    if (last?.day === day) last.events.push(event)
    else days.push({ day, events: [event] })
  }
  return days
}

/**
 * What an event's card shows (components/EventCard.astro). The agenda, past events and a group's page
 * are given only this, and their page records digest it: they are rendered again when a card changed,
 * not when something only the event's own page shows did (the title of a training it links, the seats
 * taken, the address).
 */
export type EventCardEntry = Pick<
  EventEntry,
  | 'slug'
  | 'title'
  | 'summary'
  | 'translated'
  | 'titleTranslated'
  | 'summaryTranslated'
  | 'type'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'organisers'
> & { place: { venue: string | null; city: string | null } | null; online: boolean }

export const eventCardOf = oncePerObject((event: EventEntry): EventCardEntry => {
  const { slug, title, summary, translated, titleTranslated, summaryTranslated, type, status, startsAt, endsAt, timeZone } = event
  const { organisers, place, online } = event
  return {
    ...{ slug, title, summary, translated, titleTranslated, summaryTranslated, type, status, startsAt, endsAt, timeZone, organisers },
    place: place && { venue: place.venue, city: place.city },
    online: online !== null,
  }
})

export type AgendaFacetKey = 'theme' | 'department' | 'type' | 'attendance'
export type GroupFacetKey = 'department' | 'theme' | 'kind'
export const attendanceModes = ['in-person', 'online'] as const

/** How an event can be attended: at its place, online, or both. */
export const attendanceOf = (event: Pick<EventEntry, 'place' | 'online'>) => [
  ...(event.place ? ['in-person' as const] : []),
  ...(event.online ? ['online' as const] : []),
]

export interface FilterFacet<Key extends string, Entry> {
  key: Key
  options: readonly string[]
  valuesOf: (entry: Entry) => readonly string[]
}
export type FilterSelection<Key extends string> = Partial<Record<Key, string>>
export type FilterPage<Key extends string, Entry> = Omit<ListingPage<Entry>, 'selection'> & { selection: FilterSelection<Key> }

/**
 * The pages of a filtered list. lib/listings.ts computes them for any facet names; its types name
 * only the resource listings' facets, hence the casts at this one boundary.
 */
export const filterPages = <Key extends string, Entry>(entries: readonly Entry[], facets: readonly FilterFacet<Key, Entry>[]) =>
  listingPages(entries, facets as unknown as Facet<Entry>[]) as unknown as FilterPage<Key, Entry>[]

/** The options present in these entries, sorted: departments, event types. */
export const optionsIn = <Entry>(entries: readonly Entry[], valuesOf: (entry: Entry) => readonly string[]) =>
  [...new Set(entries.flatMap(valuesOf))].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))

export const agendaFacets = (events: readonly EventEntry[], themes: readonly string[]): FilterFacet<AgendaFacetKey, EventEntry>[] => [
  { key: 'theme', options: themes, valuesOf: (event) => event.themes },
  { key: 'department', options: optionsIn(events, departmentOf), valuesOf: departmentOf },
  { key: 'type', options: optionsIn(events, (event) => [event.type.slug]), valuesOf: (event) => [event.type.slug] },
  { key: 'attendance', options: attendanceModes, valuesOf: attendanceOf },
]

function departmentOf(event: Pick<EventEntry, 'place'>) {
  return event.place?.department ? [event.place.department] : []
}

export const groupFacets = (groups: readonly GroupEntry[], themes: readonly string[]): FilterFacet<GroupFacetKey, GroupEntry>[] => {
  const department = (group: GroupEntry) => (group.department ? [group.department] : [])
  return [
    { key: 'department', options: optionsIn(groups, department), valuesOf: department },
    { key: 'theme', options: themes, valuesOf: (group) => group.themes },
    { key: 'kind', options: ['local', 'thematic'], valuesOf: (group) => [group.kind] },
  ]
}

/** The path segments after `/<lang>/<section>/` in the facets' order ([] for the plain list). */
export function filterSegments<Key extends string>(order: readonly Key[], selection: FilterSelection<Key>, page = 1): string[] {
  const filters = order.flatMap((key) => (selection[key] ? [`${key}-${selection[key]}`] : []))
  const pagination = page > 1 ? [`page-${page}`] : []
  return filters.length || pagination.length ? ['filter', ...filters, ...pagination] : []
}

export const agendaFacetOrder: readonly AgendaFacetKey[] = ['theme', 'department', 'type', 'attendance']
export const groupFacetOrder: readonly GroupFacetKey[] = ['department', 'theme', 'kind']

export const agendaListingPath = (locale: string, selection: FilterSelection<AgendaFacetKey>, page = 1) =>
  pathTo(locale, 'agenda', ...filterSegments(agendaFacetOrder, selection, page))
export const groupsListingPath = (locale: string, selection: FilterSelection<GroupFacetKey>, page = 1) =>
  pathTo(locale, 'groups', ...filterSegments(groupFacetOrder, selection, page))
export const pastAgendaListingPath = (locale: string, page = 1) => pathTo(locale, 'agenda', 'past', ...(page > 1 ? [`page-${page}`] : []))

/** "webcal://…": what a calendar application subscribes to (the same feed as its https URL). */
export const webcalUrl = (httpsUrl: string) => httpsUrl.replace(/^https?:/, 'webcal:')

// Near me -------------------------------------------------------------------------------------

export type Coordinates = readonly [latitude: number, longitude: number]

/** Great-circle distance in kilometres (haversine). */
export function distanceKm([latitudeA, longitudeA]: Coordinates, [latitudeB, longitudeB]: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const half =
    Math.sin(radians(latitudeB - latitudeA) / 2) ** 2 +
    Math.cos(radians(latitudeA)) * Math.cos(radians(latitudeB)) * Math.sin(radians(longitudeB - longitudeA) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(half))
}

/** "Saint-Étienne" and "saint etienne " are the same place. */
export const placeName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Where the postcodes and cities the site's events and groups name are: each one's mean position,
 * and each postcode's first three and two digits' (so that a postcode no event names still finds
 * its area). Built from the content alone: no geocoding service.
 */
export interface PlaceIndex {
  postcodes: Record<string, Coordinates>
  cities: Record<string, Coordinates>
}

export type LocatedPlace = { postcode: string | null; city: string | null; latitude: number | null; longitude: number | null }

export function placeIndex(places: readonly LocatedPlace[]): PlaceIndex {
  const sums = { postcodes: new Map<string, number[]>(), cities: new Map<string, number[]>() }
  const add = (table: Map<string, number[]>, key: string, latitude: number, longitude: number) => {
    const [latitudes = 0, longitudes = 0, count = 0] = table.get(key) ?? []
    table.set(key, [latitudes + latitude, longitudes + longitude, count + 1])
  }
  for (const { postcode, city, latitude, longitude } of places) {
    if (latitude === null || longitude === null) continue
    const code = postcode?.replace(/\s/g, '')
    if (code) for (const area of postcodeAreas(code)) add(sums.postcodes, area, latitude, longitude)
    if (city) add(sums.cities, placeName(city), latitude, longitude)
  }
  const means = (table: Map<string, number[]>) =>
    Object.fromEntries(
      [...table].map(([key, [latitudes = 0, longitudes = 0, count = 1]]) => [
        key,
        [round(latitudes / count), round(longitudes / count)] as const,
      ]),
    )
  return { postcodes: means(sums.postcodes), cities: means(sums.cities) }
}

/**
 * A postcode, then the areas around it: its first three digits, then its department's two, except
 * overseas (97x, 98x), where two digits would join islands oceans apart.
 */
const postcodeAreas = (code: string) => [...new Set([code, code.slice(0, 3), ...(/^9[78]/.test(code) ? [] : [code.slice(0, 2)])])]

/** Four decimals: about ten metres, plenty to order events by distance, and a smaller file. */
const round = (value: number) => Math.round(value * 10_000) / 10_000

/** What "Near me" (islands/NearMe.tsx) orders in the browser: /<lang>/agenda/near-me.json. */
export interface NearMeData {
  places: PlaceIndex
  /** Coming events with a known position, soonest first; `when` and `where` written for the page's language. */
  events: NearMeEvent[]
}
export interface NearMeEvent {
  title: string
  url: string
  when: string
  where: string
  status: EventEntry['status']
  latitude: number
  longitude: number
}

/** A postcode (or its start) or a city typed by the visitor → a position, or null when unknown. */
export function locate(query: string, index: PlaceIndex): Coordinates | null {
  const code = query.replace(/\s/g, '').toUpperCase()
  if (/^\d[\dAB]\d*$/.test(code)) {
    for (const area of postcodeAreas(code)) {
      const found = index.postcodes[area]
      if (found) return found
    }
    return null
  }
  return index.cities[placeName(query)] ?? null
}

/** Events with a position, nearest first, each with its distance. */
export function nearest<Event extends { latitude: number; longitude: number }>(events: readonly Event[], origin: Coordinates) {
  return events
    .map((event) => ({ event, distance: distanceKm(origin, [event.latitude, event.longitude]) }))
    .sort((a, b) => a.distance - b.distance)
}
