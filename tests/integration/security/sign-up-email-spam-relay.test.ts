import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { publicEndpointPaths, signUpResponse } from '../../../publication/signUp'
import { type ApiClient, apiClient } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * The confirmation email greets the person by the first name typed in the form, and goes to the
 * address typed in it: without a check, anyone can make the movement's own mail server send their
 * text (a link, a fake warning) to any address, signed by the movement.
 */
describeOnDatabase('the sign-up form as a relay for a stranger’s message (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let request: ApiClient['request']

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    request = (await apiClient()).request
  })

  it('a "first name" carrying a link or a sentence is refused, and nobody is written or mailed', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    const email = `${uniqueSlug('cible')}@example.org`
    const body = new URLSearchParams({
      event: String(event.id),
      language: 'fr',
      firstName: 'Compte suspendu, confirmez sur https://evil.example/x',
      email,
      guests: '0',
      consent: 'yes',
    })
    const response = await request('POST', publicEndpointPaths.signUp, { body, headers: { accept: 'application/json' } })
    const answer = signUpResponse.parse(await response.json())
    expect(answer.outcome).toBe('invalid')
    const written = await payload.count({ collection: 'registrations', where: { email: { equals: email } } })
    expect(written.totalDocs).toBe(0)
  })
})
