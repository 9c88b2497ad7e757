import ICAL from 'ical.js'
import { describe, expect, it, vi } from 'vitest'

import type { EventEntry, GroupEntry } from '../../publication/schema'

/** The build's content, as astro:content would give it: two events and a group in French. */
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

const entries = {
  events: [
    event('1', {}),
    event('2', { status: 'cancelled', themes: ['democratie'], place: null, online: { url: null }, organisers: [] }),
    event('3', { startsAt: '2020-01-10T17:00:00.000Z', endsAt: '2020-01-10T19:00:00.000Z' }),
  ],
  groups: [{ locale: 'fr', slug: 'rennes', name: 'Rennes', kind: 'local', themes: ['ecologie'], department: '35' } as GroupEntry],
  themes: [
    { locale: 'fr', slug: 'ecologie', name: 'Écologie' },
    { locale: 'fr', slug: 'democratie', name: 'Démocratie' },
  ],
}

vi.mock('astro:content', () => ({
  getCollection: (collection: keyof typeof entries) => Promise.resolve(entries[collection].map((data) => ({ data }))),
}))

const { calendarFeeds } = await import('./agendaRoutes')
const { GET } = await import('../pages/[lang]/agenda/calendars/[feed].ics')

const feedOf = async (by: string, key?: string) => {
  const feed = (await calendarFeeds('fr')).find(({ feed }) => feed.by === by && (!key || ('key' in feed && feed.key === key)))
  if (!feed) throw new Error(`no ${by} feed ${key ?? ''}`)
  const response = await (GET as (context: unknown) => Promise<Response>)({
    params: { lang: 'fr', feed: by },
    props: { name: feed.name, events: feed.events },
    site: new URL('https://example.org'),
  })
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  return { response, calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}

describe('calendar feeds', () => {
  it('gathers every coming event in a valid calendar, cancelled ones marked, long-past ones left out', async () => {
    const { response, calendar, events } = await feedOf('all')
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda')
    expect(events.map((entry) => entry.uid)).toEqual(['event-1@example.org', 'event-2@example.org'])
    expect(events[1]?.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(events[0]?.sequence).toBe(2)
  })

  it('links each entry to its page with an absolute URL, in URL and DESCRIPTION', async () => {
    const { events } = await feedOf('all')
    expect(events[0]?.component.getFirstPropertyValue('url')).toBe('https://example.org/fr/events/event-1/')
    expect(events[0]?.description).toContain('https://example.org/fr/events/event-1/')
  })

  it('has a feed per theme, group and department with events, each named for what it gathers', async () => {
    const feeds = await calendarFeeds('fr')
    expect(feeds.map(({ feed }) => ('key' in feed ? `${feed.by}-${feed.key}` : feed.by))).toEqual([
      'all',
      'theme-ecologie',
      'theme-democratie',
      'group-rennes',
      'department-35',
    ])
    const { calendar, events } = await feedOf('group', 'rennes')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda · Rennes')
    expect(events.map((entry) => entry.uid)).toEqual(['event-1@example.org'])
    expect((await feedOf('department', '35')).events.map((entry) => entry.uid)).toEqual(['event-1@example.org'])
  })
})
