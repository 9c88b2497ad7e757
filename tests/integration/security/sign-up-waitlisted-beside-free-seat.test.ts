// A sign-up whose seats did not fit is written on the waitlist afterwards (cms/registrations/signUp.ts,
// joinWaitlist): on PostgreSQL by a second transaction once the first rolled back, on SQLite once
// taking the seats failed. A cancellation that frees a seat in between promotes the waitlist
// without that person. Found by an attacker review; the waitlist is now promoted again once the
// person's row is written, if their seats fit. The gap is held open here by holding the sign-up's
// second transaction from beginning (SQLite's adapter is still asked for one), as a slow machine would.
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { cancelRegistration } from '../../../cms/registrations/cancel'
import { confirmedSeats } from '../../../cms/registrations/seats'
import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

describeOnDatabase('sign-up: waitlisted while a seat is free (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  /** While set, the next sign-up's second transaction (its waitlist's) waits for `held.gate` before it begins. */
  let held: { transactions: number; reached: () => void; gate: Promise<void> } | null = null

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    const begin = payload.db.beginTransaction.bind(payload.db)
    payload.db.beginTransaction = async (...args) => {
      if (held && ++held.transactions === 2) {
        const { reached, gate } = held
        held = null
        reached()
        await gate
      }
      return begin(...args)
    }
  })

  it('a seat freed while a late-comer is being waitlisted goes to them', async () => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 1, waitlist: true } }) as never,
    })
    const person = (name: string) => ({
      eventId: event.id,
      firstName: name,
      email: `${uniqueSlug(name.toLowerCase())}@example.org`,
      guests: 0,
      language: 'fr' as const,
      consentText: 'J’accepte.',
    })
    const first = await signUp(payload, person('Awa'))
    expect(first.outcome).toBe('confirmed')

    const lateComer = person('Basile')
    let release = () => {}
    const reached = new Promise<void>((resolve) => {
      held = { transactions: 0, reached: resolve, gate: new Promise<void>((open) => (release = open)) }
    })
    const late = signUp(payload, lateComer)
    // Refused a seat, rolled back, and about to be written on the waitlist: Awa cancels now.
    await reached
    expect((await cancelRegistration(payload, first.cancelToken!)).outcome).toBe('cancelled')
    release()
    const { registrationId } = await late

    const { status } = await payload.findByID({ collection: 'registrations', id: registrationId!, depth: 0 })
    const seatsLeft = 1 - (await confirmedSeats(payload, event.id))
    // Nobody waits while the seat they need is free (told "waitlisted" then promoted would do too).
    expect({ status, seatsLeft }).toEqual({ status: 'confirmed', seatsLeft: 0 })
  })
})
