import { beforeAll, expect, it } from 'vitest'

import { manageTokenFor } from '../../../cms/donations/manageToken'
import { donationEndpointPaths } from '../../../publication/donation'
import { describeOnDatabase } from '../database'
import {
  type DonationsHarness,
  cmsOrigin,
  deliver,
  donate,
  donationForm,
  newPerson,
  postDonation,
  rowCounts,
  sessionOf,
  siteOrigin,
  startDonationsHarness,
} from '../donationsHarness'

/**
 * Threat: a malicious page in the donor's browser (CSRF, CORS), a mail scanner following links, or
 * someone holding a leaked or guessed monthly-donation link. The donation form is posted only from
 * the site's pages (or the CMS's correction page); the monthly page's forms only from the CMS; no
 * GET changes anything; a link's token is an HMAC under the CMS's secret, checked in constant time.
 */
describeOnDatabase('donations from other sites, links and tokens (attacker review)', () => {
  let harness: DonationsHarness
  let token: string
  let monthlyId: number | string

  beforeAll(async () => {
    harness = await startDonationsHarness()
    const person = newPerson()
    const answer = await donate(
      harness,
      donationForm(person, { frequency: 'monthly', amountChoice: '20', [`share.${harness.groups.north.slug}`]: '5' }),
    )
    await deliver(harness, harness.fake.pay(sessionOf(answer)))
    const { docs } = await harness.payload.find({
      collection: 'monthly-donations',
      where: { 'donor.email': { equals: person.email } },
      depth: 0,
    })
    monthlyId = docs[0]!.id
    token = manageTokenFor(docs[0]!)
  })

  const monthly = () => harness.payload.findByID({ collection: 'monthly-donations', id: monthlyId, depth: 0 })

  it('a donation posted from another origin (or a sandboxed frame) is a 403: nothing written, Stripe not called', async () => {
    const before = await rowCounts(harness)
    const calls = harness.fake.requests.length
    for (const origin of ['https://evil.example', 'null', `${siteOrigin}.evil.example`, siteOrigin.replace(/^http:/, 'https:')]) {
      if (origin === siteOrigin) continue
      const response = await postDonation(harness, donationForm(newPerson(), { amountChoice: '10' }), {
        Origin: origin,
        Accept: 'text/html',
      })
      expect(response.status, origin).toBe(403)
    }
    expect(await rowCounts(harness)).toEqual(before)
    expect(harness.fake.requests.length).toBe(calls)
  })

  it('the site may read the donation answers but never with credentials; the webhook and the monthly page allow no other origin', async () => {
    const preflight = await harness.request('OPTIONS', donationEndpointPaths.donate, {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(new URL(preflight.headers.get('access-control-allow-origin')!).origin).toBe(siteOrigin)
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    const answer = await postDonation(harness, donationForm(newPerson(), { amountChoice: 'abc' }), {
      Origin: siteOrigin,
      Accept: 'application/json',
      Cookie: 'payload-token=anything',
    })
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
    for (const path of [donationEndpointPaths.stripeWebhook, `${donationEndpointPaths.manage}?token=${token}&lang=fr`]) {
      const response = await harness.request('GET', path, { headers: { Origin: 'https://evil.example' } })
      expect(response.headers.get('access-control-allow-origin'), path).not.toBe('https://evil.example')
      expect(response.headers.get('access-control-allow-origin'), path).not.toBe('*')
    }
  })

  it('the monthly page’s forms posted from the public site or another origin are refused and change nothing', async () => {
    const before = await monthly()
    for (const origin of [siteOrigin, 'https://evil.example', 'null']) {
      if (origin === cmsOrigin) continue
      for (const action of ['stop', 'split']) {
        const response = await harness.request('POST', donationEndpointPaths.manage, {
          body: new URLSearchParams({ token, lang: 'fr', action, addGroup: harness.groups.south.slug, addGroupEuros: '20' }),
          headers: { Origin: origin },
        })
        expect(response.status, `${origin} ${action}`).toBe(403)
      }
    }
    expect(await monthly()).toMatchObject({ status: before.status, shares: before.shares, nationalCents: before.nationalCents })
  })

  it('opening the monthly page (a mail scanner, a prefetch) changes nothing, whatever its address says', async () => {
    const before = await monthly()
    const calls = harness.fake.requests.length
    for (const query of [`token=${token}&lang=fr`, `token=${token}&action=stop`, `token=${token}&done=stopped&action=stop&addGroup=x`]) {
      const response = await harness.request('GET', `${donationEndpointPaths.manage}?${query}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toContain('no-store')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin')
      const html = await response.text()
      // The page names no donor: a leaked link shows an amount and a split, no identity.
      expect(html).not.toContain('Camille')
      expect(html).not.toContain('@example.org')
    }
    expect(await monthly()).toMatchObject({ status: before.status, shares: before.shares })
    expect(harness.fake.requests.length).toBe(calls)
  })

  it('a wrong, truncated, altered or foreign token opens nothing and changes nothing', async () => {
    const before = await monthly()
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const other = manageTokenFor({ id: monthlyId, createdAt: new Date(0).toISOString() })
    for (const guess of ['', token.slice(0, 20), altered, other, `${token}x`, token.toUpperCase(), 'a'.repeat(43), `${token}%00`]) {
      const page = await harness.request('GET', `${donationEndpointPaths.manage}?token=${encodeURIComponent(guess)}&lang=fr`)
      expect(page.status, guess).toBe(404)
      const stop = await harness.request('POST', donationEndpointPaths.manage, {
        body: new URLSearchParams({ token: guess, lang: 'fr', action: 'stop' }),
        headers: { Origin: cmsOrigin },
      })
      expect(stop.status).toBe(303)
      expect(stop.headers.get('location')).not.toContain('done=')
    }
    expect((await monthly()).status).toBe(before.status)
  })

  it('the thank-you page’s status answer tells a status, nothing else, and nothing for a guessed session', async () => {
    for (const session of ['cs_test_aaaaaaaaaaaa', "cs_test_' OR 1=1 --", 'anything', '']) {
      const response = await harness.request('GET', `${donationEndpointPaths.status}?session=${encodeURIComponent(session)}`)
      expect(await response.json()).toEqual({ status: 'unknown' })
    }
  })
})
