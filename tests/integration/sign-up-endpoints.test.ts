import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { env } from '../../env'
import { consentText } from '../../publication/consentText'
import { publicEndpointPaths, seatsResponse, signUpProblemsFragment, signUpResponse, type SignUpResponse } from '../../publication/signUp'
import { eventPath, signUpResultPath } from '../../publication/urls'
import { confirmedSeats } from '../../cms/registrations/seats'
import { normaliseEmail, signUp } from '../../cms/registrations/signUp'
import { clientAddressHeader } from '../../cms/server/clientAddress'
import { type ApiCall, type ApiClient, apiClient, logIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, createUser, eventData, uniqueSlug } from './fixtures'

/**
 * A first name no other test uses: it must never come out of the CMS, in a log or an answer. A first
 * name is letters only (publication/signUp.ts), so the random part is spelt in letters.
 */
const markerName = `Zéphyrine${randomInt(1e9)
  .toString()
  .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`
const markerEmail = () => `${uniqueSlug('zephyrine-marker')}@example.org`
const site = (path: string) => `${env.siteUrl.replace(/\/+$/, '')}${path}`

/**
 * Has the database refuse any registration of `email` with `message`, as a failing database would
 * (a trigger on SQLite and PostgreSQL: sign-ups write beneath Payload there); gives the undo.
 */
const failRegistrationsOf = async (payload: Payload, email: string, message: string): Promise<() => Promise<unknown>> => {
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`
  switch (payload.db.name) {
    case 'sqlite': {
      const { client } = payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
      await client.execute(
        `CREATE TRIGGER fail_registration BEFORE INSERT ON registrations WHEN NEW.email = ${quoted(email)} BEGIN SELECT RAISE(ABORT, ${quoted(message)}); END`,
      )
      return () => client.execute('DROP TRIGGER fail_registration')
    }
    case 'postgres': {
      const { pool } = payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }
      await pool.query(
        `CREATE FUNCTION fail_registration() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', ${quoted(message)}; END $$`,
      )
      await pool.query(
        `CREATE TRIGGER fail_registration BEFORE INSERT ON registrations FOR EACH ROW WHEN (NEW.email = ${quoted(email)}) EXECUTE FUNCTION fail_registration()`,
      )
      return () => pool.query('DROP TRIGGER fail_registration ON registrations; DROP FUNCTION fail_registration()')
    }
    default: {
      const create = payload.create.bind(payload)
      const failing = vi.spyOn(payload, 'create').mockImplementation((async (args: Parameters<typeof create>[0]) => {
        if (args.collection === 'registrations') throw new Error(message)
        return create(args)
      }) as typeof create)
      return async () => failing.mockRestore()
    }
  }
}

describeOnDatabase('the public sign-up, seats and cancel endpoints', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let request: ApiClient['request']
  /** Every answer's body and every line logged while the tests ran. */
  const bodies: string[] = []
  const logged: string[] = []
  const emailsUsed: string[] = []
  const restore: (() => void)[] = []

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    request = (await apiClient()).request
    const record = (...args: unknown[]) =>
      void logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const) {
      const original = payload.logger[level].bind(payload.logger)
      const spy = vi.spyOn(payload.logger, level).mockImplementation(((...args: Parameters<typeof original>) => {
        record(...args)
        return original(...args)
      }) as typeof original)
      restore.push(() => spy.mockRestore())
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream)
      const spy = vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        record(String(chunk))
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
      }) as typeof stream.write)
      restore.push(() => spy.mockRestore())
    }
  })

  afterAll(() => {
    for (const undo of restore) undo()
  })

  /** A request through the handlers Next mounts under /api, as a browser's would arrive; its answer's body is kept. */
  const send = async (...args: Parameters<ApiClient['request']>) => {
    const response = await request(...args)
    bodies.push(await response.clone().text())
    return response
  }

  const newEvent = async (registration: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'events',
      draft: extra._status === 'draft',
      data: eventData(basics, {
        registration: { mode: 'site', capacity: 10, waitlist: true, maxGuests: 2, ...registration },
        ...extra,
      }) as never,
    })

  /** A filled-in form, as a person would post it. */
  const form = (eventId: number | string, fields: Record<string, string> = {}) => {
    const email = fields.email ?? markerEmail()
    emailsUsed.push(email)
    return new URLSearchParams({
      event: String(eventId),
      language: 'en',
      firstName: markerName,
      guests: '0',
      consent: 'yes',
      ...fields,
      email,
    })
  }

  const postSignUp = (body: ApiCall['body'], { json = false, headers = {} }: { json?: boolean; headers?: Record<string, string> } = {}) =>
    send('POST', publicEndpointPaths.signUp, { body, headers: { ...(json ? { accept: 'application/json' } : {}), ...headers } })

  const jsonAnswer = async (response: Response): Promise<SignUpResponse> => signUpResponse.parse(await response.json())

  /** What a refused request must leave unchanged: the event's registrations and its seats. */
  const stateOf = async (eventId: number | string) => ({
    registrations: (
      await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, pagination: false, depth: 0 })
    ).docs.map(({ id, status, email }) => ({ id, status, email })),
    seats: await confirmedSeats(payload, eventId),
  })

  it('answers a form without JavaScript with a 303 to the site’s result page: confirmed, waitlisted, full, closed', async () => {
    const event = await newEvent({ capacity: 1, waitlist: true })
    const noWaitlist = await newEvent({ capacity: 1, waitlist: false })
    const closed = await newEvent({ opensAt: '2019-01-01T00:00:00.000Z', closesAt: '2020-01-01T00:00:00.000Z' })
    const draft = await newEvent({}, { _status: 'draft' })
    const elsewhere = await newEvent({ mode: 'external', externalUrl: 'https://example.org/inscription' })
    const cancelled = await newEvent({}, { eventStatus: 'cancelled' })

    const expectSeeOther = (response: Response, location: string) => {
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(location)
      expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
    }
    expectSeeOther(await postSignUp(form(event.id)), site(signUpResultPath('en', 'confirmed')))
    expectSeeOther(await postSignUp(form(event.id, { language: 'ar' })), site(signUpResultPath('ar', 'waitlisted')))
    expectSeeOther(await postSignUp(form(noWaitlist.id)), site(signUpResultPath('en', 'confirmed')))
    expectSeeOther(await postSignUp(form(noWaitlist.id, { language: 'xx' })), site(signUpResultPath('fr', 'full')))
    for (const id of [closed.id, draft.id, elsewhere.id, cancelled.id, '999999999', 'not-an-id']) {
      expectSeeOther(await postSignUp(form(id)), site(signUpResultPath('en', 'closed')))
    }

    const stored = (await stateOf(event.id)).registrations
    expect(stored.map((registration) => registration.status)).toEqual(['confirmed', 'waitlisted'])
    const [first] = (await payload.find({ collection: 'registrations', where: { id: { equals: stored[0]!.id } }, depth: 0 })).docs
    expect(first).toMatchObject({ language: 'en', firstName: markerName, consent: { text: consentText('en') } })
    for (const id of [closed.id, draft.id, elsewhere.id, cancelled.id]) expect((await stateOf(id)).registrations).toEqual([])
  })

  it('answers the island in JSON, in the contract’s shape; multipart forms (FormData) too', async () => {
    const event = await newEvent({ capacity: 1, waitlist: false })
    const confirmed = await postSignUp(form(event.id), { json: true })
    expect(confirmed.status).toBe(200)
    expect(confirmed.headers.get('content-type')).toMatch(/application\/json/)
    expect(await jsonAnswer(confirmed)).toEqual({ outcome: 'confirmed' })

    const multipart = new FormData()
    for (const [name, value] of form(event.id)) multipart.append(name, value)
    const full = await postSignUp(multipart, { json: true })
    expect(full.status).toBe(200)
    expect(await jsonAnswer(full)).toEqual({ outcome: 'full' })
    expect(await jsonAnswer(await postSignUp(form('999999999'), { json: true }))).toEqual({ outcome: 'closed' })
  })

  it('names every bad field at once, in JSON (422) and as the form’s anchor, and writes nothing', async () => {
    const event = await newEvent({ maxGuests: 1, askPhone: true })
    await postSignUp(form(event.id, { phone: '+33 6 12 34 56 78' }))
    const before = await stateOf(event.id)
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ firstName: '  ' }, { firstName: 'firstNameRequired' }],
      [{ firstName: 'x'.repeat(81) }, { firstName: 'firstNameTooLong' }],
      [{ firstName: 'Bob https://evil.example' }, { firstName: 'firstNameInvalid' }],
      [{ email: 'not-an-address' }, { email: 'emailInvalid' }],
      [{ phone: '' }, { phone: 'phoneRequired' }],
      [{ phone: 'call me' }, { phone: 'phoneInvalid' }],
      [{ guests: '1.5' }, { guests: 'guestsNotWholeNumber' }],
      [{ guests: '2' }, { guests: 'guestsTooMany' }],
      [{ consent: '' }, { consent: 'consentRequired' }],
      [
        { firstName: '', email: 'nope', phone: '', guests: '-1', consent: 'no' },
        {
          firstName: 'firstNameRequired',
          email: 'emailInvalid',
          phone: 'phoneRequired',
          guests: 'guestsNotWholeNumber',
          consent: 'consentRequired',
        },
      ],
    ]
    for (const [fields, problems] of cases) {
      const body = () => form(event.id, { phone: '06 12 34 56 78', ...fields })
      const json = await postSignUp(body(), { json: true })
      expect(json.status).toBe(422)
      expect(await jsonAnswer(json)).toEqual({ outcome: 'invalid', problems })
      const redirect = await postSignUp(body())
      expect(redirect.status).toBe(303)
      const fragment = signUpProblemsFragment(Object.keys(problems) as never)
      expect(redirect.headers.get('location')).toBe(site(`${eventPath('en', event.slug)}#${fragment}`))
    }
    expect(await stateOf(event.id)).toEqual(before)
  })

  it('tells a robot that filled the hidden field it is confirmed, and stores nothing', async () => {
    const event = await newEvent()
    const response = await postSignUp(form(event.id, { website: 'https://spam.example' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(site(signUpResultPath('en', 'confirmed')))
    expect(await jsonAnswer(await postSignUp(form(event.id, { website: 'x' }), { json: true }))).toEqual({ outcome: 'confirmed' })
    expect(await stateOf(event.id)).toEqual({ registrations: [], seats: 0 })
  })

  it('keeps the public API cache through sign-ups, and applies a change to the event to the very next sign-up', async () => {
    const event = await newEvent({ capacity: 10 })
    const publicRead = `/events/${event.id}?depth=0`
    expect((await send('GET', publicRead)).headers.get('x-hub-cache')).toBe('miss')
    expect(await jsonAnswer(await postSignUp(form(event.id), { json: true }))).toEqual({ outcome: 'confirmed' })
    // A registration is never public: visitors' reads stay in memory while a crowd signs up.
    expect((await send('GET', publicRead)).headers.get('x-hub-cache')).toBe('hit')

    // The endpoint keeps the event it read; a published change reaches the next sign-up at once.
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { ...event.registration, closesAt: '2020-01-01T00:00:00.000Z' }, _status: 'published' } as never,
    })
    expect((await send('GET', publicRead)).headers.get('x-hub-cache')).toBe('miss')
    const before = await stateOf(event.id)
    expect(await jsonAnswer(await postSignUp(form(event.id), { json: true }))).toEqual({ outcome: 'closed' })
    expect(await stateOf(event.id)).toEqual(before)
  })

  it('limits sign-ups per client address and per email (+tags counted as one): busy, nothing stored', async () => {
    const event = await newEvent({ capacity: 100 })
    const address = { [clientAddressHeader]: `198.51.100.${randomInt(1, 255)}` }
    for (let index = 0; index < 10; index++) {
      expect(await jsonAnswer(await postSignUp(form(event.id), { json: true, headers: address }))).toEqual({ outcome: 'confirmed' })
    }
    const before = await stateOf(event.id)
    const busy = await postSignUp(form(event.id), { json: true, headers: address })
    expect(busy.status).toBe(429)
    expect(await jsonAnswer(busy)).toEqual({ outcome: 'busy' })
    const busyWithoutScript = await postSignUp(form(event.id), { headers: address })
    expect(busyWithoutScript.headers.get('location')).toBe(site(signUpResultPath('en', 'busy')))
    expect(await stateOf(event.id)).toEqual(before)

    // Five events for one person (their +tags, their capitals) are fine; a sixth is one too many.
    const email = markerEmail()
    const events = await Promise.all(Array.from({ length: 6 }, () => newEvent()))
    const outcomes = []
    for (const [index, { id }] of events.entries()) {
      const spelling = index === 0 ? email.toUpperCase() : email.replace('@', `+${index}@`)
      outcomes.push((await jsonAnswer(await postSignUp(form(id, { email: spelling }), { json: true }))).outcome)
    }
    expect(outcomes).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'busy'])
    expect(await stateOf(events[5]!.id)).toEqual({ registrations: [], seats: 0 })
  })

  it('answers an email already registered exactly as it would answer a newcomer, and adds nobody', async () => {
    const event = await newEvent({ capacity: 2, waitlist: true })
    const noWaitlist = await newEvent({ capacity: 1, waitlist: false })
    const registered = markerEmail()
    const again = async (id: number | string) => jsonAnswer(await postSignUp(form(id, { email: registered }), { json: true }))
    const newcomer = async (id: number | string) => jsonAnswer(await postSignUp(form(id), { json: true }))

    expect(await again(event.id)).toEqual({ outcome: 'confirmed' })
    // One seat left: a newcomer would be confirmed, so the registered person is told the same.
    expect(await again(event.id)).toEqual({ outcome: 'confirmed' })
    expect(await newcomer(event.id)).toEqual({ outcome: 'confirmed' })
    // Full, with a waitlist: both would hear "waitlisted".
    const before = await stateOf(event.id)
    expect(await again(event.id)).toEqual({ outcome: 'waitlisted' })
    expect(await stateOf(event.id)).toEqual(before)
    expect(await newcomer(event.id)).toEqual({ outcome: 'waitlisted' })

    expect(await again(noWaitlist.id)).toEqual({ outcome: 'confirmed' })
    expect(await again(noWaitlist.id)).toEqual({ outcome: 'full' })
    expect(await newcomer(noWaitlist.id)).toEqual({ outcome: 'full' })
    expect((await stateOf(noWaitlist.id)).registrations).toHaveLength(1)
  })

  it('opens the endpoints to the site’s origin without credentials, and ignores a staff cookie sent along', async () => {
    const admin = await createUser(payload, 'admin')
    const { cookie } = await logIn(request, admin.email, { origin: env.serverUrl })
    expect(cookie).not.toBe('')
    const event = await newEvent()
    for (const [path, method] of [
      [publicEndpointPaths.signUp, 'POST'],
      [publicEndpointPaths.seats, 'GET'],
    ] as const) {
      const preflight = await send('OPTIONS', path, { headers: { origin: env.siteUrl, 'access-control-request-method': method } })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(env.siteUrl)
      expect(preflight.headers.get('access-control-allow-methods')).toBe(`${method}, OPTIONS`)
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    }
    const fromSite = { origin: env.siteUrl, cookie }
    const answer = await postSignUp(form(event.id), { json: true, headers: fromSite })
    expect(await jsonAnswer(answer)).toEqual({ outcome: 'confirmed' })
    const seats = await send('GET', `${publicEndpointPaths.seats}?event=${event.id}`, { headers: fromSite })
    for (const response of [answer, seats]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(env.siteUrl)
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    }
    // The staff session gave the sign-up nothing: it was written as anyone's, through the same door.
    const [stored] = (await stateOf(event.id)).registrations
    expect(stored).toMatchObject({ status: 'confirmed' })
  })

  it('gives an event’s seats as counts, cached a few seconds; 404 for an event that takes no sign-ups here', async () => {
    const event = await newEvent({ capacity: 5, waitlist: false })
    const seatsOf = (id: number | string) => send('GET', `${publicEndpointPaths.seats}?event=${id}`)
    const first = await seatsOf(event.id)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=5')
    expect(seatsResponse.strict().parse(await first.json())).toEqual({ open: true, capacity: 5, left: 5, waitlist: false })

    expect(await jsonAnswer(await postSignUp(form(event.id, { guests: '2' }), { json: true }))).toEqual({ outcome: 'confirmed' })
    // Within its few seconds the answer is the one read before; after them, the new count.
    expect(await (await seatsOf(event.id)).json()).toMatchObject({ left: 5 })
    await new Promise((resolve) => setTimeout(resolve, 3100))
    expect(await (await seatsOf(event.id)).json()).toEqual({ open: true, capacity: 5, left: 2, waitlist: false })

    const unlimited = await newEvent({ capacity: null, waitlist: false })
    expect(await (await seatsOf(unlimited.id)).json()).toEqual({ open: true, capacity: null, left: null, waitlist: false })
    const closed = await newEvent({ opensAt: '2019-01-01T00:00:00.000Z', closesAt: '2020-01-01T00:00:00.000Z' })
    expect(await (await seatsOf(closed.id)).json()).toMatchObject({ open: false })

    const draft = await newEvent({}, { _status: 'draft' })
    const elsewhere = await newEvent({ mode: 'external', externalUrl: 'https://example.org/inscription' })
    for (const id of [draft.id, elsewhere.id, '999999999', 'x;drop', '']) {
      const missing = await seatsOf(id)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('content-type')).toMatch(/application\/json/)
    }
  })

  it('shows the cancel page in the language and changes nothing; its POST cancels and sends to the site', async () => {
    const event = await newEvent({ capacity: 1, waitlist: true })
    const { cancelToken } = await signUp(payload, {
      eventId: event.id,
      firstName: markerName,
      email: markerEmail(),
      guests: 0,
      language: 'ar',
      consentText: consentText('ar'),
    })
    await postSignUp(form(event.id))
    const before = await stateOf(event.id)
    expect(before.registrations.map((registration) => registration.status)).toEqual(['confirmed', 'waitlisted'])

    const page = await send('GET', `${publicEndpointPaths.cancel}?token=${cancelToken}&lang=ar`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('cache-control')).toBe('no-store')
    // The origin alone, never the token; not no-referrer, under which the button would post `Origin: null`.
    expect(page.headers.get('referrer-policy')).toBe('strict-origin')
    const policy = page.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toMatch(/script-src|unsafe-inline/)
    const html = await page.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<form method="post" action="/api/public/cancel">')
    expect(html).toContain(`<input type="hidden" name="token" value="${cancelToken}">`)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain(`href="${site('/ar/')}"`)
    // Opening the page, even twice, in another language, changed nothing.
    await send('GET', `${publicEndpointPaths.cancel}?token=${cancelToken}&lang=en`)
    expect(await stateOf(event.id)).toEqual(before)

    const cancel = (token: string) => send('POST', publicEndpointPaths.cancel, { body: new URLSearchParams({ token, lang: 'ar' }) })
    const cancelled = await cancel(cancelToken!)
    expect(cancelled.status).toBe(303)
    expect(cancelled.headers.get('location')).toBe(site(signUpResultPath('ar', 'cancelled')))
    expect((await stateOf(event.id)).registrations.map((registration) => registration.status)).toEqual(['cancelled', 'confirmed'])
    const twice = await cancel(cancelToken!)
    expect(twice.headers.get('location')).toBe(site(signUpResultPath('ar', 'cancel-link-invalid')))
    expect((await cancel('made-up-token-that-names-nobody')).headers.get('location')).toBe(
      site(signUpResultPath('ar', 'cancel-link-invalid')),
    )
    expect(logged.join('\n')).not.toContain(cancelToken)
  })

  it('changes nothing on a GET of the sign-up path, and refuses a body too large for a form', async () => {
    const event = await newEvent()
    const before = await stateOf(event.id)
    const get = await send('GET', `${publicEndpointPaths.signUp}?${form(event.id).toString()}`)
    expect([404, 405]).toContain(get.status)
    const tooLarge = await postSignUp(form(event.id, { firstName: 'x'.repeat(9000) }), { json: true })
    expect(tooLarge.status).toBe(413)
    // The form's fields as JSON (how a plain object is sent): a content type the endpoint does not take.
    const unknownType = await postSignUp(Object.fromEntries(form(event.id)), { json: true })
    expect(unknownType.status).toBe(415)
    expect(await stateOf(event.id)).toEqual(before)
  })

  it('answers a failure of ours with a generic message, and logs the event’s id, never the person', async () => {
    const event = await newEvent()
    const email = markerEmail()
    // A database error whose message quotes the values it refused, as PostgreSQL's do.
    const restore = await failRegistrationsOf(payload, normaliseEmail(email), `duplicate key (email)=(${email}, ${markerName})`)
    const start = logged.length
    try {
      const response = await postSignUp(form(event.id, { email }), { json: true })
      expect(response.status).toBe(500)
      expect(JSON.stringify(await response.json())).not.toContain(email)
    } finally {
      await restore()
    }
    const log = logged.slice(start).join('\n')
    expect(log).toContain('Sign-up failed')
    expect(log).toContain(String(event.id))
    expect(await stateOf(event.id)).toEqual({ registrations: [], seats: 0 })
  })

  it('let no registrant’s email or name out, in any answer or any log line', () => {
    expect(emailsUsed.length).toBeGreaterThan(30)
    const everything = [...bodies, ...logged].join('\n').toLowerCase()
    expect(everything).not.toContain(markerName.toLowerCase())
    for (const email of emailsUsed) expect(everything).not.toContain(email.toLowerCase())
  })
})
