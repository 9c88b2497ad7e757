import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { env } from '../../env'
import type { Registration, User } from '../../cms/payload-types'
import { EventRegistrationsField } from '../../cms/components/organisers/EventRegistrationsField'
import { NextEvents } from '../../cms/components/organisers/NextEvents'
import { RegistrationsOfEvent } from '../../cms/components/organisers/RegistrationsOfEvent'
import { registrationCounts } from '../../cms/components/organisers/registrationCounts'
import { hubTranslations } from '../../cms/i18n/translations'
import { confirmedSeats, ensureSeatRow, takeSeats } from '../../cms/registrations/seats'
import { type ApiClient, apiClient, logIn, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createOursAndTheirs, createUser, eventData, rejection, uniqueSlug } from './fixtures'

/** A CSV file as the export writes it: `;`-separated, every field quoted, CRLF line ends. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"'
      index++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ';') {
      row.push(cell)
      cell = ''
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index++
    } else {
      cell += char
    }
  }
  return rows
}

const french = hubTranslations.fr!.hub

describeOnDatabase('organisers in the admin: registrations, seats, CSV, attendance, dashboard', () => {
  let payload: Payload
  let request: ApiClient['request']
  let ours: number | string
  let theirs: number | string
  let eventType: number | string
  let users: Record<'organiser' | 'secondOrganiser' | 'otherOrganiser' | 'editor' | 'admin', User>
  const logged: unknown[] = []
  const restoreLogger: (() => void)[] = []

  beforeAll(async () => {
    payload = await testPayload()
    request = (await apiClient()).request
    ;({ ours, theirs, eventType } = await createOursAndTheirs(payload))
    users = {
      organiser: await createUser(payload, 'organiser', [], [ours]),
      secondOrganiser: await createUser(payload, 'organiser', [], [ours]),
      otherOrganiser: await createUser(payload, 'organiser', [], [theirs]),
      editor: await createUser(payload, 'editor'),
      admin: await createUser(payload, 'admin'),
    }
    // Everything the CMS logs from here on is kept, to look for personal data in it.
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      const original = payload.logger[level].bind(payload.logger)
      payload.logger[level] = ((...args: unknown[]) => {
        logged.push(args)
        return (original as (...rest: unknown[]) => void)(...args)
      }) as never
      restoreLogger.push(() => (payload.logger[level] = original as never))
    }
  })

  afterAll(() => restoreLogger.forEach((restore) => restore()))

  const as = (user: User) => ({ overrideAccess: false as const, user })
  const newEvent = async (capacity: number | null, group = ours, overrides: Record<string, unknown> = {}) => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(
        { eventType, group },
        { registration: { mode: 'site', capacity, waitlist: true, maxGuests: 3 }, ...overrides },
      ) as never,
    })
    await ensureSeatRow(payload, event.id)
    return event
  }
  /** A registration as a sign-up leaves it: a confirmed person's seats taken first. */
  const register = async (
    eventId: number | string,
    status: Registration['status'],
    person: Partial<Pick<Registration, 'firstName' | 'email' | 'phone' | 'guests' | 'language'>> = {},
  ) => {
    const guests = person.guests ?? 0
    if (status === 'confirmed') expect(await takeSeats(payload, eventId, 1 + guests, null)).toBe(true)
    return payload.create({
      collection: 'registrations',
      data: {
        event: eventId,
        firstName: 'Camille',
        email: `${uniqueSlug('inscrite')}@example.org`,
        language: 'fr',
        consent: { text: 'J’accepte.', at: new Date().toISOString() },
        cancelTokenHash: uniqueSlug('hash'),
        ...person,
        guests,
        status,
      } as never,
    })
  }
  /** The registration emails queued for a person (the jobs hold ids only). */
  const emailsQueuedFor = async (id: number | string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'registrationEmail' } }, { 'input.registration': { equals: String(id) } }] },
        pagination: false,
      })
    ).docs.map((job) => (job.input as { kind: string }).kind)
  const statusOf = async (id: number | string) => (await payload.findByID({ collection: 'registrations', id })).status
  const setStatus = (id: number | string, status: Registration['status'], user: User = users.organiser) =>
    payload.update({ collection: 'registrations', id, data: { status }, ...as(user) })
  const raiseCapacity = (eventId: number | string, capacity: number) =>
    payload.update({
      collection: 'events',
      id: eventId,
      data: { registration: { mode: 'site', capacity, waitlist: true, maxGuests: 3 }, _status: 'published' } as never,
    })

  it('moving someone off the waitlist takes their seats; when they do not fit it is refused and nothing changes', async () => {
    const event = await newEvent(3)
    await register(event.id, 'confirmed', { guests: 1 })
    const party = await register(event.id, 'waitlisted', { guests: 1 })
    const single = await register(event.id, 'waitlisted')

    expect(await rejection(setStatus(party.id, 'confirmed'))).toEqual([{ path: 'status', message: french.notEnoughSeats }])
    expect(await statusOf(party.id)).toBe('waitlisted')
    expect(await confirmedSeats(payload, event.id)).toBe(2)

    // The single person fits, whoever came first: staff decide by hand.
    await setStatus(single.id, 'confirmed')
    expect(await statusOf(single.id)).toBe('confirmed')
    expect(await confirmedSeats(payload, event.id)).toBe(3)
    expect(await emailsQueuedFor(single.id)).toEqual(['promoted'])
    expect(await emailsQueuedFor(party.id)).toEqual([])

    // Capacity raised: now the party fits.
    await raiseCapacity(event.id, 5)
    await setStatus(party.id, 'confirmed', users.secondOrganiser)
    expect(await confirmedSeats(payload, event.id)).toBe(5)
  })

  it('two organisers moving the last seat at once: one wins, the other is refused, capacity holds', async () => {
    const event = await newEvent(2)
    await register(event.id, 'confirmed')
    const first = await register(event.id, 'waitlisted')
    const second = await register(event.id, 'waitlisted')
    const outcomes = await Promise.allSettled([
      setStatus(first.id, 'confirmed', users.organiser),
      setStatus(second.id, 'confirmed', users.secondOrganiser),
    ])
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1)
    expect([await statusOf(first.id), await statusOf(second.id)].sort()).toEqual(['confirmed', 'waitlisted'])
    expect(await confirmedSeats(payload, event.id)).toBe(2)
  })

  it('the same person moved twice at once takes their seats once', async () => {
    const event = await newEvent(10)
    const person = await register(event.id, 'waitlisted', { guests: 2 })
    const outcomes = await Promise.allSettled([
      setStatus(person.id, 'confirmed', users.organiser),
      setStatus(person.id, 'confirmed', users.secondOrganiser),
    ])
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').length).toBeGreaterThanOrEqual(1)
    expect(await statusOf(person.id)).toBe('confirmed')
    expect(await confirmedSeats(payload, event.id)).toBe(3)
  })

  it('cancelling by staff frees the seats and promotes the waitlist; cancelled → confirmed takes them again', async () => {
    const event = await newEvent(2)
    const leaving = await register(event.id, 'confirmed', { guests: 1 })
    const waiting = await register(event.id, 'waitlisted')
    const tooLarge = await register(event.id, 'waitlisted', { guests: 3 })
    await setStatus(leaving.id, 'cancelled')
    expect(await statusOf(leaving.id)).toBe('cancelled')
    expect(await statusOf(waiting.id)).toBe('confirmed')
    expect(await statusOf(tooLarge.id)).toBe('waitlisted')
    expect(await emailsQueuedFor(waiting.id)).toEqual(['promoted'])
    expect(await confirmedSeats(payload, event.id)).toBe(1)

    // Back again: one seat is left, the party of two does not fit.
    expect(await rejection(setStatus(leaving.id, 'confirmed'))).toEqual([{ path: 'status', message: french.notEnoughSeats }])
    expect(await statusOf(leaving.id)).toBe('cancelled')
    expect(await confirmedSeats(payload, event.id)).toBe(1)
  })

  it('attendance: a bulk edit marks people attended and keeps their seats; a waitlisted person who came takes a seat', async () => {
    const event = await newEvent(5)
    const people = [await register(event.id, 'confirmed'), await register(event.id, 'confirmed', { guests: 1 })]
    const walkIn = await register(event.id, 'waitlisted')
    const absent = await register(event.id, 'confirmed')
    const { docs, errors } = await payload.update({
      collection: 'registrations',
      where: { id: { in: [...people, walkIn].map((person) => person.id) } },
      data: { status: 'attended' },
      ...as(users.organiser),
    })
    expect(errors).toEqual([])
    expect(docs.map((doc) => doc.status)).toEqual(['attended', 'attended', 'attended'])
    expect(await statusOf(absent.id)).toBe('confirmed')
    expect(await confirmedSeats(payload, event.id)).toBe(5)

    // And back: attended → confirmed keeps the seats.
    await setStatus(people[0]!.id, 'confirmed')
    expect(await confirmedSeats(payload, event.id)).toBe(5)
  })

  it('an organiser of another group cannot change, list or count this group’s registrations', async () => {
    const event = await newEvent(5)
    const person = await register(event.id, 'waitlisted')
    await expect(setStatus(person.id, 'confirmed', users.otherOrganiser)).rejects.toThrow()
    const bulk = await payload.update({
      collection: 'registrations',
      where: { event: { equals: event.id } },
      data: { status: 'confirmed' },
      ...as(users.otherOrganiser),
    })
    expect(bulk.docs).toEqual([])
    expect(await statusOf(person.id)).toBe('waitlisted')
    expect(await confirmedSeats(payload, event.id)).toBe(0)
    const counts = await registrationCounts(payload, [event], users.otherOrganiser)
    expect(counts.get(String(event.id))).toMatchObject({ waitlisted: 0, confirmedPeople: 0 })
  })

  it('counts: confirmed people and seats, waitlisted, cancelled, attended, capacity and seats left', async () => {
    const event = await newEvent(10)
    await register(event.id, 'confirmed', { guests: 2 })
    await register(event.id, 'confirmed')
    const came = await register(event.id, 'confirmed', { guests: 1 })
    const left = await register(event.id, 'confirmed')
    await setStatus(came.id, 'attended')
    await setStatus(left.id, 'cancelled')
    // After the cancellation, which would have promoted them.
    await register(event.id, 'waitlisted')
    const unlimited = await newEvent(null)
    await register(unlimited.id, 'confirmed', { guests: 3 })
    const counts = await registrationCounts(payload, [event, unlimited], users.organiser)
    expect(counts.get(String(event.id))).toEqual({
      confirmedPeople: 2,
      seatsTaken: 6,
      waitlisted: 1,
      cancelled: 1,
      attended: 1,
      capacity: 10,
      seatsLeft: 4,
    })
    expect(counts.get(String(unlimited.id))).toEqual({
      confirmedPeople: 1,
      seatsTaken: 4,
      waitlisted: 0,
      cancelled: 0,
      attended: 0,
      capacity: null,
      seatsLeft: null,
    })
  })

  it('counts: once the registrations are erased after the event, the counts kept in its seat row', async () => {
    const event = await newEvent(10)
    await takeSeats(payload, event.id, 4, null)
    await payload.update({
      collection: 'event-seats',
      where: { event: { equals: event.id } },
      data: { confirmedPeople: 2, waitlistedPeople: 1, cancelledPeople: 3, attendedPeople: 1, erasedAt: new Date().toISOString() },
    })
    expect((await registrationCounts(payload, [event], users.organiser)).get(String(event.id))).toEqual({
      confirmedPeople: 2,
      seatsTaken: 4,
      waitlisted: 1,
      cancelled: 3,
      attended: 1,
      capacity: 10,
      seatsLeft: 6,
    })
  })

  it('the dashboard lists an organiser’s groups’ next events with counts, drafts included, and no other group’s', async () => {
    const soon = { startsAt: '2090-01-01T08:00:00.000Z', endsAt: '2090-01-01T10:00:00.000Z' }
    const mine = await newEvent(8, ours, { ...soon, title: `Atelier ${uniqueSlug('nôtre')}` })
    const draft = await payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ eventType, group: ours }, { ...soon, title: `Brouillon ${uniqueSlug('nôtre')}`, _status: 'draft' }) as never,
    })
    const other = await newEvent(8, theirs, { ...soon, title: `Autre ${uniqueSlug('autre')}` })
    await register(mine.id, 'confirmed', { guests: 1 })
    const i18n = {
      language: 'fr',
      t: (key: string, vars?: Record<string, unknown>) => `${key}${vars ? JSON.stringify(vars) : ''}`,
    }
    const render = async (user: User | undefined) => renderToStaticMarkup((await NextEvents({ payload, i18n, user } as never)) ?? '')

    const organiserView = await render(users.organiser)
    expect(organiserView).toContain(mine.title)
    expect(organiserView).toContain(draft.title)
    expect(organiserView).not.toContain(other.title)
    expect(organiserView).toContain('hub:registrationsConfirmed{&quot;people&quot;:1,&quot;seats&quot;:2}')
    expect(organiserView).toContain(`/api/registrations/export?event=${mine.id}`)
    expect(await render(users.editor)).toBe('')
  })

  it('the event’s panel (edit view, and above its registrations list) shows its counts and export to its organisers only', async () => {
    const event = await newEvent(6)
    await register(event.id, 'confirmed', { guests: 2 })
    await register(event.id, 'waitlisted')
    const i18n = { language: 'fr', t: (key: string, vars?: Record<string, unknown>) => `${key}${vars ? JSON.stringify(vars) : ''}` }
    /** Both hand over to the shared panel, itself an async server component: rendered here by hand. */
    const rendered = async (wrapper: Promise<ReactElement | null>) => {
      const panel = await wrapper
      if (!panel) return ''
      return renderToStaticMarkup((await (panel.type as (props: unknown) => Promise<ReactElement | null>)(panel.props)) ?? '')
    }
    const field = (user: User) => rendered(EventRegistrationsField({ id: event.id, payload, i18n, user } as never))
    const aboveList = (user: User) =>
      rendered(RegistrationsOfEvent({ payload, i18n, user, searchParams: { where: { event: { equals: String(event.id) } } } } as never))
    for (const view of [await field(users.organiser), await aboveList(users.admin)]) {
      expect(view).toContain('hub:registrationsConfirmed{&quot;people&quot;:1,&quot;seats&quot;:3}')
      expect(view).toContain('hub:registrationsWaitlisted{&quot;count&quot;:1}')
      expect(view).toContain('hub:registrationsSeatsLeft{&quot;left&quot;:3,&quot;capacity&quot;:6}')
      expect(view).toContain(`/api/registrations/export?event=${event.id}`)
    }
    expect(await field(users.otherOrganiser)).toBe('')
    expect(await aboveList(users.editor)).toBe('')
  })

  it('CSV export: UTF-8 with BOM, `;`-separated, quoted, formulas disarmed, accents and Arabic intact, parsed back whole', async () => {
    const event = await newEvent(20, ours, { slug: uniqueSlug('atelier') })
    const marker = uniqueSlug('marqueur')
    await register(event.id, 'confirmed', {
      firstName: 'Léa-Éloïse "Lou"',
      email: `${marker}@example.org`,
      phone: '+33 6 12 34 56 78',
      guests: 2,
    })
    await register(event.id, 'waitlisted', { firstName: '=HYPERLINK("https://evil.example","clic")', language: 'en' })
    await register(event.id, 'waitlisted', { firstName: 'مريم', language: 'ar' })
    await register(event.id, 'confirmed', { firstName: '@SUM(A1:A3);-1', phone: '-12' })
    await register(await newEvent(5, theirs).then((theirEvent) => theirEvent.id), 'confirmed', { firstName: 'Ailleurs' })

    const token = await signIn(request, users.organiser.email)
    const response = await request('GET', `registrations/export?event=${event.id}`, { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="inscriptions-${event.slug}-2099-06-01.csv"`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)))
    expect(rows).toHaveLength(5)
    expect(rows[0]).toHaveLength(9)
    const byName = (name: string) => rows.find((row) => row[0] === name)
    expect(byName('Léa-Éloïse "Lou"')!.slice(0, 7)).toEqual([
      'Léa-Éloïse "Lou"',
      `${marker}@example.org`,
      "'+33 6 12 34 56 78",
      '2',
      '3',
      'Français',
      'Confirmée',
    ])
    expect(byName('Léa-Éloïse "Lou"')![7]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)
    expect(byName('Léa-Éloïse "Lou"')![8]).toBe('J’accepte.')
    expect(byName('\'=HYPERLINK("https://evil.example","clic")')).toBeDefined()
    expect(byName('مريم')).toBeDefined()
    expect(byName("'@SUM(A1:A3);-1")![2]).toBe("'-12")
    expect(rows.some((row) => row[0] === 'Ailleurs')).toBe(false)
    // Every data cell is quoted, so a `;` inside a name stays in its cell.
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[1]).toMatch(/^"/)
  })

  it('CSV export: nobody but the event’s organisers and admins gets it, and a refusal carries no personal data', async () => {
    const event = await newEvent(5)
    const marker = uniqueSlug('secret')
    await register(event.id, 'confirmed', { firstName: marker, email: `${marker}@example.org` })
    const exportAs = async (user?: User, eventId: number | string = event.id) => {
      const token = user ? await signIn(request, user.email) : undefined
      const response = await request('GET', `registrations/export?event=${eventId}`, { token })
      return { status: response.status, body: await response.text() }
    }
    const anonymous = await exportAs()
    const otherOrganiser = await exportAs(users.otherOrganiser)
    const editor = await exportAs(users.editor)
    const missing = await exportAs(users.organiser, 999_999_999)
    expect([anonymous.status, otherOrganiser.status, editor.status, missing.status]).toEqual([401, 403, 403, 404])
    for (const refused of [anonymous, otherOrganiser, editor, missing]) expect(refused.body).not.toContain(marker)
    expect((await exportAs(users.admin)).body).toContain(marker)
    // The export is a link in the admin: a same-origin navigation carries the session cookie and
    // Sec-Fetch-Site (no Origin). A page elsewhere sending the organiser's cookie gets nothing.
    const { cookie } = await logIn(request, users.organiser.email)
    const exportWith = (headers: Record<string, string>) =>
      request('GET', `registrations/export?event=${event.id}`, { headers: { cookie, ...headers } })
    for (const elsewhere of [{ origin: 'https://elsewhere.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const response = await exportWith(elsewhere)
      expect(response.status).toBe(401)
      expect(await response.text()).not.toContain(marker)
    }
    expect(await (await exportWith({ 'sec-fetch-site': 'same-origin' })).text()).toContain(marker)
    expect(await (await exportWith({ origin: env.serverUrl })).text()).toContain(marker)
  })

  it('logs name no registrant: ids only', () => {
    const text = JSON.stringify(logged)
    expect(text).not.toMatch(/marqueur-|secret-|inscrite-|Léa|مريم/)
  })
})
