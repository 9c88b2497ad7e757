import { beforeAll, expect, it } from 'vitest'

import { clientAddressHeader } from '../../../cms/server/clientAddress'
import { donationResponse } from '../../../publication/donation'
import { describeOnDatabase } from '../database'
import {
  type DonationsHarness,
  deliver,
  donate,
  donationForm,
  newPerson,
  paidDonation,
  postDonation,
  rowCounts,
  sessionOf,
  siteOrigin,
  startDonationsHarness,
} from '../donationsHarness'

/**
 * Threat: a stranger learns whether (and how much) someone gives to the party — a political
 * opinion — from the donation form's answers. Known and deliberate: a refusal over the yearly cap
 * shows what the person already gave this year (the issue requires the figures), and a monthly
 * donor is asked whether a new monthly donation replaces theirs. What limits the oracle: the
 * answer comes only to a complete, certified form; 10 forms an hour per email; 20 per 10 minutes
 * per client address. Nothing is written and nobody is called by a probe.
 */
describeOnDatabase('donations: what the cap’s refusal tells a stranger (attacker review)', () => {
  let harness: DonationsHarness

  beforeAll(async () => {
    harness = await startDonationsHarness()
  })

  /** The victim's name and postcode (public: a letterbox, a directory), under the attacker's own email. */
  const probeOf = (victim: ReturnType<typeof newPerson>) => ({
    ...newPerson(),
    firstName: victim.firstName,
    lastName: victim.lastName,
    postcode: victim.postcode,
  })

  it('the oracle as it stands: the victim’s email alone tells their year to the cent', async () => {
    const victim = newPerson()
    await paidDonation(harness, victim, '12')
    const before = await rowCounts(harness)
    const calls = harness.fake.requests.length
    // The largest donation: over the cap as soon as they gave anything (refused with the figures), else a checkout the attacker abandons.
    const answer = await donate(harness, donationForm(victim, { amountChoice: 'other', amountOther: '7500' }))
    expect(answer).toMatchObject({ outcome: 'over-cap', figures: { givenThisYearCents: 1200 } })
    expect(await rowCounts(harness)).toEqual(before)
    expect(harness.fake.requests.length).toBe(calls)
  })

  // Was a hole: the figures were those of everyone the cap counts as the person, found by name and
  // postcode as well as by email, so a name and a town told what someone gave. The form now finds
  // the person by the email posted alone; the payment's confirmation, which shows nothing, by both.
  it('a stranger knowing only a donor’s name and postcode learns nothing of their year', async () => {
    const victim = newPerson()
    await paidDonation(harness, victim, '35')
    const answer = await donate(harness, donationForm(probeOf(victim), { amountChoice: 'other', amountOther: '7500' }))
    expect(JSON.stringify(answer)).not.toContain('3500')
  })

  // Was a hole (same cause): «replace or add?» is now asked only under the monthly donation's email.
  it('a stranger knowing only a monthly donor’s name and postcode is not told they give monthly', async () => {
    const victim = newPerson()
    const first = await donate(harness, donationForm(victim, { frequency: 'monthly', amountChoice: '10' }))
    await deliver(harness, harness.fake.pay(sessionOf(first)))
    const answer = await donate(harness, donationForm(probeOf(victim), { frequency: 'monthly', amountChoice: '10' }))
    expect(answer.outcome).not.toBe('monthly-exists')
  })

  it('one email is probed at most 10 times an hour: then «busy», nothing written, Stripe not called', async () => {
    const victim = newPerson()
    const probe = () => donate(harness, donationForm(victim, { amountChoice: 'other', amountOther: '7500' }))
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await probe()).outcome).not.toBe('busy')
    const before = await rowCounts(harness)
    const calls = harness.fake.requests.length
    expect(await probe()).toEqual({ outcome: 'busy' })
    expect(await rowCounts(harness)).toEqual(before)
    expect(harness.fake.requests.length).toBe(calls)
  })

  it('one client address probes at most 20 forms in 10 minutes, whatever emails it uses; then 429 and nothing read', async () => {
    const headers = { Origin: siteOrigin, Accept: 'application/json', [clientAddressHeader]: '203.0.113.77' }
    const probe = async () => {
      const response = await postDonation(harness, donationForm(newPerson(), { amountChoice: 'other', amountOther: '7500' }), headers)
      return { status: response.status, answer: donationResponse.parse(await response.json()) }
    }
    for (let attempt = 0; attempt < 20; attempt += 1) expect((await probe()).status).toBe(200)
    expect(await probe()).toEqual({ status: 429, answer: { outcome: 'busy' } })
    // Another client address is not held back.
    expect(
      (
        await postDonation(harness, donationForm(newPerson(), { amountChoice: '10' }), {
          ...headers,
          [clientAddressHeader]: '198.51.100.9',
        })
      ).status,
    ).toBe(200)
  })
})
