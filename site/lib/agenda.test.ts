import { describe, expect, it } from 'vitest'

import {
  agendaFacets,
  agendaListingPath,
  attendanceOf,
  byDay,
  comingAndPast,
  distanceKm,
  eventCardOf,
  filterPages,
  groupFacets,
  groupsListingPath,
  locate,
  nearest,
  placeIndex,
  webcalUrl,
} from './agenda'
import { digestOf } from './digest'
import type { EventEntry, GroupEntry } from '../../publication/schema'

const place = (department: string, postcode: string, city: string, latitude: number | null, longitude: number | null) => ({
  venue: null,
  address: null,
  postcode,
  city,
  department,
  country: 'FR',
  latitude,
  longitude,
})

const event = (slug: string, startsAt: string, endsAt: string, fields: Partial<EventEntry> = {}) =>
  ({
    slug,
    startsAt,
    endsAt,
    timeZone: 'Europe/Paris',
    themes: [],
    type: { slug: 'public-meeting', name: 'Public meeting' },
    place: null,
    online: null,
    status: 'scheduled',
    ...fields,
  }) as EventEntry

const rennes = place('35', '35000', 'Rennes', 48.1173, -1.6778)
const lyon = place('69', '69001', 'Lyon', 45.764, 4.8357)
const now = new Date('2026-12-12T12:00:00Z')

describe('agenda', () => {
  const events = [
    event('later', '2026-12-20T17:00:00Z', '2026-12-20T19:00:00Z', { themes: ['ecologie'], place: rennes }),
    event('over', '2026-12-01T17:00:00Z', '2026-12-01T19:00:00Z', { place: lyon }),
    event('running', '2026-12-12T11:00:00Z', '2026-12-12T13:00:00Z', { online: { url: null }, type: { slug: 'online', name: 'Online' } }),
    event('late-night', '2026-12-12T23:30:00Z', '2026-12-13T01:00:00Z', { themes: ['ecologie'], place: lyon, online: { url: null } }),
    event('evening', '2026-12-12T18:00:00Z', '2026-12-12T20:00:00Z', { place: rennes, status: 'cancelled' }),
  ]

  it('lists coming events soonest first (one in progress included), past ones latest first', () => {
    const { coming, past } = comingAndPast(events, now)
    expect(coming.map(({ slug }) => slug)).toEqual(['running', 'evening', 'late-night', 'later'])
    expect(past.map(({ slug }) => slug)).toEqual(['over'])
  })

  it('groups by the day in the event’s zone: 00:30 in Paris is the next day though 23:30 in UTC', () => {
    const days = byDay(comingAndPast(events, now).coming)
    expect(days.map(({ day, events: ofDay }) => [day, ofDay.map(({ slug }) => slug)])).toEqual([
      ['2026-12-12', ['running', 'evening']],
      ['2026-12-13', ['late-night']],
      ['2026-12-20', ['later']],
    ])
  })

  it('filters by theme, department, type and attendance, with counts, cancelled events kept', () => {
    const { coming } = comingAndPast(events, now)
    const pages = filterPages(coming, agendaFacets(coming, ['ecologie', 'democratie']))
    const pageOf = (selection: Record<string, string>) =>
      pages.find((page) => JSON.stringify(page.selection) === JSON.stringify(selection) && page.page === 1)
    expect(pageOf({})?.total).toBe(4)
    expect(pageOf({ department: '35' })?.items.map(({ slug }) => slug)).toEqual(['evening', 'later'])
    expect(pageOf({ theme: 'ecologie', department: '69' })?.items.map(({ slug }) => slug)).toEqual(['late-night'])
    expect(pageOf({ attendance: 'online' })?.items.map(({ slug }) => slug)).toEqual(['running', 'late-night'])
    expect(pageOf({})?.counts).toMatchObject({
      theme: { ecologie: 2, democratie: 0 },
      department: { '35': 2, '69': 1 },
      type: { online: 1, 'public-meeting': 3 },
      attendance: { 'in-person': 3, online: 2 },
    })
    // No page for a selection without results: its option is shown as empty instead.
    expect(pageOf({ theme: 'democratie' })).toBeUndefined()
  })

  it('tells in-person and online events apart (an event may be both)', () => {
    expect(attendanceOf({ place: rennes, online: { url: null } })).toEqual(['in-person', 'online'])
    expect(attendanceOf({ place: null, online: null })).toEqual([])
  })

  it('gives the agenda’s pages what an event’s card shows: a linked training’s title, the seats taken or the address change no card', () => {
    const entry = event('later', '2026-12-20T17:00:00Z', '2026-12-20T19:00:00Z', {
      title: 'Réunion publique',
      place: { ...rennes, venue: 'Salle de la Cité', address: '10 rue Saint-Louis' },
      online: { url: null },
      resources: [{ type: 'trainings', slug: 'parler-en-public', title: 'Parler en public' }],
      registration: { seatsTaken: 3 } as EventEntry['registration'],
    })
    const card = eventCardOf(entry)
    expect(eventCardOf(entry)).toBe(card)
    expect(card).toMatchObject({
      slug: 'later',
      title: 'Réunion publique',
      place: { venue: 'Salle de la Cité', city: 'Rennes' },
      online: true,
    })
    expect(card).not.toHaveProperty('resources')
    expect(card).not.toHaveProperty('registration')
    const elsewhere = eventCardOf({
      ...entry,
      place: { ...entry.place!, address: '12 rue Saint-Louis' },
      resources: [{ type: 'trainings', slug: 'parler-en-public', title: 'Prendre la parole' }],
      registration: { seatsTaken: 4 } as EventEntry['registration'],
    })
    expect(digestOf(elsewhere)).toBe(digestOf(card))
    expect(digestOf(eventCardOf({ ...entry, title: 'Réunion publique, salle changée' }))).not.toBe(digestOf(card))
    expect(eventCardOf({ ...entry, online: null }).online).toBe(false)
  })

  it('writes filter paths in one order whatever order the selection was built in', () => {
    expect(agendaListingPath('fr', { attendance: 'online', theme: 'ecologie' }, 2)).toBe(
      '/fr/agenda/filter/theme-ecologie/attendance-online/page-2/',
    )
    expect(agendaListingPath('ar', {})).toBe('/ar/agenda/')
    expect(groupsListingPath('fr', { kind: 'local', department: '2A' })).toBe('/fr/groups/filter/department-2A/kind-local/')
  })

  it('filters groups by department, theme and kind', () => {
    const groups = [
      { slug: 'a', kind: 'local', department: '35', themes: ['ecologie'] },
      { slug: 'b', kind: 'thematic', department: null, themes: ['ecologie'] },
    ] as GroupEntry[]
    const pages = filterPages(groups, groupFacets(groups, ['ecologie']))
    expect(pages.find((page) => page.selection.kind === 'thematic')?.items.map(({ slug }) => slug)).toEqual(['b'])
    expect(pages[0]?.counts).toEqual({ department: { '35': 1 }, theme: { ecologie: 2 }, kind: { local: 1, thematic: 1 } })
  })

  it('gives the webcal address of a feed', () => {
    expect(webcalUrl('https://example.org/fr/agenda/calendars/all.ics')).toBe('webcal://example.org/fr/agenda/calendars/all.ics')
  })
})

describe('near me', () => {
  it('measures great-circle distances', () => {
    // Paris – Lyon: about 392 km as the crow flies.
    expect(distanceKm([48.8566, 2.3522], [45.764, 4.8357])).toBeCloseTo(392, -1)
    expect(distanceKm([48.1173, -1.6778], [48.1173, -1.6778])).toBe(0)
  })

  const index = placeIndex([
    { postcode: '35000', city: 'Rennes', latitude: 48.1, longitude: -1.7 },
    { postcode: '35000', city: 'Rennes', latitude: 48.2, longitude: -1.6 },
    { postcode: '42000', city: 'Saint-Étienne', latitude: 45.4397, longitude: 4.3872 },
    { postcode: '69001', city: 'Lyon', latitude: null, longitude: null },
  ])

  it('finds a postcode, a postcode’s area, or a city however it is typed', () => {
    expect(locate('35000', index)).toEqual([48.15, -1.65])
    expect(locate('35 200', index)).toEqual([48.15, -1.65])
    expect(locate('  saint etienne', index)).toEqual([45.4397, 4.3872])
    expect(locate('SAINT-ÉTIENNE', index)).toEqual([45.4397, 4.3872])
  })

  it('never joins overseas departments by their first two digits', () => {
    const overseas = placeIndex([{ postcode: '97400', city: 'Saint-Denis', latitude: -20.88, longitude: 55.45 }])
    expect(locate('97410', overseas)).toEqual([-20.88, 55.45])
    expect(locate('97100', overseas)).toBeNull()
  })

  it('knows nothing it was not given: no place without coordinates, no guess', () => {
    expect(locate('69001', index)).toBeNull()
    expect(locate('Lyon', index)).toBeNull()
    expect(locate('Atlantis', index)).toBeNull()
  })

  it('orders events nearest first', () => {
    const events = [
      { slug: 'lyon', latitude: 45.764, longitude: 4.8357 },
      { slug: 'rennes', latitude: 48.1173, longitude: -1.6778 },
      { slug: 'saint-etienne', latitude: 45.4397, longitude: 4.3872 },
    ]
    expect(nearest(events, [45.4, 4.4]).map(({ event }) => event.slug)).toEqual(['saint-etienne', 'lyon', 'rennes'])
  })
})
