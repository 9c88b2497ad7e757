import { describe, expect, it } from 'vitest'

import type { EventEntry } from '../../publication/schema'
import { eventJsonLd } from './eventJsonLd'

const place = {
  venue: 'Salle des fêtes',
  address: '3 rue de la Paix',
  postcode: '69001',
  city: 'Lyon',
  department: '69',
  country: 'FR',
  latitude: 45.76,
  longitude: 4.83,
}
const event: EventEntry = {
  locale: 'fr',
  id: '7',
  slug: 'reunion',
  translated: true,
  translationOutdated: false,
  titleTranslated: true,
  summaryTranslated: true,
  title: 'Réunion publique',
  summary: 'Venez débattre.',
  descriptionHtml: '<p>Venez.</p>',
  type: { slug: 'reunion-publique', name: 'Réunion publique' },
  status: 'scheduled',
  themes: ['democratie'],
  organisers: [{ slug: 'lyon', name: 'Groupe de Lyon' }],
  startsAt: '2026-12-12T17:00:00.000Z',
  endsAt: '2026-12-12T19:00:00.000Z',
  timeZone: 'Europe/Paris',
  place,
  online: null,
  accessibility: null,
  image: null,
  registration: {
    mode: 'site',
    externalUrl: null,
    capacity: 30,
    maxGuests: 2,
    waitlist: true,
    askPhone: false,
    opensAt: null,
    closesAt: null,
    seatsTaken: 4,
  },
  resources: [],
  calendar: { uid: 'event-7@example.org', sequence: 0 },
  publishedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
}
const links = {
  pageUrl: 'https://example.org/fr/events/reunion/',
  groupUrl: (slug: string) => `https://example.org/fr/groups/${slug}/`,
  imageUrl: null,
}

describe('eventJsonLd', () => {
  it('describes a scheduled event at a place, on its own clock, with its organisers', () => {
    expect(eventJsonLd(event, links)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Réunion publique',
      description: 'Venez débattre.',
      inLanguage: 'fr',
      url: 'https://example.org/fr/events/reunion/',
      startDate: '2026-12-12T18:00:00+01:00',
      endDate: '2026-12-12T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Salle des fêtes',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '3 rue de la Paix',
          postalCode: '69001',
          addressLocality: 'Lyon',
          addressCountry: 'FR',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 45.76, longitude: 4.83 },
      },
      organizer: [{ '@type': 'Organization', name: 'Groupe de Lyon', url: 'https://example.org/fr/groups/lyon/' }],
    })
  })

  it('says cancelled and postponed', () => {
    expect(eventJsonLd({ ...event, status: 'cancelled' }, links).eventStatus).toBe('https://schema.org/EventCancelled')
    expect(eventJsonLd({ ...event, status: 'postponed' }, links).eventStatus).toBe('https://schema.org/EventPostponed')
  })

  it('gives an online event a virtual location: its public link, or its page when the link goes to registrants only', () => {
    const online = eventJsonLd({ ...event, place: null, online: { url: 'https://meet.example.org/abc' } }, links)
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.org/abc' })
    const mixed = eventJsonLd({ ...event, online: { url: null } }, links)
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(mixed.location).toEqual([expect.objectContaining({ '@type': 'Place' }), { '@type': 'VirtualLocation', url: links.pageUrl }])
  })

  it('adds the image, and leaves out the organisers when there are none', () => {
    const json = eventJsonLd({ ...event, organisers: [] }, { ...links, imageUrl: 'https://example.org/media/e.webp' })
    expect(json.image).toEqual(['https://example.org/media/e.webp'])
    expect(json).not.toHaveProperty('organizer')
  })
})
