import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type CalendarEvent, calendarOf, calendarUid } from './calendar'

const event = (changes: Partial<CalendarEvent> = {}): CalendarEvent => ({
  title: 'Réunion publique : les retraites',
  summary:
    'Une soirée pour comprendre, débattre, s’organiser; avec « guillemets », virgules, et un très long résumé qui dépasse soixante-quinze octets par ligne.',
  status: 'scheduled',
  startsAt: '2026-12-12T17:30:00.000Z',
  endsAt: '2026-12-12T19:30:00.000Z',
  place: {
    venue: 'Salle des fêtes',
    address: '1 rue de la Paix',
    postcode: '75002',
    city: 'Paris',
    department: '75',
    country: 'FR',
    latitude: 48.87,
    longitude: 2.33,
  },
  online: null,
  organisers: [{ slug: 'paris-centre', name: 'Paris Centre' }],
  calendar: { uid: calendarUid(42, 'example.org'), sequence: 3 },
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...changes,
})

const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

describe('calendarOf', () => {
  it('writes a valid calendar whose event keeps its UID, SEQUENCE, URL and times', () => {
    const text = calendarOf([{ event: event(), url: 'https://example.org/fr/events/retraites/' }], { name: 'Agenda' })
    expect(text).toMatch(/\r\n/)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = parse(text)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda')
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(vevent.uid).toBe('event-42@example.org')
    expect(vevent.sequence).toBe(3)
    expect(vevent.summary).toBe('Réunion publique : les retraites')
    expect(vevent.description).toContain('https://example.org/fr/events/retraites/')
    expect(vevent.component.getFirstPropertyValue('url')).toBe('https://example.org/fr/events/retraites/')
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-12-12T17:30:00.000Z')
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-12-12T19:30:00.000Z')
    expect(vevent.location).toBe('Salle des fêtes, 1 rue de la Paix, 75002 Paris')
    expect(vevent.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('marks a cancelled event CANCELLED, and an unchanged event writes the same bytes', () => {
    const cancelled = calendarOf([{ event: event({ status: 'cancelled' }), url: 'https://example.org/' }])
    expect(new ICAL.Event(parse(cancelled).getFirstSubcomponent('vevent')!).component.getFirstPropertyValue('status')).toBe('CANCELLED')
    const once = calendarOf([{ event: event(), url: 'https://example.org/' }])
    expect(calendarOf([{ event: event(), url: 'https://example.org/' }])).toBe(once)
  })

  it('holds many events in one feed, an online one located by its link', () => {
    const online = event({
      place: null,
      online: { url: 'https://meet.example.org/x' },
      calendar: { uid: calendarUid(43, 'example.org'), sequence: 0 },
    })
    const feed = parse(
      calendarOf([
        { event: event(), url: 'https://example.org/a/' },
        { event: online, url: 'https://example.org/b/' },
      ]),
    )
    const events = feed.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(events.map((entry) => entry.uid)).toEqual(['event-42@example.org', 'event-43@example.org'])
    expect(events[1]!.location).toBe('https://meet.example.org/x')
  })

  it('writes an event the same in a feed as in its own file, whichever is written first', () => {
    const first = event()
    const second = event({ title: 'اجتماع عام 🎉', calendar: { uid: calendarUid(44, 'example.org'), sequence: 1 } })
    const own = (entry: CalendarEvent, url: string) => {
      const text = calendarOf([{ event: entry, url }])
      return text.slice(text.indexOf('BEGIN:VEVENT'), text.lastIndexOf('END:VCALENDAR'))
    }
    const feed = calendarOf(
      [
        { event: first, url: 'https://example.org/a/' },
        { event: second, url: 'https://example.org/b/' },
      ],
      { name: 'Agenda' },
    )
    expect(feed).toContain(own(first, 'https://example.org/a/') + own(second, 'https://example.org/b/'))
    // Another page of the same event is another entry: its URL is in it.
    expect(own(first, 'https://example.org/en/a/')).toContain('URL:https://example.org/en/a/')
  })
})
