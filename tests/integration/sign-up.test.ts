import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { confirmedSeats } from '../../cms/registrations/seats'
import { SignUpRefused, type SignUpRequest, hashCancelToken, signUp } from '../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, eventData, uniqueSlug } from './fixtures'

/** Runs `tasks` with at most `clients` at a time, as that many visitors sending forms. */
const withClients = async <T>(clients: number, tasks: (() => Promise<T>)[]): Promise<T[]> => {
  const results: T[] = new Array(tasks.length)
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < tasks.length) {
        const index = next++
        results[index] = await tasks[index]!()
      }
    }),
  )
  return results
}

describeOnDatabase('sign-up to an event, without an account', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  const newEvent = async (registration: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'events',
        draft: extra._status === 'draft',
        data: eventData(basics, {
          registration: { mode: 'site', capacity: 100, waitlist: true, maxGuests: 2, ...registration },
          ...extra,
        }) as never,
      })
    ).id

  const person = (eventId: number | string, overrides: Partial<SignUpRequest> = {}): SignUpRequest => ({
    eventId,
    firstName: 'Camille',
    email: `${uniqueSlug('camille')}@example.org`,
    guests: 0,
    language: 'fr',
    consentText: 'J’accepte que mes données servent à organiser cet événement ; supprimées 90 jours après.',
    ...overrides,
  })
  const registrationsOf = async (eventId: number | string) =>
    (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, limit: 0, pagination: false })).docs

  it('500 sign-ups from 50 clients at once for 100 seats: exactly 100 confirmed and 400 waitlisted, no error', async () => {
    const event = await newEvent()
    const outcomes = await withClients(
      50,
      Array.from({ length: 500 }, () => () => signUp(payload, person(event)).then((result) => result.outcome)),
    )
    expect(outcomes.filter((outcome) => outcome === 'confirmed')).toHaveLength(100)
    expect(outcomes.filter((outcome) => outcome === 'waitlisted')).toHaveLength(400)
    const stored = await registrationsOf(event)
    expect(stored.filter((registration) => registration.status === 'confirmed')).toHaveLength(100)
    expect(stored.filter((registration) => registration.status === 'waitlisted')).toHaveLength(400)
    expect(await confirmedSeats(payload, event)).toBe(100)
  }, 300_000)

  it('the same email twice, even at once and in other case: one registration, told they are registered', async () => {
    const event = await newEvent()
    const request = person(event)
    const outcomes = await Promise.all([
      signUp(payload, request),
      signUp(payload, { ...request, email: ` ${request.email.toUpperCase()} ` }),
      signUp(payload, request),
    ])
    expect(outcomes.map((result) => result.outcome).sort()).toEqual(['already-registered', 'already-registered', 'confirmed'])
    expect(await registrationsOf(event)).toHaveLength(1)
    expect(await confirmedSeats(payload, event)).toBe(1)
  })

  it('guests take seats; a full event without waitlist says so and writes nothing', async () => {
    const event = await newEvent({ capacity: 3, waitlist: false })
    expect((await signUp(payload, person(event, { guests: 2 }))).outcome).toBe('confirmed')
    const emailJobs = async () =>
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'registrationEmail' } } })).totalDocs
    const jobsBefore = await emailJobs()
    expect((await signUp(payload, person(event))).outcome).toBe('full')
    // The refused person's row (written before the seats were tried) and email are gone with it.
    expect(await registrationsOf(event)).toHaveLength(1)
    expect(await emailJobs()).toBe(jobsBefore)
    expect(await confirmedSeats(payload, event)).toBe(3)
  })

  it('refuses, writing nothing: too many guests, a missing phone, a closed, cancelled, external or draft event', async () => {
    const event = await newEvent({ maxGuests: 1, askPhone: true })
    await expect(signUp(payload, person(event, { guests: 2, phone: '' }))).rejects.toMatchObject({
      problems: { guests: 'guestsNotAllowed', phone: 'phoneRequired' },
    })
    await expect(signUp(payload, person(event, { guests: 2, phone: '' }))).rejects.toBeInstanceOf(SignUpRefused)
    expect(await registrationsOf(event)).toHaveLength(0)

    const closed = await newEvent({ closesAt: '2020-01-01T00:00:00.000Z', opensAt: '2019-01-01T00:00:00.000Z' })
    const cancelled = await newEvent({}, { eventStatus: 'cancelled' })
    const elsewhere = await newEvent({ mode: 'external', externalUrl: 'https://example.org/inscription' })
    const draft = await newEvent({}, { _status: 'draft' })
    expect((await signUp(payload, person(closed))).outcome).toBe('closed')
    expect((await signUp(payload, person(cancelled))).outcome).toBe('closed')
    expect((await signUp(payload, person(elsewhere))).outcome).toBe('closed')
    expect((await signUp(payload, person(draft))).outcome).toBe('not-found')
    for (const id of [closed, cancelled, elsewhere, draft]) expect(await registrationsOf(id)).toHaveLength(0)
  })

  it('stores the cancel link’s token as a hash only, and the consent with its time', async () => {
    const event = await newEvent()
    const result = await signUp(payload, person(event), new Date('2026-12-05T10:00:00.000Z'))
    const [stored] = await registrationsOf(event)
    const raw = await payload.findByID({ collection: 'registrations', id: stored!.id, showHiddenFields: true, overrideAccess: true })
    expect(JSON.stringify(raw)).not.toContain(result.cancelToken)
    expect((raw as { cancelTokenHash?: string }).cancelTokenHash).toBe(hashCancelToken(result.cancelToken ?? ''))
    expect(raw.consent).toMatchObject({ at: '2026-12-05T10:00:00.000Z', text: expect.stringContaining('90 jours') })
  })
})
