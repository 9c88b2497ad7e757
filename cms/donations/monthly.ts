import type { Payload, PayloadRequest } from 'payload'

import type { MonthlyDonation } from '../payload-types'
import { queueDonationEmail } from '../jobs/donationEmails'
import { queueStripeAction } from '../jobs/stripeActions'
import { moveStatus, underDonorsLock } from './donationLock'
import { type PaymentFacts, confirmPayment } from './payments'

/**
 * A monthly donation's life as Stripe tells it (its subscription): the first payment starts it,
 * each month's payment is a donation of its own with the split the donor chose (as it is that
 * month), a failed payment marks it, Stripe's changes and its end follow. As payments.ts: forward
 * moves only, made once, under the donor's lock.
 */

type Id = number | string
type Status = MonthlyDonation['status']

const move = (payload: Payload, id: Id, from: readonly Status[], data: Partial<MonthlyDonation>, req: PayloadRequest) =>
  moveStatus(payload, 'monthly-donations', id, from, data, req)

/** Runs `decide` with the monthly donation read again under its donor's lock. */
export const underMonthlyDonorsLock = <T>(
  payload: Payload,
  id: Id,
  decide: (monthly: MonthlyDonation, req: PayloadRequest) => Promise<T>,
) => underDonorsLock(payload, 'monthly-donations', id, decide)

/** The subscription and customer Stripe made for it, kept once known. */
export const noteSubscription = (payload: Payload, id: Id, stripe: { subscriptionId: string; customerId?: string | null }) =>
  underMonthlyDonorsLock(payload, id, async (monthly, req) => {
    if (monthly.stripe?.subscriptionId) return
    await payload.update({
      collection: 'monthly-donations',
      id,
      data: { stripe: { ...monthly.stripe, subscriptionId: stripe.subscriptionId, customerId: stripe.customerId ?? null } },
      depth: 0,
      req,
    })
  })

export interface MonthlyInvoice {
  id: string
  /** Stripe's `billing_reason`: `subscription_create` for the first payment. */
  first: boolean
  paidAt: Date
  /** When the next payment falls: the end of the period this one paid. */
  nextPaymentAt: Date | null
  /** What the invoice says was paid. */
  paid: PaymentFacts['paid']
}

/**
 * The donation row of one month's payment: the one made with the form for the first, a copy of the
 * monthly donation's for later ones (made pending, whoever asks first: its payment, or its refund).
 */
export const donationOfInvoice = (payload: Payload, monthlyId: Id, invoice: MonthlyInvoice) =>
  underMonthlyDonorsLock(payload, monthlyId, async (monthly, req): Promise<Id> => {
    const { docs: known } = await payload.find({
      collection: 'donations',
      where: { 'stripe.invoiceId': { equals: invoice.id } },
      depth: 0,
      limit: 1,
      select: { status: true },
      req,
    })
    if (known[0]) return known[0].id
    if (invoice.first) {
      const { docs: firstOne } = await payload.find({
        collection: 'donations',
        where: { and: [{ monthlyDonation: { equals: monthlyId } }, { 'stripe.invoiceId': { exists: false } }] },
        sort: 'createdAt',
        depth: 0,
        limit: 1,
        select: { stripe: true },
        req,
      })
      if (firstOne[0]) {
        await payload.update({
          collection: 'donations',
          id: firstOne[0].id,
          data: { stripe: { ...firstOne[0].stripe, invoiceId: invoice.id } },
          depth: 0,
          req,
        })
        return firstOne[0].id
      }
    }
    const created = await payload.create({
      collection: 'donations',
      data: {
        frequency: 'monthly',
        status: 'pending',
        // Ids are numbers on SQL databases and strings on MongoDB; Payload's types know only the first.
        monthlyDonation: monthlyId as number,
        amountCents: monthly.amountCents,
        nationalCents: monthly.nationalCents,
        shares: (monthly.shares ?? []).map(({ group, cents }) => ({ group: typeof group === 'object' ? group.id : group, cents })),
        donor: monthly.donor,
        language: monthly.language,
        certifiedAt: monthly.certifiedAt,
        stripe: { invoiceId: invoice.id },
      },
      depth: 0,
      select: { status: true },
      req,
    })
    return created.id
  })

/**
 * One month paid (Stripe's `invoice.paid`): that month's donation succeeds (the cap checked again,
 * payments.ts), and the monthly donation runs; its first payment thanks the donor and stops the
 * monthly donation it replaces, if any.
 */
export const monthlyPaymentSucceeded = async (
  payload: Payload,
  monthlyId: Id,
  invoice: MonthlyInvoice,
  facts: Pick<PaymentFacts, 'paymentIntentId'> = {},
) => {
  const donationId = await donationOfInvoice(payload, monthlyId, invoice)
  if (donationId === undefined) return
  await confirmPayment(payload, donationId, {
    at: invoice.paidAt,
    paid: invoice.paid,
    invoiceId: invoice.id,
    paymentIntentId: facts.paymentIntentId,
    thank: invoice.first,
  })
  await underMonthlyDonorsLock(payload, monthlyId, async (monthly, req) => {
    const nextPaymentAt = invoice.nextPaymentAt?.toISOString() ?? monthly.nextPaymentAt
    const started = await move(payload, monthlyId, ['pending', 'past-due'], { status: 'active', nextPaymentAt }, req)
    if (!started) await move(payload, monthlyId, ['active'], { nextPaymentAt }, req)
    const replaced = monthly.replaces && (typeof monthly.replaces === 'object' ? monthly.replaces.id : monthly.replaces)
    if (
      started &&
      replaced &&
      (await move(
        payload,
        replaced,
        ['pending', 'active', 'past-due'],
        { status: 'cancelled', cancelledAt: invoice.paidAt.toISOString() },
        req,
      ))
    ) {
      await queueStripeAction(payload, 'cancel-subscription', replaced, req)
    }
  })
}

/** A month's payment failed (Stripe tries again over the following days): marked, and the donor told once. */
export const monthlyPaymentFailed = (payload: Payload, monthlyId: Id) =>
  underMonthlyDonorsLock(payload, monthlyId, async (_monthly, req) => {
    if (await move(payload, monthlyId, ['active'], { status: 'past-due' }, req)) {
      await queueDonationEmail(payload, { kind: 'monthly-failed', monthlyDonation: monthlyId }, req)
    }
  })

/** What Stripe says of the subscription now: its state and when it next pays. A stopped one never starts again. */
export const subscriptionChanged = (
  payload: Payload,
  monthlyId: Id,
  subscription: { status: string; nextPaymentAt: Date | null; at: Date },
) =>
  underMonthlyDonorsLock(payload, monthlyId, async (monthly, req) => {
    if (['canceled', 'incomplete_expired', 'unpaid'].includes(subscription.status)) {
      await stopMonthly(payload, monthly, subscription.at, req)
      return
    }
    const nextPaymentAt = subscription.nextPaymentAt?.toISOString() ?? monthly.nextPaymentAt
    if (subscription.status === 'past_due') await move(payload, monthlyId, ['active'], { status: 'past-due', nextPaymentAt }, req)
    else if (subscription.status === 'active')
      await move(payload, monthlyId, ['past-due', 'active'], { status: 'active', nextPaymentAt }, req)
  })

/**
 * Stops a monthly donation (once): the donor is told, unless it never took a payment; then its
 * first payment, still awaited (a bank debit refused, a checkout abandoned), will not come either.
 */
export const stopMonthly = async (payload: Payload, monthly: Pick<MonthlyDonation, 'id' | 'status'>, at: Date, req: PayloadRequest) => {
  if (!(await move(payload, monthly.id, ['pending', 'active', 'past-due'], { status: 'cancelled', cancelledAt: at.toISOString() }, req))) {
    return false
  }
  if (monthly.status !== 'pending') await queueDonationEmail(payload, { kind: 'monthly-cancelled', monthlyDonation: monthly.id }, req)
  await payload.update({
    collection: 'donations',
    // The form's row only: a month Stripe invoiced was paid, and is on its way to being recorded.
    where: {
      and: [{ monthlyDonation: { equals: monthly.id } }, { status: { equals: 'pending' } }, { 'stripe.invoiceId': { exists: false } }],
    },
    data: { status: 'failed' },
    depth: 0,
    select: { status: true },
    req,
  })
  return true
}

/** Stops the monthly donation a checkout started and the donor abandoned. */
export const abandonMonthly = (payload: Payload, monthlyId: Id, at: Date) =>
  underMonthlyDonorsLock(payload, monthlyId, async (monthly, req) => {
    if (monthly.status === 'pending') await stopMonthly(payload, monthly, at, req)
  })
