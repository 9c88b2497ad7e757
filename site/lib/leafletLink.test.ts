import { describe, expect, it } from 'vitest'

import { type LeafletEvent, type LeafletTemplate, leafletLink, leafletTemplate } from './leafletLink'

const leaflet: LeafletTemplate = {
  slug: 'tract-a5-reunion-publique',
  fields: [
    { key: 'group', type: 'line', maxLength: 60 },
    { key: 'headline', type: 'multiline', maxLength: 40 },
    { key: 'date', type: 'date', maxLength: 10 },
    { key: 'time', type: 'time', maxLength: 5 },
    { key: 'place', type: 'place', maxLength: 120 },
    { key: 'contact', type: 'url', maxLength: 200 },
    { key: 'message', type: 'multiline', maxLength: 240 },
  ],
}
const square: LeafletTemplate = {
  slug: 'visuel-carre-evenement',
  fields: [
    { key: 'headline', type: 'multiline', maxLength: 40 },
    { key: 'date', type: 'date', maxLength: 10 },
    { key: 'place', type: 'place', maxLength: 120 },
  ],
}
const slogan: LeafletTemplate = { slug: 'slogan', fields: [{ key: 'headline', type: 'multiline', maxLength: 40 }] }

const event: LeafletEvent = {
  title: 'Réunion publique',
  type: { slug: 'reunion-publique', name: 'Réunion publique' },
  startsAt: '2026-12-12T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  place: {
    venue: 'Salle des fêtes',
    address: '3 rue de la Paix',
    postcode: '69001',
    city: 'Lyon',
    department: '69',
    country: 'FR',
    latitude: null,
    longitude: null,
  },
  online: null,
  organisers: [
    { slug: 'lyon', name: 'Groupe de Lyon' },
    { slug: 'villeurbanne', name: 'Groupe de Villeurbanne' },
  ],
  resources: [],
}
const options = { pageUrl: 'https://example.org/fr/events/reunion/', onlineLabel: 'En ligne' }
const paramsOf = (link: string) => Object.fromEntries(new URL(link, 'https://example.org').searchParams)

describe('leafletTemplate', () => {
  it("takes the event's own tract template when it is published", () => {
    const linked = { ...event, resources: [{ type: 'tracts', slug: 'visuel-carre-evenement', title: 'Visuel' }] }
    expect(leafletTemplate(linked, [leaflet, square])).toBe(square)
  })

  it('otherwise takes the template with the most date, time, place and link fields, the first of equals', () => {
    expect(leafletTemplate(event, [slogan, square, leaflet])).toBe(leaflet)
    expect(leafletTemplate({ ...event, resources: [{ type: 'tracts', slug: 'unpublished', title: 'Gone' }] }, [square, leaflet])).toBe(
      leaflet,
    )
    expect(leafletTemplate(event, [square, { ...leaflet, slug: 'other' }, leaflet])?.slug).toBe('other')
  })

  it('offers none when no template has an event field', () => {
    expect(leafletTemplate(event, [slogan])).toBeNull()
    expect(leafletTemplate(event, [])).toBeNull()
  })
})

describe('leafletLink', () => {
  it("opens the template's customiser in the page's language, filled in from the event on its own clock", () => {
    const link = leafletLink('fr', leaflet, event, options)
    expect(link.startsWith('/fr/tracts/tract-a5-reunion-publique/?')).toBe(true)
    expect(paramsOf(link)).toEqual({
      group: 'Groupe de Lyon, Groupe de Villeurbanne',
      headline: 'Réunion publique',
      date: '2026-12-12',
      time: '18:00',
      place: 'Salle des fêtes\n3 rue de la Paix\n69001 Lyon',
      contact: 'https://example.org/fr/events/reunion/',
    })
  })

  it("puts the event's type in the headline when the title would not fit, and says online for an event without a place", () => {
    const title = 'Une très longue réunion en ligne pour préparer la rentrée'
    const online = { ...event, title, type: { slug: 'en-ligne', name: 'Réunion en ligne' }, place: null, online: { url: null } }
    const values = paramsOf(leafletLink('en', leaflet, online, options))
    expect(values.headline).toBe('Réunion en ligne')
    expect(values.place).toBe('En ligne')
    // Neither fits: the template's own headline stays.
    const longType = { ...online, type: { slug: 'long', name: title } }
    expect(paramsOf(leafletLink('en', leaflet, longType, options)).headline).toBeUndefined()
  })

  it('sets only the fields the template has', () => {
    expect(Object.keys(paramsOf(leafletLink('fr', square, event, options)))).toEqual(['headline', 'date', 'place'])
  })
})
