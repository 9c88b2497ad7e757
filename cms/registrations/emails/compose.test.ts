import { beforeAll, describe, expect, it, vi } from 'vitest'

import { localeCodes } from '../../../publication/locales'
import type { Event, Registration } from '../../payload-types'
import { composeRegistrationEmail } from './compose'
import { registrationEmailKinds } from './kinds'

const event = {
  id: 7,
  title: 'Réunion <de> quartier',
  slug: 'reunion',
  summary: 'On prépare la rentrée.',
  eventStatus: 'scheduled',
  organisers: [{ id: 1, name: 'Groupe Lille', slug: 'lille' }],
  startsAt: '2099-06-01T08:00:00.000Z',
  startsAt_tz: 'Europe/Paris',
  endsAt: '2099-06-01T11:00:00.000Z',
  endsAt_tz: 'Europe/Paris',
  place: { venue: 'Salle', address: null, postcode: '59000', city: 'Lille' },
  online: { url: 'https://visio.example.org/secret-room', visibility: 'registrants' },
  calendarSequence: 3,
  updatedAt: '2099-01-01T00:00:00.000Z',
  _status: 'published',
} as unknown as Event

const registration = (overrides: Partial<Registration> = {}) =>
  ({
    id: 1,
    event: 7,
    firstName: 'Camille',
    email: 'camille@example.org',
    guests: 0,
    language: 'fr',
    status: 'confirmed',
    consent: { text: 'J’accepte.', at: '2099-01-01T00:00:00.000Z' },
    ...overrides,
  }) as Registration

// A secret of its own: the tests never write var/payload-secret.
beforeAll(() => {
  vi.stubEnv('PAYLOAD_SECRET', 'unit-tests-secret-0123456789')
})

describe('registration emails', () => {
  it('every kind in every language: a subject, text and HTML in that language and direction', () => {
    for (const language of localeCodes) {
      for (const kind of registrationEmailKinds) {
        const email = composeRegistrationEmail(kind, registration({ language }), event)
        expect(email.to).toBe('camille@example.org')
        expect(email.subject).toContain(event.title)
        expect(email.text).toContain('Camille')
        expect(email.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`)
      }
    }
  })

  it('escapes what editors and registrants typed in the HTML; no remote content', () => {
    const email = composeRegistrationEmail('confirmation', registration({ firstName: '<b>Camille</b>' }), event)
    expect(email.html).toContain('Réunion &#60;de&#62; quartier')
    expect(email.html).toContain('&#60;b&#62;Camille')
    expect(email.html).not.toMatch(/<img|<script|src=/)
  })

  it('the registrants-only link and the .ics go to those who hold a seat; the waitlist gets neither', () => {
    const confirmed = composeRegistrationEmail('confirmation', registration(), event)
    expect(confirmed.text).toContain('https://visio.example.org/secret-room')
    expect(confirmed.attachments).toHaveLength(1)
    expect(confirmed.attachments[0]!.content).toContain('SEQUENCE:3')
    const waiting = composeRegistrationEmail('waitlisted', registration({ status: 'waitlisted' }), event)
    expect(waiting.text).not.toContain('secret-room')
    expect(waiting.attachments).toHaveLength(0)
  })

  it('the cancel link carries a token derived from the registration, and is left out once the event is cancelled', () => {
    const link = /\S+\/api\/public\/cancel\?token=[\w-]+&lang=fr/
    expect(composeRegistrationEmail('reminder', registration(), event).text).toMatch(link)
    expect(composeRegistrationEmail('cancelled', registration(), event).text).not.toMatch(link)
  })

  it('a language without email texts yet (one just added): French, marked French; the cancel link keeps the language', () => {
    const email = composeRegistrationEmail('confirmation', registration({ language: 'nl' as Registration['language'] }), event)
    expect(email.subject).toBe(composeRegistrationEmail('confirmation', registration(), event).subject)
    expect(email.html).toContain('<html lang="fr" dir="ltr">')
    expect(email.text).toMatch(/\/api\/public\/cancel\?token=[\w-]+&lang=nl/)
  })
})
