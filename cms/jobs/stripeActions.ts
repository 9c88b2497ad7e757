import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import Stripe from 'stripe'

import { paymentIntentOfInvoice, stripeClient } from '../donations/stripeClient'
import { queueDonationEmail } from './donationEmails'
import { emailQueue } from './registrationEmails'

/**
 * What the CMS asks of Stripe after deciding it, as a job: the decision is written with the job
 * (one transaction), and Stripe is asked afterwards, again until it answers (its idempotency keys
 * make a repeat harmless). Inputs are ids only.
 * - `refund-over-cap`: a payment that took its donor over the yearly cap (payments.ts), refunded
 *   whole; then the donor is told why.
 * - `cancel-subscription`: a monthly donation the donor replaced by another, stopped at Stripe.
 */
export const stripeActions = ['refund-over-cap', 'cancel-subscription'] as const
export type StripeAction = (typeof stripeActions)[number]

interface StripeActionInput {
  action: StripeAction
  /** The donation (refund) or the monthly donation (cancel). */
  id: string
}

const refundOverCap = async (payload: Payload, donationId: string) => {
  const donation = await payload.findByID({ collection: 'donations', id: donationId, depth: 0, select: { stripe: true } })
  const paymentIntent = donation.stripe?.paymentIntentId ?? (await paymentIntentOfInvoice(donation.stripe?.invoiceId))
  if (!paymentIntent) throw new Error(`Donation ${donationId}: no payment to refund yet`)
  await stripeClient().refunds.create(
    { payment_intent: paymentIntent, reason: 'requested_by_customer', metadata: { donation: donationId } },
    { idempotencyKey: `refund-over-cap-${donationId}` },
  )
  await queueDonationEmail(payload, { kind: 'over-cap-refund', donation: donationId })
}

const cancelSubscription = async (payload: Payload, monthlyId: string) => {
  const monthly = await payload.findByID({ collection: 'monthly-donations', id: monthlyId, depth: 0, select: { stripe: true } })
  const subscription = monthly.stripe?.subscriptionId
  if (!subscription) return
  try {
    await stripeClient().subscriptions.cancel(subscription)
  } catch (error) {
    // Stripe keeps no idempotency on a cancel: one already cancelled (by an earlier try) is a 404, and done.
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404)) throw error
  }
}

export const stripeActionTask: TaskConfig<{ input: StripeActionInput; output: { done: boolean } }> = {
  slug: 'stripeAction',
  label: 'Ask Stripe for a refund or a cancellation',
  inputSchema: [
    { name: 'action', type: 'select', required: true, options: [...stripeActions] },
    { name: 'id', type: 'text', required: true },
  ],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    if (input.action === 'refund-over-cap') await refundOverCap(req.payload, input.id)
    else await cancelSubscription(req.payload, input.id)
    return { output: { done: true } }
  },
}

/** Queues a Stripe action in the caller's transaction: it exists if and only if the decision was written. */
export const queueStripeAction = (payload: Payload, action: StripeAction, id: number | string, req: PayloadRequest) =>
  payload.jobs.queue({ task: 'stripeAction', input: { action, id: String(id) }, queue: emailQueue, req })
