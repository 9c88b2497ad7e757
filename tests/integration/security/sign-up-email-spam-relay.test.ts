import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { publicEndpointPaths, signUpResponse } from '../../../publication/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * The confirmation email greets the person by the first name typed in the form, and goes to the
 * address typed in it: without a check, anyone can make the movement's own mail server send their
 * text (a link, a fake warning) to any address, signed by the movement.
 */
describeOnDatabase('the sign-up form as a relay for a stranger’s message (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let post: Handler

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    const routes = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../../cms/payload.config')
    post = routes.REST_POST(config) as Handler
  })

  it('a "first name" carrying a link or a sentence is refused, and nobody is written or mailed', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    const url = new URL(`http://localhost:3000/api${publicEndpointPaths.signUp}`)
    const email = `${uniqueSlug('cible')}@example.org`
    const body = new URLSearchParams({
      event: String(event.id),
      language: 'fr',
      firstName: 'Compte suspendu, confirmez sur https://evil.example/x',
      email,
      guests: '0',
      consent: 'yes',
    })
    const response = await post(new Request(url, { method: 'POST', body, headers: { accept: 'application/json' } }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
    const answer = signUpResponse.parse(await response.json())
    expect(answer.outcome).toBe('invalid')
    const written = await payload.count({ collection: 'registrations', where: { email: { equals: email } } })
    expect(written.totalDocs).toBe(0)
  })
})
