// On PostgreSQL a sign-up whose seats did not fit is rolled back, then written on the waitlist by a
// second transaction (cms/registrations/signUp.ts, signUpInTransaction). A cancellation that frees
// a seat in between promotes the waitlist as it is committed, without that person. Found by an
// attacker review; the waitlist is now promoted again once the person's row is committed, if their
// seats fit. The gap is held open here by a hook, as a slow machine would.
import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { cancelRegistration } from '../../../cms/registrations/cancel'
import { confirmedSeats } from '../../../cms/registrations/seats'
import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

const database = inject('database')
const describeOnPostgres = 'url' in database && /^postgres(ql)?:/.test(database.url) ? describeOnDatabase : describe.skip

describeOnPostgres('sign-up: waitlisted while a seat is free (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  /** While set, the waitlisted registration of `held.email` waits for `held.gate` before it is written. */
  let held: { email: string; reached: () => void; gate: Promise<void> } | null = null

  const holdWaitlisted: CollectionBeforeChangeHook = async ({ data, operation }) => {
    if (operation === 'create' && held && data.status === 'waitlisted' && data.email === held.email) {
      held.reached()
      await held.gate
    }
    return data
  }

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    payload.collections.registrations.config.hooks.beforeChange.push(holdWaitlisted)
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
      held = { email: lateComer.email, reached: resolve, gate: new Promise<void>((open) => (release = open)) }
    })
    const late = signUp(payload, lateComer)
    // Refused a seat, rolled back, and about to be written on the waitlist: Awa cancels now.
    await reached
    expect((await cancelRegistration(payload, first.cancelToken!)).outcome).toBe('cancelled')
    release()
    const { registrationId } = await late
    held = null

    const { status } = await payload.findByID({ collection: 'registrations', id: registrationId!, depth: 0 })
    const seatsLeft = 1 - (await confirmedSeats(payload, event.id))
    // Nobody waits while the seat they need is free (told "waitlisted" then promoted would do too).
    expect({ status, seatsLeft }).toEqual({ status: 'confirmed', seatsLeft: 0 })
  })
})
