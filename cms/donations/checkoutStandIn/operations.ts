import { invalidRequest, resourceMissing } from './errors'
import { makeEvent, type StandInEvent } from './events'
import { chargeJson, checkoutSessionJson, disputeJson, invoiceJsonIn, refundJson, subscriptionJson } from './objects'
import type { SessionInput } from './sessionParams'
import {
  type CheckoutSessionRecord,
  type InvoiceRecord,
  type Metadata,
  newId,
  nowSeconds,
  oneMonthAfter,
  type PaymentRecord,
  type RefundRecord,
  type StandInState,
  type SubscriptionRecord,
} from './state'

/**
 * What happens at Stripe when a donor pays, a bank answers, a month passes or a treasurer
 * refunds: each operation changes the records and returns the events Stripe would send, in
 * order, which `emit` records and delivers. A wrong state is refused with Stripe's error.
 */
export type PayHow = 'paid' | 'delayed'

export const createOperations = ({
  state,
  payUrl,
  emit,
}: {
  state: StandInState
  payUrl: (sessionId: string) => string
  emit: (events: StandInEvent[]) => StandInEvent[]
}) => {
  const sessionJson = (session: CheckoutSessionRecord) => checkoutSessionJson(session, payUrl(session.id))
  const sessionEvent = (type: string, session: CheckoutSessionRecord) => makeEvent(type, sessionJson(session))

  const newPayment = (amount: number, currency: string, status: PaymentRecord['status'], metadata: Metadata, invoiceId: string | null) => {
    const payment: PaymentRecord = {
      id: newId('pi'),
      chargeId: newId('ch'),
      amount,
      currency,
      status,
      metadata,
      amountRefunded: 0,
      disputeId: null,
      invoiceId,
      created: nowSeconds(),
    }
    state.payments.set(payment.id, payment)
    return payment
  }

  const newInvoice = (subscription: SubscriptionRecord, billingReason: InvoiceRecord['billingReason'], paid: boolean, pending = false) => {
    const id = newId('in')
    const payment = newPayment(
      subscription.amount,
      subscription.currency,
      paid ? 'succeeded' : pending ? 'processing' : 'requires_payment_method',
      {},
      id,
    )
    const invoice: InvoiceRecord = {
      id,
      lineId: newId('il'),
      invoicePaymentId: newId('inpay'),
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      amount: subscription.amount,
      currency: subscription.currency,
      billingReason,
      status: paid ? 'paid' : 'open',
      attemptCount: pending ? 0 : 1,
      periodStart: subscription.periodStart,
      periodEnd: subscription.periodEnd,
      paymentIntentId: payment.id,
      paidAt: paid ? nowSeconds() : null,
      created: nowSeconds(),
    }
    state.invoices.set(invoice.id, invoice)
    subscription.latestInvoiceId = invoice.id
    return invoice
  }

  const payInvoice = (invoice: InvoiceRecord) => {
    invoice.status = 'paid'
    invoice.attemptCount += 1
    invoice.paidAt = nowSeconds()
    const payment = state.payments.get(invoice.paymentIntentId)
    if (payment) payment.status = 'succeeded'
  }

  const subscriptionUpdated = (subscription: SubscriptionRecord, previous: Record<string, unknown>) =>
    makeEvent('customer.subscription.updated', subscriptionJson(subscription), { previous })

  /** A session by id; one past its expiry time expires now, as Stripe's would have. */
  const session = (id: string, param = 'id') => {
    const found = state.sessions.get(id)
    if (!found) throw resourceMissing('checkout.session', id, param)
    if (found.status === 'open' && found.expiresAt <= nowSeconds()) expire(found)
    return found
  }

  const subscription = (id: string, param = 'id') => {
    const found = state.subscriptions.get(id)
    if (!found) throw resourceMissing('subscription', id, param)
    return found
  }

  const payment = (id: string, param = 'payment_intent') => {
    const found = state.payments.get(id)
    if (!found) throw resourceMissing('payment_intent', id, param)
    return found
  }

  const expire = (expiring: CheckoutSessionRecord) => {
    if (expiring.status !== 'open') {
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${expiring.status}".`,
      )
    }
    expiring.status = 'expired'
    return emit([sessionEvent('checkout.session.expired', expiring)])
  }

  /** Every open session past its expiry time expires, as Stripe's do on their own. */
  const expireDue = (): StandInEvent[] =>
    [...state.sessions.values()].filter((open) => open.status === 'open' && open.expiresAt <= nowSeconds()).flatMap(expire)

  const createSession = (input: SessionInput): CheckoutSessionRecord => {
    const created = nowSeconds()
    const { expiresAt, ...fields } = input
    const record: CheckoutSessionRecord = {
      ...fields,
      id: newId('cs_test', 58),
      status: 'open',
      paymentStatus: 'unpaid',
      created,
      expiresAt: expiresAt ?? created + 24 * 3600,
      paymentIntentId: null,
      subscriptionId: null,
      customerId: null,
      invoiceId: null,
    }
    state.sessions.set(record.id, record)
    return record
  }

  const startSubscription = (paying: CheckoutSessionRecord, how: PayHow) => {
    const now = nowSeconds()
    const started: SubscriptionRecord = {
      id: newId('sub'),
      itemId: newId('si'),
      priceId: newId('price'),
      productId: newId('prod'),
      customerId: newId('cus'),
      amount: paying.amountTotal,
      currency: paying.currency,
      productName: paying.productName,
      metadata: paying.subscriptionMetadata,
      status: how === 'paid' ? 'active' : 'incomplete',
      periodStart: now,
      periodEnd: oneMonthAfter(now),
      latestInvoiceId: null,
      canceledAt: null,
      created: now,
    }
    state.subscriptions.set(started.id, started)
    const invoice = newInvoice(started, 'subscription_create', how === 'paid', how === 'delayed')
    Object.assign(paying, { subscriptionId: started.id, customerId: started.customerId, invoiceId: invoice.id })
    return { started, invoice }
  }

  const pay = (sessionId: string, how: PayHow = 'paid'): StandInEvent[] => {
    const paying = session(sessionId)
    if (paying.status !== 'open') throw invalidRequest(`This Checkout Session is no longer open (status "${paying.status}").`)
    paying.status = 'complete'
    paying.paymentStatus = how === 'paid' ? 'paid' : 'unpaid'
    if (how === 'delayed') paying.delayed = 'pending'
    if (paying.mode === 'payment') {
      const status = how === 'paid' ? 'succeeded' : 'processing'
      paying.paymentIntentId = newPayment(paying.amountTotal, paying.currency, status, paying.paymentIntentMetadata, null).id
      return emit([sessionEvent('checkout.session.completed', paying)])
    }
    const { started, invoice } = startSubscription(paying, how)
    return emit([
      sessionEvent('checkout.session.completed', paying),
      makeEvent('customer.subscription.created', subscriptionJson(started)),
      ...(how === 'paid' ? [makeEvent('invoice.paid', invoiceJsonIn(state, invoice))] : []),
    ])
  }

  /** The bank's answer to a delayed payment: the money arrived, or it did not. */
  const settleDelayed = (sessionId: string, succeeded: boolean): StandInEvent[] => {
    const settling = session(sessionId)
    if (settling.delayed !== 'pending') throw invalidRequest('This Checkout Session has no delayed payment awaiting the bank.')
    settling.delayed = succeeded ? 'succeeded' : 'failed'
    if (succeeded) settling.paymentStatus = 'paid'
    const events: StandInEvent[] = []
    if (settling.mode === 'payment') {
      payment(settling.paymentIntentId ?? '').status = succeeded ? 'succeeded' : 'requires_payment_method'
    } else {
      const settled = subscription(settling.subscriptionId ?? '')
      const invoice = state.invoices.get(settling.invoiceId ?? '') as InvoiceRecord
      if (succeeded) {
        payInvoice(invoice)
        settled.status = 'active'
        events.push(makeEvent('invoice.paid', invoiceJsonIn(state, invoice)), subscriptionUpdated(settled, { status: 'incomplete' }))
      } else {
        invoice.attemptCount += 1
        payment(invoice.paymentIntentId).status = 'requires_payment_method'
        settled.status = 'incomplete_expired'
        events.push(
          makeEvent('invoice.payment_failed', invoiceJsonIn(state, invoice)),
          subscriptionUpdated(settled, { status: 'incomplete' }),
        )
      }
    }
    const type = succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed'
    return emit([...events, sessionEvent(type, settling)])
  }

  /** The donor leaves the checkout page: the session expires at once (as the API's expire does). */
  const cancel = (sessionId: string): StandInEvent[] => expire(session(sessionId))

  const openRenewal = (renewing: SubscriptionRecord) => {
    const latest = state.invoices.get(renewing.latestInvoiceId ?? '')
    return latest?.status === 'open' && latest.billingReason === 'subscription_cycle' ? latest : undefined
  }

  const advancePeriod = (renewing: SubscriptionRecord) => {
    renewing.periodStart = renewing.periodEnd
    renewing.periodEnd = oneMonthAfter(renewing.periodEnd)
  }

  /** A month passes and the bank pays: next month's invoice (or the one a failure left open) is paid. */
  const renew = (subscriptionId: string): StandInEvent[] => {
    const renewing = subscription(subscriptionId)
    if (renewing.status !== 'active' && renewing.status !== 'past_due') {
      throw invalidRequest(`Subscription ${renewing.id} is ${renewing.status}: it cannot be renewed.`)
    }
    const previous = {
      status: renewing.status,
      items: { current_period_start: renewing.periodStart, current_period_end: renewing.periodEnd },
    }
    const retried = openRenewal(renewing)
    if (retried) payInvoice(retried)
    else advancePeriod(renewing)
    const invoice = retried ?? newInvoice(renewing, 'subscription_cycle', true)
    renewing.status = 'active'
    return emit([makeEvent('invoice.paid', invoiceJsonIn(state, invoice)), subscriptionUpdated(renewing, previous)])
  }

  /** A month passes and the bank refuses: the invoice stays open, the subscription is past due. */
  const failRenewal = (subscriptionId: string): StandInEvent[] => {
    const failing = subscription(subscriptionId)
    if (failing.status !== 'active' && failing.status !== 'past_due') {
      throw invalidRequest(`Subscription ${failing.id} is ${failing.status}: it has no renewal to fail.`)
    }
    const retried = openRenewal(failing)
    if (retried) {
      retried.attemptCount += 1
      return emit([makeEvent('invoice.payment_failed', invoiceJsonIn(state, retried))])
    }
    const previous = { status: failing.status, items: { current_period_start: failing.periodStart, current_period_end: failing.periodEnd } }
    advancePeriod(failing)
    const invoice = newInvoice(failing, 'subscription_cycle', false)
    failing.status = 'past_due'
    return emit([makeEvent('invoice.payment_failed', invoiceJsonIn(state, invoice)), subscriptionUpdated(failing, previous)])
  }

  const cancelSubscription = (subscriptionId: string): StandInEvent[] => {
    const ending = subscription(subscriptionId)
    // Stripe answers so: a canceled subscription can still be read, but no longer cancelled.
    if (ending.status === 'canceled' || ending.status === 'incomplete_expired') throw resourceMissing('subscription', ending.id)
    ending.status = 'canceled'
    ending.canceledAt = nowSeconds()
    return emit([makeEvent('customer.subscription.deleted', subscriptionJson(ending))])
  }

  const refundReasons = ['duplicate', 'fraudulent', 'requested_by_customer']

  const refund = (
    paymentIntentId: string,
    { amount, reason = null, metadata = {} }: { amount?: number; reason?: string | null; metadata?: Metadata } = {},
  ): { refund: RefundRecord; events: StandInEvent[] } => {
    const refunded = payment(paymentIntentId)
    if (reason !== null && !refundReasons.includes(reason)) {
      throw invalidRequest(`Invalid reason: must be one of ${refundReasons.join(', ')}`, { param: 'reason' })
    }
    if (refunded.status !== 'succeeded') {
      throw invalidRequest(`This PaymentIntent (${refunded.id}) does not have a successful charge to refund.`, {
        param: 'payment_intent',
        code: 'charge_not_refundable',
      })
    }
    if (refunded.disputeId) {
      throw invalidRequest(`Charge ${refunded.chargeId} has been charged back; cannot issue a refund.`, { code: 'charge_disputed' })
    }
    const remaining = refunded.amount - refunded.amountRefunded
    if (remaining === 0) {
      throw invalidRequest(`Charge ${refunded.chargeId} has already been refunded.`, { code: 'charge_already_refunded' })
    }
    const refundAmount = amount ?? remaining
    if (refundAmount < 1 || refundAmount > remaining) {
      throw invalidRequest(`Refund amount (${refundAmount}) is greater than unrefunded amount on charge (${remaining})`, {
        param: 'amount',
        code: 'amount_too_large',
      })
    }
    refunded.amountRefunded += refundAmount
    const record: RefundRecord = {
      id: newId('re'),
      paymentIntentId: refunded.id,
      chargeId: refunded.chargeId,
      amount: refundAmount,
      currency: refunded.currency,
      reason,
      metadata,
      created: nowSeconds(),
    }
    state.refunds.set(record.id, record)
    return { refund: record, events: emit([makeEvent('charge.refunded', chargeJson(refunded))]) }
  }

  /** The donor's bank takes the money back: Stripe opens a dispute the movement must answer. */
  const dispute = (paymentIntentId: string): StandInEvent[] => {
    const disputed = payment(paymentIntentId)
    if (disputed.status !== 'succeeded' || disputed.disputeId || disputed.amountRefunded === disputed.amount) {
      throw invalidRequest(`Payment ${disputed.id} cannot be disputed (not paid, refunded or already disputed).`)
    }
    disputed.disputeId = newId('dp')
    return emit([makeEvent('charge.dispute.created', disputeJson(disputed, disputed.disputeId, nowSeconds()))])
  }

  return {
    session,
    subscription,
    payment,
    sessionJson,
    refundJson,
    createSession,
    expire: (sessionId: string) => expire(session(sessionId)),
    expireDue,
    pay,
    settleDelayed,
    cancel,
    renew,
    failRenewal,
    cancelSubscription,
    refund,
    dispute,
  }
}

export type StandInOperations = ReturnType<typeof createOperations>
