import addressparser from 'nodemailer/lib/addressparser'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { confirmedSeats } from '../../../cms/registrations/seats'
import { publicEndpointPaths, signUpResponse } from '../../../publication/signUp'
import { type ApiClient, apiClient } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * On SQL databases the sign-up writes its registration beneath Payload (cms/registrations/signUp.ts,
 * writeRegistration): Payload's field validation does not run, so the form's own check
 * (publication/signUp.ts, checkSignUpForm) must be as strict. Found by an attacker review: it took
 * any address with one @ and no space, so `Any-text<victim@example.org>` was stored, and the email
 * job handed it to nodemailer as it was: the confirmation went to victim@example.org with the
 * stranger's text as the To header's display name, and each such spelling was a new inbox to the
 * per-address flood limit (floodLimits.ts emailKey) and a new row to the unique key (event, email).
 */
describeOnDatabase('sign-ups written beneath Payload (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let request: ApiClient['request']

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    request = (await apiClient()).request
  })

  const newEvent = () =>
    payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 500, waitlist: true, maxGuests: 0 } }) as never,
    })

  const signUpAs = async (eventId: number | string, email: string) => {
    const body = new URLSearchParams({ event: String(eventId), language: 'fr', firstName: 'Awa', email, guests: '0', consent: 'yes' })
    const response = await request('POST', publicEndpointPaths.signUp, { body, headers: { accept: 'application/json' } })
    return { status: response.status, outcome: (signUpResponse.safeParse(await response.json()).data?.outcome ?? null) as string | null }
  }

  /** The registrations the form wrote for this event whose email nodemailer would deliver to `inbox`. */
  const rowsMailing = async (eventId: number | string, inbox: string) => {
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { event: { equals: eventId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs.filter((row) => addressparser(row.email, { flatten: true }).some(({ address }) => address === inbox))
  }

  it('an address Payload’s email field refuses (a stranger’s text before <victim@…>) is neither stored nor mailed', async () => {
    const event = await newEvent()
    const victim = `${uniqueSlug('cible')}@example.org`
    const spoofed = `Compte-suspendu!confirmez-sur-evil.example/x<${victim}>`
    // Payload's own validation refuses it (what payload.create did before the direct insert).
    const refusal = await payload
      .create({
        collection: 'registrations',
        data: {
          event: event.id,
          firstName: 'Awa',
          email: spoofed,
          language: 'fr',
          status: 'confirmed',
          consent: { text: 'x', at: new Date().toISOString() },
          cancelTokenHash: uniqueSlug('hash'),
        },
      })
      .then(
        () => null,
        (error: Error) => error.name,
      )
    expect(refusal).toBe('ValidationError')

    // Refused as the form's every bad field is: told which field, nothing written, no seat taken.
    expect(await signUpAs(event.id, spoofed)).toEqual({ status: 422, outcome: 'invalid' })
    expect(await rowsMailing(event.id, victim)).toEqual([])
    expect(await confirmedSeats(payload, event.id)).toBe(0)
  })

  it('one inbox gets at most 5 sign-ups an hour, however its address is dressed (display names before <address>)', async () => {
    const event = await newEvent()
    const victim = `${uniqueSlug('boite')}@example.org`
    const outcomes = []
    for (let n = 1; n <= 8; n++) outcomes.push((await signUpAs(event.id, `Message-${n}<${victim}>`)).outcome)
    // Each spelling is a fresh key to signUpsByEmail and a fresh row to the unique key (event, email).
    expect(outcomes.filter((outcome) => outcome === 'confirmed').length).toBeLessThanOrEqual(5)
    expect((await rowsMailing(event.id, victim)).length).toBeLessThanOrEqual(5)
  })

  it('staff can still cancel every registration the form wrote (Payload validates the stored email on each save)', async () => {
    const event = await newEvent()
    const person = `${uniqueSlug('coince')}@example.org`
    expect(await signUpAs(event.id, `x<${person}>`)).toEqual({ status: 422, outcome: 'invalid' })
    expect(await signUpAs(event.id, person)).toEqual({ status: 200, outcome: 'confirmed' })
    const rows = await rowsMailing(event.id, person)
    expect(rows).toHaveLength(1)
    for (const row of rows) {
      const saved = await payload.update({ collection: 'registrations', id: row.id, data: { status: 'cancelled' }, depth: 0 }).then(
        (doc) => doc.status,
        (error: Error) => `${error.name}: ${error.message}`,
      )
      expect(saved).toBe('cancelled')
    }
  })
})
