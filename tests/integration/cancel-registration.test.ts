import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { cancelRegistration } from '../../cms/registrations/cancel'
import { confirmedSeats } from '../../cms/registrations/seats'
import { type SignUpRequest, signUp } from '../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, eventData, uniqueSlug } from './fixtures'

describeOnDatabase('cancelling without an account', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  const newEvent = async (capacity: number) =>
    (
      await payload.create({
        collection: 'events',
        data: eventData(basics, { registration: { mode: 'site', capacity, waitlist: true, maxGuests: 3 } }) as never,
      })
    ).id
  const person = (eventId: number | string, guests = 0): SignUpRequest => ({
    eventId,
    firstName: 'Lou',
    email: `${uniqueSlug('lou')}@example.org`,
    guests,
    language: 'fr',
    consentText: 'J’accepte.',
  })
  const statuses = async (eventId: number | string) =>
    (
      await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, pagination: false, sort: 'createdAt' })
    ).docs.map((registration) => registration.status)

  it('50 cancellations at once for a full event: exactly 50 promoted from the waitlist, still 100 confirmed', async () => {
    const event = await newEvent(100)
    const results = []
    for (let index = 0; index < 150; index++) results.push(await signUp(payload, person(event)))
    const confirmedTokens = results.filter((result) => result.outcome === 'confirmed').map((result) => result.cancelToken!)
    expect(confirmedTokens).toHaveLength(100)

    const cancelled = await Promise.all(confirmedTokens.slice(0, 50).map((token) => cancelRegistration(payload, token)))
    expect(cancelled.every((result) => result.outcome === 'cancelled')).toBe(true)
    expect(cancelled.flatMap((result) => result.promoted)).toHaveLength(50)
    const now = await statuses(event)
    expect(now.filter((status) => status === 'confirmed')).toHaveLength(100)
    expect(now.filter((status) => status === 'waitlisted')).toHaveLength(0)
    expect(now.filter((status) => status === 'cancelled')).toHaveLength(50)
    expect(await confirmedSeats(payload, event)).toBe(100)
  }, 300_000)

  it('erases the person’s data, frees the seats once, and a second use of the link finds nothing', async () => {
    const event = await newEvent(10)
    const { cancelToken, registrationId } = await signUp(payload, person(event, 2))
    expect(await confirmedSeats(payload, event)).toBe(3)
    expect((await cancelRegistration(payload, cancelToken!)).outcome).toBe('cancelled')
    expect((await cancelRegistration(payload, cancelToken!)).outcome).toBe('not-found')
    expect(await confirmedSeats(payload, event)).toBe(0)
    const row = await payload.findByID({ collection: 'registrations', id: registrationId! })
    expect({ status: row.status, seats: row.seats, firstName: row.firstName, phone: row.phone ?? null }).toEqual({
      status: 'cancelled',
      seats: 3,
      firstName: '—',
      phone: null,
    })
    expect(row.email).not.toContain('lou')
    // The same person may sign up again.
    expect((await signUp(payload, { ...person(event), email: 'lou-again@example.org' })).outcome).toBe('confirmed')
  })

  it('first come, first served, while the seats fit: a party too large waits, a smaller one behind comes in', async () => {
    const event = await newEvent(4)
    const first = await signUp(payload, person(event, 2))
    expect(first.outcome).toBe('confirmed')
    const alone = await signUp(payload, person(event))
    expect(alone.outcome).toBe('confirmed')
    const party = await signUp(payload, person(event, 2))
    const single = await signUp(payload, person(event))
    expect([party.outcome, single.outcome]).toEqual(['waitlisted', 'waitlisted'])
    // One seat frees: the party of 3 does not fit, the single person behind does.
    const { promoted } = await cancelRegistration(payload, alone.cancelToken!)
    expect(promoted).toEqual([single.registrationId])
    expect(await confirmedSeats(payload, event)).toBe(4)
  })

  it('a token that names nothing changes nothing', async () => {
    const event = await newEvent(2)
    await signUp(payload, person(event))
    const before = await statuses(event)
    expect(await cancelRegistration(payload, 'not-a-token')).toEqual({ outcome: 'not-found', promoted: [] })
    expect(await statuses(event)).toEqual(before)
    expect(await confirmedSeats(payload, event)).toBe(1)
  })
})
