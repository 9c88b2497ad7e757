import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { publicEndpointPaths, signUpResponse } from '../../../publication/signUp'
import { confirmedSeats } from '../../../cms/registrations/seats'
import { clientAddressHeader } from '../../../cms/server/clientAddress'
import { type ApiClient, apiClient } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * Floods through the public sign-up form: a stranger's inbox filled with our emails, or an event's
 * seats filled with invented people so that real ones are sent to the waitlist.
 */
describeOnDatabase('sign-up floods (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let request: ApiClient['request']

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    request = (await apiClient()).request
  })

  const newEvent = (capacity: number) =>
    payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity, waitlist: true, maxGuests: 0 } }) as never,
    })

  const signUpAs = async (eventId: number | string, email: string, clientAddress?: string) => {
    const body = new URLSearchParams({ event: String(eventId), language: 'fr', firstName: 'X', email, guests: '0', consent: 'yes' })
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(clientAddress ? { [clientAddressHeader]: clientAddress } : {}),
    }
    const response = await request('POST', publicEndpointPaths.signUp, { body, headers })
    return signUpResponse.parse(await response.json()).outcome
  }

  it('one Gmail inbox gets at most 5 of our emails an hour, however its address is spelt (dots, case, +tags)', async () => {
    const event = await newEvent(500)
    const local = uniqueSlug('victime')
      .replace(/[^a-z]/g, '')
      .slice(0, 12)
    // Gmail delivers every one of these to the same person.
    const spellings = [1, 2, 3, 4, 5, 6, 7].map((dotAt) => `${local.slice(0, dotAt)}.${local.slice(dotAt)}@gmail.com`)
    const outcomes = []
    for (const email of spellings) outcomes.push(await signUpAs(event.id, email))
    expect(outcomes.filter((outcome) => outcome === 'confirmed')).toHaveLength(5)
    expect(outcomes.slice(5)).toEqual(['busy', 'busy'])
  })

  it('one home connection (an IPv6 /56: 256 networks of /64) cannot fill an event with invented people', async () => {
    const event = await newEvent(40)
    // Four /64s of one /56, ten invented addresses each: what a single household's router hands out.
    for (const network of [1, 2, 3, 4]) {
      for (let person = 0; person < 10; person++) {
        await signUpAs(event.id, `${uniqueSlug('fantome')}@example.org`, `2001:db8:0:${network}::${person + 1}`)
      }
    }
    expect(await confirmedSeats(payload, event.id)).toBeLessThan(40)
  })

  it('signing a stranger up again and again mails them their cancel link once a day, and still answers as to a newcomer', async () => {
    const event = await newEvent(500)
    const email = `${uniqueSlug('deja')}@example.org`
    const outcomes = []
    for (let attempt = 0; attempt < 4; attempt++) outcomes.push(await signUpAs(event.id, email))
    expect(outcomes).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed'])
    const { docs: registrations } = await payload.find({ collection: 'registrations', where: { email: { equals: email } }, depth: 0 })
    expect(registrations).toHaveLength(1)
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'registrationEmail' } },
      pagination: false,
      depth: 0,
    })
    const kinds = jobs
      .map((job) => job.input as { registration?: string; kind?: string })
      .filter((input) => input.registration === String(registrations[0]!.id))
      .map((input) => input.kind)
      .sort()
    expect(kinds).toEqual(['already-registered', 'confirmation'])
  })
})
