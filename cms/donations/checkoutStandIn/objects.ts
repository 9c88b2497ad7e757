import type { CheckoutSessionRecord, InvoiceRecord, PaymentRecord, RefundRecord, StandInState, SubscriptionRecord } from './state'

/**
 * Stripe's objects as its API and its events show them (API version 2026-11-18), made from the
 * stand-in's records: the fields the SDK's types declare for what a donation goes through, with
 * Stripe's nulls where the stand-in has nothing to say.
 */
export type StripeJson = { [key: string]: unknown }

export const checkoutSessionJson = (session: CheckoutSessionRecord, payUrl: string): StripeJson => ({
  id: session.id,
  object: 'checkout.session',
  amount_subtotal: session.amountTotal,
  amount_total: session.amountTotal,
  cancel_url: session.cancelUrl,
  client_reference_id: session.clientReferenceId,
  created: session.created,
  currency: session.currency,
  customer: session.customerId,
  customer_email: session.customerEmail,
  expires_at: session.expiresAt,
  invoice: session.invoiceId,
  livemode: false,
  locale: session.locale,
  metadata: session.metadata,
  mode: session.mode,
  payment_intent: session.paymentIntentId,
  payment_method_types: ['card', 'sepa_debit'],
  payment_status: session.paymentStatus,
  status: session.status,
  subscription: session.subscriptionId,
  success_url: session.successUrl,
  ui_mode: 'hosted',
  url: session.status === 'open' ? payUrl : null,
})

export const paymentIntentJson = (payment: PaymentRecord): StripeJson => ({
  id: payment.id,
  object: 'payment_intent',
  amount: payment.amount,
  amount_received: payment.status === 'succeeded' ? payment.amount : 0,
  created: payment.created,
  currency: payment.currency,
  latest_charge: payment.status === 'requires_payment_method' ? null : payment.chargeId,
  livemode: false,
  metadata: payment.metadata,
  status: payment.status,
})

export const chargeJson = (payment: PaymentRecord): StripeJson => ({
  id: payment.chargeId,
  object: 'charge',
  amount: payment.amount,
  amount_captured: payment.amount,
  amount_refunded: payment.amountRefunded,
  captured: true,
  created: payment.created,
  currency: payment.currency,
  disputed: payment.disputeId !== null,
  livemode: false,
  metadata: payment.metadata,
  paid: payment.status === 'succeeded',
  payment_intent: payment.id,
  refunded: payment.amountRefunded === payment.amount,
  status: payment.status === 'succeeded' ? 'succeeded' : 'pending',
})

export const refundJson = (refund: RefundRecord): StripeJson => ({
  id: refund.id,
  object: 'refund',
  amount: refund.amount,
  charge: refund.chargeId,
  created: refund.created,
  currency: refund.currency,
  metadata: refund.metadata,
  payment_intent: refund.paymentIntentId,
  reason: refund.reason,
  status: 'succeeded',
})

export const disputeJson = (payment: PaymentRecord, disputeId: string, created: number): StripeJson => ({
  id: disputeId,
  object: 'dispute',
  amount: payment.amount,
  charge: payment.chargeId,
  created,
  currency: payment.currency,
  is_charge_refundable: false,
  livemode: false,
  metadata: {},
  payment_intent: payment.id,
  reason: 'fraudulent',
  status: 'needs_response',
})

export const subscriptionJson = (subscription: SubscriptionRecord): StripeJson => ({
  id: subscription.id,
  object: 'subscription',
  billing_cycle_anchor: subscription.created,
  cancel_at: null,
  cancel_at_period_end: false,
  canceled_at: subscription.canceledAt,
  collection_method: 'charge_automatically',
  created: subscription.created,
  currency: subscription.currency,
  customer: subscription.customerId,
  ended_at: subscription.canceledAt,
  items: {
    object: 'list',
    data: [
      {
        id: subscription.itemId,
        object: 'subscription_item',
        created: subscription.created,
        current_period_end: subscription.periodEnd,
        current_period_start: subscription.periodStart,
        metadata: {},
        price: {
          id: subscription.priceId,
          object: 'price',
          active: false,
          currency: subscription.currency,
          product: subscription.productId,
          recurring: { interval: 'month', interval_count: 1, usage_type: 'licensed' },
          type: 'recurring',
          unit_amount: subscription.amount,
        },
        quantity: 1,
        subscription: subscription.id,
      },
    ],
    has_more: false,
    url: `/v1/subscription_items?subscription=${subscription.id}`,
  },
  latest_invoice: subscription.latestInvoiceId,
  livemode: false,
  metadata: subscription.metadata,
  start_date: subscription.created,
  status: subscription.status,
})

export const invoiceJson = (invoice: InvoiceRecord, subscription: SubscriptionRecord): StripeJson => ({
  id: invoice.id,
  object: 'invoice',
  amount_due: invoice.amount,
  amount_paid: invoice.status === 'paid' ? invoice.amount : 0,
  amount_remaining: invoice.status === 'paid' ? 0 : invoice.amount,
  attempt_count: invoice.attemptCount,
  attempted: invoice.attemptCount > 0,
  billing_reason: invoice.billingReason,
  collection_method: 'charge_automatically',
  created: invoice.created,
  currency: invoice.currency,
  customer: invoice.customerId,
  lines: {
    object: 'list',
    data: [
      {
        id: invoice.lineId,
        object: 'line_item',
        amount: invoice.amount,
        currency: invoice.currency,
        description: `1 × ${subscription.productName}`,
        invoice: invoice.id,
        livemode: false,
        metadata: subscription.metadata,
        parent: {
          type: 'subscription_item_details',
          subscription_item_details: { subscription: subscription.id, subscription_item: subscription.itemId },
        },
        period: { start: invoice.periodStart, end: invoice.periodEnd },
        quantity: 1,
      },
    ],
    has_more: false,
    url: `/v1/invoices/${invoice.id}/lines`,
  },
  livemode: false,
  metadata: {},
  parent: {
    type: 'subscription_details',
    subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
  },
  period_end: invoice.periodEnd,
  period_start: invoice.periodStart,
  status: invoice.status,
  status_transitions: { paid_at: invoice.paidAt, finalized_at: invoice.created },
  subtotal: invoice.amount,
  total: invoice.amount,
})

export const invoicePaymentJson = (invoice: InvoiceRecord, payment: PaymentRecord): StripeJson => ({
  id: invoice.invoicePaymentId,
  object: 'invoice_payment',
  amount_paid: invoice.status === 'paid' ? invoice.amount : null,
  amount_requested: invoice.amount,
  created: invoice.created,
  currency: invoice.currency,
  invoice: invoice.id,
  is_default: true,
  livemode: false,
  payment: { type: 'payment_intent', payment_intent: payment.id },
  status: invoice.status === 'paid' ? 'paid' : 'open',
  status_transitions: { canceled_at: null, paid_at: invoice.paidAt },
})

/** The invoice and its subscription, for the builders that need both. */
export const invoiceJsonIn = (state: StandInState, invoice: InvoiceRecord) => {
  const subscription = state.subscriptions.get(invoice.subscriptionId)
  if (!subscription) throw new Error(`Invoice ${invoice.id} has no subscription`)
  return invoiceJson(invoice, subscription)
}
