import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * A person whose registration staff set to "cancelled" (the row keeps their address) signs up
 * again: the page tells them what a newcomer would hear ("confirmed"), so they must then be
 * registered, or at least told the truth by email. Neither happens today: the row found is
 * "already registered", and its email is for confirmed and waitlisted people only.
 */
describeOnDatabase('signing up again after staff cancelled the registration (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  it('the person told "confirmed" holds a seat', async () => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 10, waitlist: true } }) as never,
    })
    const person = { eventId: event.id, firstName: 'Inès', email: `${uniqueSlug('ines')}@example.org`, guests: 0, language: 'fr' as const }
    const first = await signUp(payload, { ...person, consentText: 'J’accepte.' })
    await payload.update({ collection: 'registrations', id: first.registrationId!, data: { status: 'cancelled' } })

    const again = await signUp(payload, { ...person, consentText: 'J’accepte.' })
    const { docs } = await payload.find({ collection: 'registrations', where: { email: { equals: person.email } }, depth: 0 })
    expect({ outcome: again.outcome, statuses: docs.map(({ status }) => status) }).toEqual({
      outcome: 'confirmed',
      statuses: ['confirmed'],
    })
  })
})
