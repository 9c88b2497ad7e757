import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { env } from '../../../env'
import { consentText } from '../../../publication/consentText'
import { publicEndpointPaths } from '../../../publication/signUp'
import { confirmedSeats } from '../../../cms/registrations/seats'
import { signUp } from '../../../cms/registrations/signUp'
import { type ApiClient, apiClient } from '../apiClient'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

/**
 * A form post is a "simple" cross-origin request: any page on the web can make its visitors'
 * browsers post our sign-up form, each from its own address, so that the limit per client address
 * does not hold. Browsers say where a post comes from (Origin, Sec-Fetch-Site): only the site's
 * pages (and the CMS's own, for the cancel page) may post.
 */
describeOnDatabase('sign-ups posted from another site’s pages (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  let request: ApiClient['request']

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    request = (await apiClient()).request
  })

  it('a post from another origin is refused and takes no seat; the site’s own is taken', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    const postFrom = async (origin: string, json: boolean) => {
      const body = new URLSearchParams({
        event: String(event.id),
        language: 'fr',
        firstName: 'Fantôme',
        email: `${uniqueSlug('fantome')}@example.org`,
        guests: '0',
        consent: 'yes',
      })
      const headers = { origin, 'sec-fetch-site': 'cross-site', ...(json ? { accept: 'application/json' } : {}) }
      return request('POST', publicEndpointPaths.signUp, { body, headers })
    }
    for (const json of [false, true]) {
      const answer = await postFrom('https://evil.example', json)
      expect(answer.status, `from another site, ${json ? 'island' : 'plain form'}`).toBe(403)
    }
    // A sandboxed frame or a data: page says `Origin: null`.
    expect((await postFrom('null', true)).status).toBe(403)
    expect(await confirmedSeats(payload, event.id)).toBe(0)
    expect((await postFrom(new URL(env.siteUrl).origin, false)).status).toBe(303)
    expect(await confirmedSeats(payload, event.id)).toBe(1)
  })

  it('a cancellation posted from another origin is refused and cancels nothing; the CMS’s own cancel page cancels', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    const { cancelToken, registrationId } = await signUp(payload, {
      eventId: event.id,
      firstName: 'Fantôme',
      email: `${uniqueSlug('fantome')}@example.org`,
      guests: 0,
      language: 'fr',
      consentText: consentText('fr'),
    })
    const cancelFrom = (origin: string) =>
      request('POST', publicEndpointPaths.cancel, { body: new URLSearchParams({ token: cancelToken!, lang: 'fr' }), headers: { origin } })
    const status = async () => (await payload.findByID({ collection: 'registrations', id: registrationId!, depth: 0 })).status
    for (const origin of ['https://evil.example', 'null']) expect((await cancelFrom(origin)).status, origin).toBe(403)
    expect(await status()).toBe('confirmed')
    expect((await cancelFrom(new URL(env.serverUrl).origin)).status).toBe(303)
    expect(await status()).toBe('cancelled')
  })
})
