import type { Payload, Where } from 'payload'
import type Stripe from 'stripe'

import { insertIfAbsent } from '../registrations/conditionalUpdate'
import {
  type MonthlyInvoice,
  abandonMonthly,
  donationOfInvoice,
  monthlyPaymentFailed,
  monthlyPaymentSucceeded,
  noteSubscription,
  subscriptionChanged,
} from './monthly'
import { abandonPayment, closeDispute, confirmPayment, notePaymentIntent, reversePayment } from './payments'
import { paymentIntentOfInvoice, stripeClient } from './stripeClient'

/**
 * What each Stripe event does (the webhook route checked its signature). Stripe's metadata holds
 * only our ids (`donation`, `monthlyDonation`): everything else is in our database. Events come
 * in any order and more than once: each decision moves forward only (payments.ts, monthly.ts), and
 * an event already processed is answered without being read again. An event naming nothing of
 * ours (another product on the same Stripe account) is recorded and otherwise ignored.
 */

type Id = number | string

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : value?.id)
const at = (seconds: number) => new Date(seconds * 1000)

/** Our id in Stripe's metadata: digits (SQL) or an ObjectId (MongoDB); anything else names nothing of ours. */
const ourId = (value: string | undefined): Id | undefined => {
  if (!value) return undefined
  if (/^\d{1,15}$/.test(value)) return Number(value)
  return /^[0-9a-f]{24}$/.test(value) ? value : undefined
}

const findDonation = async (payload: Payload, where: Where) =>
  (await payload.find({ collection: 'donations', where, depth: 0, limit: 1, select: { status: true } })).docs[0]?.id

/**
 * The donation a charge or dispute was about, whatever Stripe told first: by its PaymentIntent
 * once the payment was heard of; else by the PaymentIntent's metadata (a one-off donation's id);
 * else by its invoice (a monthly payment), its row made now if its `invoice.paid` is yet to come.
 * Undefined: not a payment of ours.
 */
const donationOfPayment = async (payload: Payload, paymentIntent: string | undefined): Promise<Id | undefined> => {
  if (!paymentIntent) return undefined
  const known = await findDonation(payload, { 'stripe.paymentIntentId': { equals: paymentIntent } })
  if (known !== undefined) return known
  const stripe = stripeClient()
  const named = ourId((await stripe.paymentIntents.retrieve(paymentIntent)).metadata?.donation)
  if (named !== undefined) return named
  const { data } = await stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntent }, limit: 1 })
  const invoiceId = idOf(data[0]?.invoice)
  if (!invoiceId) return undefined
  const byInvoice = await findDonation(payload, { 'stripe.invoiceId': { equals: invoiceId } })
  if (byInvoice !== undefined) return byInvoice
  const invoice = await stripe.invoices.retrieve(invoiceId)
  const monthly = monthlyOfInvoice(invoice)
  return monthly === undefined ? undefined : donationOfInvoice(payload, monthly, monthlyInvoiceOf(invoice))
}

/** What our monthly donations need of a Stripe invoice. */
const monthlyInvoiceOf = (invoice: Stripe.Invoice, eventCreated = invoice.created): MonthlyInvoice => {
  const periodEnd = invoice.lines?.data[0]?.period?.end
  return {
    id: invoice.id!,
    first: invoice.billing_reason === 'subscription_create',
    paidAt: at(invoice.status_transitions?.paid_at ?? eventCreated),
    paid: { cents: invoice.amount_paid, currency: invoice.currency },
    nextPaymentAt: periodEnd ? at(periodEnd) : null,
  }
}

/** What a checkout session says was paid. */
const paidOf = (session: Stripe.Checkout.Session) => ({ cents: session.amount_total, currency: session.currency })

/** The monthly donation an invoice paid: the subscription's metadata, as Stripe copied it onto the invoice. */
const monthlyOfInvoice = (invoice: Stripe.Invoice) => ourId(invoice.parent?.subscription_details?.metadata?.monthlyDonation)

const handlers: Partial<Record<Stripe.Event.Type, (payload: Payload, event: Stripe.Event) => Promise<void>>> = {
  'checkout.session.completed': async (payload, event) => {
    const session = event.data.object as Stripe.Checkout.Session
    const monthly = ourId(session.metadata?.monthlyDonation)
    const subscription = idOf(session.subscription)
    if (session.mode === 'subscription' && monthly !== undefined && subscription) {
      await noteSubscription(payload, monthly, { subscriptionId: subscription, customerId: idOf(session.customer) })
      return
    }
    const donation = ourId(session.metadata?.donation)
    if (session.mode !== 'payment' || donation === undefined) return
    const paymentIntentId = idOf(session.payment_intent)
    // `unpaid`: an asynchronous method (a bank debit); its result comes as another event.
    if (session.payment_status === 'paid') {
      await confirmPayment(payload, donation, { at: at(event.created), paid: paidOf(session), paymentIntentId, thank: true })
    } else if (paymentIntentId) await notePaymentIntent(payload, donation, paymentIntentId)
  },
  'checkout.session.async_payment_succeeded': async (payload, event) => {
    const session = event.data.object as Stripe.Checkout.Session
    const donation = ourId(session.metadata?.donation)
    if (session.mode === 'payment' && donation !== undefined) {
      await confirmPayment(payload, donation, {
        at: at(event.created),
        paid: paidOf(session),
        paymentIntentId: idOf(session.payment_intent),
        thank: true,
      })
    }
  },
  'checkout.session.async_payment_failed': async (payload, event) => {
    const session = event.data.object as Stripe.Checkout.Session
    const donation = ourId(session.metadata?.donation)
    if (session.mode === 'payment' && donation !== undefined) {
      await abandonPayment(payload, donation, 'failed', { paymentIntentId: idOf(session.payment_intent) })
    }
  },
  'checkout.session.expired': async (payload, event) => {
    const session = event.data.object as Stripe.Checkout.Session
    const donation = ourId(session.metadata?.donation)
    if (donation !== undefined) await abandonPayment(payload, donation, 'expired')
    const monthly = ourId(session.metadata?.monthlyDonation)
    if (monthly !== undefined) await abandonMonthly(payload, monthly, at(event.created))
  },
  'invoice.paid': async (payload, event) => {
    const invoice = event.data.object as Stripe.Invoice
    const monthly = monthlyOfInvoice(invoice)
    if (monthly === undefined || !invoice.id) return
    await monthlyPaymentSucceeded(payload, monthly, monthlyInvoiceOf(invoice, event.created), {
      paymentIntentId: await paymentIntentOfInvoice(invoice.id),
    })
  },
  'invoice.payment_failed': async (payload, event) => {
    const monthly = monthlyOfInvoice(event.data.object as Stripe.Invoice)
    if (monthly !== undefined) await monthlyPaymentFailed(payload, monthly)
  },
  'customer.subscription.created': (payload, event) => subscriptionEvent(payload, event),
  'customer.subscription.updated': (payload, event) => subscriptionEvent(payload, event),
  'customer.subscription.deleted': (payload, event) => subscriptionEvent(payload, event),
  'charge.refunded': async (payload, event) => {
    const charge = event.data.object as Stripe.Charge
    // A partial refund is the treasurer's business at Stripe; the donation is refunded when all of it is.
    if (!charge.refunded) return
    const donation = await donationOfPayment(payload, idOf(charge.payment_intent))
    if (donation !== undefined) await reversePayment(payload, donation, 'refund')
  },
  'charge.dispute.created': async (payload, event) => {
    const dispute = event.data.object as Stripe.Dispute
    const donation = await donationOfPayment(payload, idOf(dispute.payment_intent))
    if (donation !== undefined) await reversePayment(payload, donation, 'dispute')
  },
  'charge.dispute.closed': async (payload, event) => {
    const dispute = event.data.object as Stripe.Dispute
    if (!['won', 'lost', 'warning_closed'].includes(dispute.status)) return
    const donation = await donationOfPayment(payload, idOf(dispute.payment_intent))
    if (donation !== undefined) await closeDispute(payload, donation, dispute.status !== 'lost')
  },
}

const subscriptionEvent = async (payload: Payload, event: Stripe.Event) => {
  const subscription = event.data.object as Stripe.Subscription
  const monthly = ourId(subscription.metadata?.monthlyDonation)
  if (monthly === undefined) return
  if (event.type === 'customer.subscription.created') {
    await noteSubscription(payload, monthly, { subscriptionId: subscription.id, customerId: idOf(subscription.customer) })
  }
  const periodEnd = subscription.items?.data[0]?.current_period_end
  await subscriptionChanged(payload, monthly, {
    status: event.type === 'customer.subscription.deleted' ? 'canceled' : subscription.status,
    nextPaymentAt: periodEnd ? at(periodEnd) : null,
    at: at(event.created),
  })
}

/** Whether this event was processed already (Stripe delivers again when unsure, and may deliver twice at once). */
const alreadyProcessed = async (payload: Payload, eventId: string) =>
  (await payload.count({ collection: 'stripe-events', where: { eventId: { equals: eventId } } })).totalDocs > 0

/**
 * Processes one verified event; says whether it was new. Recorded once done: a failure leaves it
 * unrecorded, Stripe delivers it again, and the decisions already made are not made twice.
 */
export const processStripeEvent = async (payload: Payload, event: Stripe.Event): Promise<boolean> => {
  if (await alreadyProcessed(payload, event.id)) return false
  await handlers[event.type]?.(payload, event)
  const now = new Date().toISOString()
  return insertIfAbsent(payload, 'stripe-events', {
    sql: () => ({ eventId: event.id, type: event.type, createdAt: now, updatedAt: now }),
    mongo: {
      filter: { eventId: event.id },
      values: { eventId: event.id, type: event.type, createdAt: new Date(now), updatedAt: new Date(now) },
    },
  })
}
