import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import type { EventEntry } from '../../publication/schema'
import { type CalendarContent, calendarFeeds, calendarFilesOf } from './calendars'

const event = (id: string, fields: Partial<EventEntry>): EventEntry =>
  ({
    locale: 'fr',
    id,
    slug: `event-${id}`,
    title: `Réunion ${id}`,
    summary: 'Une réunion publique à deux pas',
    themes: ['ecologie'],
    type: { slug: 'public-meeting', name: 'Réunion publique' },
    organisers: [{ slug: 'rennes', name: 'Rennes' }],
    status: 'scheduled',
    startsAt: '2099-01-10T17:00:00.000Z',
    endsAt: '2099-01-10T19:00:00.000Z',
    timeZone: 'Europe/Paris',
    place: {
      venue: 'Salle des fêtes',
      address: null,
      postcode: '35000',
      city: 'Rennes',
      department: '35',
      country: 'FR',
      latitude: 48.11,
      longitude: -1.68,
    },
    online: null,
    calendar: { uid: `event-${id}@example.org`, sequence: 2 },
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...fields,
  }) as EventEntry

/** A language's content as the snapshot gives it: two coming events, a long-past one, a group, two themes. */
const content: CalendarContent = {
  events: [
    event('1', {}),
    event('2', { status: 'cancelled', themes: ['democratie'], place: null, online: { url: null }, organisers: [] }),
    event('3', { startsAt: '2020-01-10T17:00:00.000Z', endsAt: '2020-01-10T19:00:00.000Z' }),
  ],
  groups: [{ slug: 'rennes', name: 'Rennes' }],
  themes: [
    { slug: 'ecologie', name: 'Écologie' },
    { slug: 'democratie', name: 'Démocratie' },
  ],
}

const site = new URL('https://example.org')
const now = new Date('2026-12-06T12:00:00.000Z')
const files = new Map([...calendarFilesOf('fr', content, site, now)].map((file) => [file.path, file.text]))

const parsed = (text: string | undefined) => {
  if (text === undefined) throw new Error('no such file')
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}
const feedOf = (by: string, key?: string) => parsed(files.get(`/fr/agenda/calendars/${key ? `${by}-${key}` : by}.ics`))

describe('calendar feeds', () => {
  it('gathers every coming event in a valid calendar, cancelled ones marked, long-past ones left out', () => {
    const { calendar, events } = feedOf('all')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda')
    expect(events.map((entry) => entry.uid)).toEqual(['event-1@example.org', 'event-2@example.org'])
    expect(events[1]?.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(events[0]?.sequence).toBe(2)
  })

  it('links each entry to its page with an absolute URL, in URL and DESCRIPTION', () => {
    const { events } = feedOf('all')
    expect(events[0]?.component.getFirstPropertyValue('url')).toBe('https://example.org/fr/events/event-1/')
    expect(events[0]?.description).toContain('https://example.org/fr/events/event-1/')
  })

  it('has a feed per theme, group and department with events, each named for what it gathers', () => {
    const feeds = calendarFeeds('fr', content, now)
    expect(feeds.map(({ feed }) => ('key' in feed ? `${feed.by}-${feed.key}` : feed.by))).toEqual([
      'all',
      'theme-ecologie',
      'theme-democratie',
      'group-rennes',
      'department-35',
    ])
    const { calendar, events } = feedOf('group', 'rennes')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda · Rennes')
    expect(events.map((entry) => entry.uid)).toEqual(['event-1@example.org'])
    expect(feedOf('department', '35').events.map((entry) => entry.uid)).toEqual(['event-1@example.org'])
  })

  it('writes each event its own file beside the feeds, with the UID and SEQUENCE of the feeds', () => {
    const { calendar, events } = parsed(files.get('/fr/agenda/calendars/events/event-1.ics'))
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull()
    expect(events.map((entry) => [entry.uid, entry.sequence])).toEqual([['event-1@example.org', 2]])
    // A long-past event keeps its own file (its page stays), though the feeds left it.
    expect(parsed(files.get('/fr/agenda/calendars/events/event-3.ics')).events).toHaveLength(1)
  })

  it('writes the same bytes when nothing changed (a subscribed calendar sees no change)', () => {
    const again = new Map([...calendarFilesOf('fr', content, site, now)].map((file) => [file.path, file.text]))
    expect(again).toEqual(files)
  })
})
