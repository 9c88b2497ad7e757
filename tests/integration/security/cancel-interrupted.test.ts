import type { Payload } from 'payload'
import { beforeAll, expect, it, vi } from 'vitest'

import { cancelRegistration } from '../../../cms/registrations/cancel'
import { confirmedSeats, releaseSeats } from '../../../cms/registrations/seats'
import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

// The seats given back can fail on demand (a lost connection, a crash); they work otherwise.
vi.mock('../../../cms/registrations/seats', async (importOriginal) => {
  const seats = await importOriginal<typeof import('../../../cms/registrations/seats')>()
  return { ...seats, releaseSeats: vi.fn(seats.releaseSeats) }
})

/**
 * The cancel link runs its writes outside any transaction (cms/registrations/cancel.ts): the
 * cancellation, then the seats given back. A crash or a failed query after the first (the person
 * saw an error page) must not keep their data. The review found the status and the erasure
 * written apart (a crash between them kept the person's name and address on a cancelled row
 * nobody could reach again); they are now one conditional write, so the interruption is tested
 * where it can now happen: after that write, at the seats.
 */
describeOnDatabase('a cancellation interrupted after its first write (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  it('leaves the person erased; only their seat may stay counted', async () => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 10, waitlist: true } }) as never,
    })
    const email = `${uniqueSlug('interrompue')}@example.org`
    const { registrationId, cancelToken } = await signUp(payload, {
      eventId: event.id,
      firstName: 'Maëlle',
      email,
      phone: '06 12 34 56 78',
      guests: 0,
      language: 'fr',
      consentText: 'J’accepte.',
    })
    expect(await confirmedSeats(payload, event.id)).toBe(1)
    vi.mocked(releaseSeats).mockRejectedValueOnce(new Error('connection lost'))

    await expect(cancelRegistration(payload, cancelToken!)).rejects.toThrow('connection lost')
    const stored = await payload.findByID({ collection: 'registrations', id: registrationId!, depth: 0 })
    expect(stored.status).toBe('cancelled')
    expect([stored.firstName, stored.email, stored.phone]).not.toContain('Maëlle')
    expect(stored.email).not.toBe(email)
    expect(stored.phone ?? null).toBeNull()
    // The documented drift: a seat counted one time too many, never one too few.
    expect(await confirmedSeats(payload, event.id)).toBe(1)
    // The link, used again, finds nothing: the row no longer answers to it.
    expect((await cancelRegistration(payload, cancelToken!)).outcome).toBe('not-found')
  })
})
