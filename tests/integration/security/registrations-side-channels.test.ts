import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { eraseOldRegistrations } from '../../../cms/jobs/retention'
import type { User } from '../../../cms/payload-types'
import { signUp } from '../../../cms/registrations/signUp'
import { env } from '../../../env'
import { type ApiClient, apiClient, signIn } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createOursAndTheirs, createUser, eventData, uniqueSlug } from '../fixtures'

/**
 * An attacker's review of issue 16: the registrations (who signs up to a political event) read
 * through anything but the registrations API, or kept after they should be gone.
 */

/** A first name and an address no other test uses: neither may come out of any answer below. */
const markerName = `Ombeline${randomInt(1e9)}`
const markerEmail = () => `${uniqueSlug('ombeline-marker')}@example.org`
const days = (count: number) => new Date(Date.now() + count * 86_400_000).toISOString()

describeOnDatabase('registrations through side channels (attacker review)', () => {
  let payload: Payload
  let request: ApiClient['request']
  let ours: number | string
  let theirs: number | string
  let eventType: number | string
  let users: Record<'organiser' | 'otherOrganiser' | 'editor' | 'translator', User>
  const tokens: Partial<Record<keyof typeof users, string>> = {}

  beforeAll(async () => {
    payload = await testPayload()
    request = (await apiClient()).request
    ;({ ours, theirs, eventType } = await createOursAndTheirs(payload))
    users = {
      organiser: await createUser(payload, 'organiser', [], [ours]),
      otherOrganiser: await createUser(payload, 'organiser', [], [theirs]),
      editor: await createUser(payload, 'editor'),
      translator: await createUser(payload, 'translator', ['en']),
    }
    for (const role of Object.keys(users) as (keyof typeof users)[]) tokens[role] = await signIn(request, users[role].email)
  })

  const newEvent = (overrides: Record<string, unknown> = {}) =>
    payload.create({ collection: 'events', data: eventData({ eventType, group: ours }, overrides) as never })

  const signUpMarker = async (eventId: number | string) => {
    const email = markerEmail()
    const result = await signUp(payload, {
      eventId,
      firstName: markerName,
      email,
      guests: 0,
      language: 'fr',
      consentText: 'J’accepte.',
    })
    expect(result.outcome).toBe('confirmed')
    return { email, id: result.registrationId! }
  }

  it('another group’s organiser, an editor and a translator read no registrant through locks, jobs, preferences or events at any depth', async () => {
    const event = await newEvent()
    const { email, id } = await signUpMarker(event.id)
    // The event's own organiser opens the registration in the admin: Payload locks it for them.
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'registrations', value: id as number },
        globalSlug: null,
        user: { relationTo: 'users', value: users.organiser.id },
      },
      overrideAccess: true,
    })
    const paths = [
      'payload-locked-documents?depth=3&limit=100',
      'payload-jobs?depth=3&limit=100',
      'payload-preferences?depth=3&limit=100',
      `events/${event.id}?depth=5&draft=true`,
      `events/versions?depth=5&limit=100&where[parent][equals]=${event.id}`,
      `registrations?depth=2&limit=100`,
      `registrations/${id}?depth=2`,
      `event-seats?depth=3&limit=100`,
    ]
    for (const role of ['otherOrganiser', 'editor', 'translator'] as const) {
      for (const path of paths) {
        const body = await (await request('GET', path, { token: tokens[role] })).text()
        expect(body, `${role} GET ${path}`).not.toContain(markerName)
        expect(body, `${role} GET ${path}`).not.toContain(email)
      }
      const export_ = await (await request('GET', `registrations/export?event=${event.id}`, { token: tokens[role] })).text()
      expect(export_).not.toContain(email)
    }
  })

  it('deleting an event that people signed up to erases their registrations with it', async () => {
    const event = await newEvent({ startsAt: days(10), endsAt: days(10.1) })
    const { email } = await signUpMarker(event.id)
    // An editor deletes the event (taken down, a duplicate…) before it happens.
    const deleted = await request('DELETE', `events/${event.id}`, { token: tokens.editor })
    expect(deleted.status).toBe(200)
    // Long after any retention period, the daily job has run.
    await eraseOldRegistrations(payload, new Date(Date.now() + (env.registrationRetentionDays + 400) * 86_400_000))
    const left = await payload.find({ collection: 'registrations', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    expect(left.docs.map(({ firstName }) => firstName)).toEqual([])
  })

  it('the online link sent "to registrants only" is not read by anyone through the public API', async () => {
    const secretLink = `https://visio.example.org/${uniqueSlug('salle')}`
    const event = await newEvent({ place: {}, online: { url: secretLink, visibility: 'registrants' } })
    for (const path of [`events/${event.id}`, `events?where[id][equals]=${event.id}`, `events/${event.id}?locale=en`]) {
      const body = await (await request('GET', path)).text()
      expect(body, `anonymous GET ${path}`).not.toContain(secretLink)
    }
  })
})
