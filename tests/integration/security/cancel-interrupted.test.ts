import { and, eq } from 'drizzle-orm'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { cancelRegistration } from '../../../cms/registrations/cancel'
import { updateIfMatches } from '../../../cms/registrations/conditionalUpdate'
import { confirmedSeats } from '../../../cms/registrations/seats'
import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * The cancel link runs three writes outside any transaction (cms/registrations/cancel.ts): the
 * status, then the erasure of the person's data, then the seats given back. A crash or a failed
 * query after the first (the person saw an error page) must not keep their data nor their seat:
 * using the link again finishes the job.
 */
describeOnDatabase('a cancellation interrupted after its first write (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  it('the link used again erases the person and frees their seat', async () => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 10, waitlist: true } }) as never,
    })
    const email = `${uniqueSlug('interrompue')}@example.org`
    const { registrationId, cancelToken } = await signUp(payload, {
      eventId: event.id,
      firstName: 'Maëlle',
      email,
      guests: 0,
      language: 'fr',
      consentText: 'J’accepte.',
    })
    expect(await confirmedSeats(payload, event.id)).toBe(1)
    // Where the interrupted cancellation stopped: the status written, nothing after it.
    const statusWritten = await updateIfMatches(payload, 'registrations', {
      sql: (table) => ({ where: and(eq(table.id!, registrationId!), eq(table.status!, 'confirmed')), set: { status: 'cancelled' } }),
      mongo: { filter: { _id: registrationId, status: 'confirmed' }, update: { $set: { status: 'cancelled' } } },
    })
    expect(statusWritten).toBe(true)

    const again = await cancelRegistration(payload, cancelToken!)
    expect(again.outcome).toBe('cancelled')
    const stored = await payload.findByID({ collection: 'registrations', id: registrationId!, depth: 0 })
    expect({ firstName: stored.firstName, email: stored.email }).not.toEqual({ firstName: 'Maëlle', email })
    expect(await confirmedSeats(payload, event.id)).toBe(0)
  })
})
