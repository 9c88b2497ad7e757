import { randomInt } from 'node:crypto'

import type { FormParams } from './form'
import type { SessionInput } from './sessionParams'

/**
 * What the stand-in remembers, in memory only (a restart forgets every session): Stripe's objects
 * reduced to what its answers and events are made from. Times are Unix seconds, amounts cents.
 */
export type Metadata = Record<string, string>

/** A Checkout Session: what it was created with (sessionParams.ts), and what became of it. */
export interface CheckoutSessionRecord extends Omit<SessionInput, 'expiresAt'> {
  id: string
  status: 'open' | 'complete' | 'expired'
  paymentStatus: 'paid' | 'unpaid'
  /** A delayed (SEPA-like) payment: still pending at the bank, then settled either way. */
  delayed?: 'pending' | 'succeeded' | 'failed'
  created: number
  expiresAt: number
  paymentIntentId: string | null
  subscriptionId: string | null
  customerId: string | null
  invoiceId: string | null
}

export interface PaymentRecord {
  id: string
  chargeId: string
  amount: number
  currency: string
  status: 'succeeded' | 'processing' | 'requires_payment_method'
  metadata: Metadata
  amountRefunded: number
  disputeId: string | null
  invoiceId: string | null
  created: number
}

export interface SubscriptionRecord {
  id: string
  itemId: string
  priceId: string
  productId: string
  customerId: string
  amount: number
  currency: string
  productName: string
  metadata: Metadata
  status: 'incomplete' | 'incomplete_expired' | 'active' | 'past_due' | 'canceled'
  periodStart: number
  periodEnd: number
  latestInvoiceId: string | null
  canceledAt: number | null
  created: number
}

export interface InvoiceRecord {
  id: string
  lineId: string
  invoicePaymentId: string
  subscriptionId: string
  customerId: string
  amount: number
  currency: string
  billingReason: 'subscription_create' | 'subscription_cycle'
  status: 'open' | 'paid'
  attemptCount: number
  periodStart: number
  periodEnd: number
  paymentIntentId: string
  paidAt: number | null
  created: number
}

export interface RefundRecord {
  id: string
  paymentIntentId: string
  chargeId: string
  amount: number
  currency: string
  reason: string | null
  metadata: Metadata
  created: number
}

/** Every API request the stand-in answered, as the SDK sent it (for tests: what the donation code asked). */
export interface RecordedRequest {
  method: string
  path: string
  params: FormParams
  idempotencyKey: string | null
}

export const createState = () => ({
  sessions: new Map<string, CheckoutSessionRecord>(),
  payments: new Map<string, PaymentRecord>(),
  subscriptions: new Map<string, SubscriptionRecord>(),
  invoices: new Map<string, InvoiceRecord>(),
  refunds: new Map<string, RefundRecord>(),
  requests: [] as RecordedRequest[],
})

export type StandInState = ReturnType<typeof createState>

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** An id shaped as Stripe's (`pi_3Qx…`): its prefix, then random letters and digits. */
export const newId = (prefix: string, length = 24) =>
  `${prefix}_${Array.from({ length }, () => idAlphabet[randomInt(idAlphabet.length)]).join('')}`

export const nowSeconds = () => Math.floor(Date.now() / 1000)

/** One calendar month later, as Stripe bills monthly: the same day, or the month's last when it has fewer. */
export const oneMonthAfter = (seconds: number) => {
  const date = new Date(seconds * 1000)
  const target = new Date(date)
  target.setUTCDate(1)
  target.setUTCMonth(date.getUTCMonth() + 1)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return Math.floor(target.getTime() / 1000)
}
