import type { Payload, PayloadRequest } from 'payload'

import { yearlyCapCents } from '../../publication/donation'
import type { Donation } from '../payload-types'
import { queueDonationEmail } from '../jobs/donationEmails'
import { queueStripeAction } from '../jobs/stripeActions'
import { moveStatus, underDonorsLock } from './donationLock'
import { capIdentityOf } from './emails/send'
import { creditShares, reinstateShares, reverseShares } from './ledger'
import { personsYear } from './personsYear'
import { yearAndMonthInFrance } from './yearlyCap'

/**
 * What a payment's news does to its donation, whatever order Stripe tells it in and however often:
 * each change is a move between statuses that only goes forward (pending → succeeded | failed |
 * expired | refunded | disputed; succeeded → refunded | disputed), made only from the status it
 * expects; a late or repeated event finds its move already made and changes nothing. Each runs
 * holding the donor's lock (donationLock.ts) and writes what it decides, with its emails and Stripe
 * requests queued as jobs, all or nothing.
 */

type Id = number | string
type Status = Donation['status']

const move = (payload: Payload, id: Id, from: readonly Status[], data: Partial<Donation>, req: PayloadRequest) =>
  moveStatus(payload, 'donations', id, from, data, req)

/** Runs `decide` with the donation read again under its donor's lock. */
const underLock = (payload: Payload, id: Id, decide: (donation: Donation, req: PayloadRequest) => Promise<void>) =>
  underDonorsLock(payload, 'donations', id, decide)

export interface PaymentFacts {
  /** When Stripe says it was paid: the year the law's cap counts it in. */
  at: Date
  /** What Stripe says was paid: it must be the donation's amount, in euros. */
  paid: { cents: number | null; currency: string | null }
  paymentIntentId?: string | null
  invoiceId?: string | null
  /** Whether the donor is thanked by email (a monthly donation's first payment and one-off donations; not every month). */
  thank: boolean
}

/**
 * A payment succeeded. Checked once more against the yearly cap (the form checked it, but two
 * checkouts of one person may race): within it, the donation succeeds, each group's share is
 * credited and the donor thanked; over it, the donation is refunded whole (a Stripe request
 * queued with the decision) and the donor told why.
 */
export const confirmPayment = (payload: Payload, id: Id, facts: PaymentFacts) =>
  underLock(payload, id, async (donation, req) => {
    const stripe = {
      ...donation.stripe,
      ...(facts.paymentIntentId ? { paymentIntentId: facts.paymentIntentId } : {}),
      ...(facts.invoiceId ? { invoiceId: facts.invoiceId } : {}),
    }
    // Another amount paid against our id (another integration on the same Stripe account): never this donation.
    if (facts.paid.cents !== donation.amountCents || facts.paid.currency !== 'eur') {
      payload.logger.warn({ donation: id }, 'Payment of another amount or currency than the donation: not recorded')
      return
    }
    if (donation.status !== 'pending') {
      // Told again: a credit the first telling did not finish (SQLite has no transaction) is made now, once.
      if (donation.status === 'succeeded') await creditShares(payload, donation, req)
      return
    }
    const { year } = yearAndMonthInFrance(facts.at)
    const { givenThisYearCents } = await personsYear(payload, capIdentityOf(donation.donor), facts.at, { req })
    if (givenThisYearCents + donation.amountCents > yearlyCapCents) {
      // Paid, then refunded: the treasurer reconciles both movements with Stripe's.
      const refunded = {
        status: 'refunded' as const,
        refundedBecause: 'over-cap' as const,
        succeededAt: facts.at.toISOString(),
        capYear: year,
        stripe,
      }
      if (await move(payload, id, ['pending'], refunded, req)) {
        await queueStripeAction(payload, 'refund-over-cap', id, req)
        payload.logger.info(`Donation ${id}: over the yearly cap when paid, refund queued`)
      }
      return
    }
    if (!(await move(payload, id, ['pending'], { status: 'succeeded', succeededAt: facts.at.toISOString(), capYear: year, stripe }, req)))
      return
    await creditShares(payload, donation, req)
    if (facts.thank) await queueDonationEmail(payload, { kind: 'thank-you', donation: id }, req)
  })

/** A payment that will not come: failed (an asynchronous method refused) or expired (the checkout abandoned). */
export const abandonPayment = (payload: Payload, id: Id, status: 'failed' | 'expired', facts: { paymentIntentId?: string | null } = {}) =>
  underLock(payload, id, async (donation, req) => {
    const stripe = facts.paymentIntentId ? { ...donation.stripe, paymentIntentId: facts.paymentIntentId } : donation.stripe
    await move(payload, id, ['pending'], { status, stripe }, req)
  })

/** Records the payment's id at Stripe on a donation still waiting for its result (an asynchronous method). */
export const notePaymentIntent = (payload: Payload, id: Id, paymentIntentId: string) =>
  underLock(payload, id, async (donation, req) => {
    if (donation.stripe?.paymentIntentId) return
    await move(payload, id, ['pending'], { stripe: { ...donation.stripe, paymentIntentId } }, req)
  })

/**
 * A payment refunded (from Stripe's dashboard, or the over-cap refund coming back) or disputed by
 * the card holder: the donation says so and each group's credited share is reversed. The donor
 * is told of a refund the organisation made (an over-cap refund has its own email).
 */
export const reversePayment = (payload: Payload, id: Id, why: 'refund' | 'dispute') =>
  underLock(payload, id, async (donation, req) => {
    const status = why === 'refund' ? 'refunded' : 'disputed'
    if (await move(payload, id, ['succeeded'], { status, ...(why === 'refund' ? { refundedBecause: 'stripe' as const } : {}) }, req)) {
      await reverseShares(payload, id, why, req)
      if (why === 'refund') await queueDonationEmail(payload, { kind: 'refund', donation: id }, req)
      return
    }
    // Refunded or disputed before its success was heard of: nothing was credited, nothing to reverse.
    await move(payload, id, ['pending'], { status }, req)
    // A dispute after a refund (or the reverse) changes no status; the reversal, if a credit exists, is made once.
    if (donation.status === 'refunded' || donation.status === 'disputed') await reverseShares(payload, id, why, req)
  })

/**
 * A dispute decided. Won (or an inquiry closed without taking the money): the payment is kept, the
 * donation succeeds again and each group is credited its share again. Lost: the card holder's bank
 * took the money back: the donation is refunded, and no longer counts against the cap.
 */
export const closeDispute = (payload: Payload, id: Id, won: boolean) =>
  underLock(payload, id, async (donation, req) => {
    if (won) {
      if (await move(payload, id, ['disputed'], { status: 'succeeded' }, req)) await reinstateShares(payload, donation, req)
      return
    }
    await move(payload, id, ['disputed'], { status: 'refunded', refundedBecause: 'dispute' }, req)
  })
