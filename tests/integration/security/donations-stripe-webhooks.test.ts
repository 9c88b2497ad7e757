import Stripe from 'stripe'
import { beforeAll, expect, it } from 'vitest'

import { webhookSecret } from '../../../cms/donations/stripeClient'
import { describeOnDatabase } from '../database'
import {
  type DonationsHarness,
  deliver,
  donate,
  donationForm,
  donationOfSession,
  newPerson,
  paidDonation,
  postEvent,
  rowCounts,
  sessionOf,
  startDonationsHarness,
  stripeEvent,
} from '../donationsHarness'

/**
 * Threat: someone forges or replays Stripe's webhooks to mark a donation paid (credit a group,
 * make a receipt), or plays the dispute process to give over the cap. The route checks the
 * signature on the raw body (Stripe's 5-minute tolerance), processes an event id once, and moves
 * a donation forward only.
 */
describeOnDatabase('donations: forged, replayed and unexpected Stripe events (attacker review)', () => {
  let harness: DonationsHarness

  beforeAll(async () => {
    harness = await startDonationsHarness()
  })

  const pendingDonation = async (euros: string) => {
    const session = sessionOf(await donate(harness, donationForm(newPerson(), { amountChoice: 'other', amountOther: euros })))
    return { session, row: await donationOfSession(harness, session) }
  }

  const completed = (donation: number | string, session: string, extra: Record<string, unknown> = {}) =>
    stripeEvent('checkout.session.completed', {
      id: session,
      object: 'checkout.session',
      mode: 'payment',
      payment_status: 'paid',
      metadata: { donation: String(donation) },
      payment_intent: `pi_${session.slice(-12)}`,
      ...extra,
    })

  it('an event signed with another secret, or by Stripe more than 5 minutes ago (a replay), is a 400 and changes nothing', async () => {
    const { session, row } = await pendingDonation('40')
    const event = completed(row.id, session)
    const body = JSON.stringify(event, null, 2)
    const before = await rowCounts(harness)
    const signatures = [
      Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_attacker' }),
      Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret(), timestamp: Math.floor(Date.now() / 1000) - 3600 }),
      // The signature of another body (a real event the attacker saw) on this one.
      Stripe.webhooks.generateTestHeaderString({ payload: '{}', secret: webhookSecret() }),
    ]
    for (const signature of signatures) {
      const response = await postEvent(harness, event, signature)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ error: 'bad signature' })
    }
    expect((await donationOfSession(harness, session)).status).toBe('pending')
    expect(await rowCounts(harness)).toEqual(before)
  })

  it('a genuine event naming an id we never made, or not an id, is taken (Stripe stops retrying) and changes nothing', async () => {
    const before = await rowCounts(harness)
    for (const donation of ['999999999', '1 OR 1=1', '../1', '-1', '1e3']) {
      const response = await postEvent(harness, completed(donation, 'cs_test_forgedsession1'))
      expect(response.status).toBe(200)
    }
    expect(await rowCounts(harness)).toEqual(before)
  })

  // Was weak: the amount and currency paid were never compared with the donation's (another
  // integration on the same Stripe account could «pay» a donation for 1 cent). Now compared.
  it('a paid checkout of another amount or currency does not confirm the donation it names', async () => {
    const { session, row } = await pendingDonation('7000')
    await deliver(harness, [completed(row.id, session, { amount_total: 1, currency: 'usd' })])
    expect((await donationOfSession(harness, session)).status).toBe('pending')
  })

  // Was a hole: a dispute took the donation out of the year and nothing handled its end. Now a
  // disputed donation counts against the cap until decided; `charge.dispute.closed` won credits the
  // shares again (reason `dispute-won`), lost refunds it (payments.ts closeDispute).
  it('a dispute the organisation won puts the donation back in the person’s year and the group’s account', async () => {
    const person = newPerson()
    const paid = await paidDonation(harness, person, '7000')
    const paymentIntent = paid.stripe!.paymentIntentId!
    await deliver(harness, harness.fake.dispute(paymentIntent))
    expect((await donationOfSession(harness, paid.stripe!.checkoutSessionId!)).status).toBe('disputed')
    await deliver(harness, [
      stripeEvent('charge.dispute.closed', { id: 'dp_won', object: 'dispute', payment_intent: paymentIntent, status: 'won' }),
    ])
    const answer = await donate(harness, donationForm(person, { amountChoice: 'other', amountOther: '7000' }))
    expect(answer.outcome).toBe('over-cap')
  })
})
