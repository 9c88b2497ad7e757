import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type CheckoutStandIn, startCheckoutStandIn } from './server'

/**
 * The stand-in against the real SDK, as the donation code uses it: pointed at it through the
 * SDK's host, port and protocol options; its webhooks received by a small local server here
 * and checked with the SDK's own `constructEvent`.
 */
const secretKey = 'sk_test_standin_unit0123456789'
const webhookSecret = 'whsec_standin_unit_secret'

interface Received {
  payload: string
  signature: string
}

/** A webhook endpoint: what it received, and how many of its next answers are failures. */
const startReceiver = async () => {
  const received: Received[] = []
  const state = { failuresLeft: 0 }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (state.failuresLeft > 0) {
        state.failuresLeft -= 1
        response.writeHead(500).end()
        return
      }
      received.push({ payload: Buffer.concat(chunks).toString('utf8'), signature: String(request.headers['stripe-signature']) })
      response.writeHead(200).end('{"received":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/stripe/webhook`,
    received,
    state,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

let receiver: Awaited<ReturnType<typeof startReceiver>>
let standIn: CheckoutStandIn
let stripe: Stripe

const sdkFor = (key: string, port: number) =>
  new Stripe(key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false })

beforeAll(async () => {
  receiver = await startReceiver()
  standIn = await startCheckoutStandIn({ port: 0, secretKey, webhookSecret, webhookUrl: receiver.url })
  stripe = sdkFor(secretKey, standIn.port)
})

afterAll(async () => {
  await standIn.close()
  await receiver.close()
})

afterEach(async () => {
  await standIn.delivered()
})

/** Every event received so far, each verified as the webhook route verifies it. */
const verifiedEvents = () =>
  receiver.received.map(({ payload, signature }) => stripe.webhooks.constructEvent(payload, signature, webhookSecret))

const receivedSince = async (count: number) => {
  await standIn.delivered()
  return verifiedEvents().slice(count)
}

const oneOff = (extra: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: 'payment',
  line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 2500, product_data: { name: 'Don au mouvement' } } }],
  success_url: 'http://localhost:4321/fr/don/merci/?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://localhost:4321/fr/don/annule/',
  locale: 'fr',
  customer_email: 'marie.curie@example.org',
  client_reference_id: 'donation-17',
  metadata: { donation: '17', lastName: 'Curie' },
  payment_intent_data: { metadata: { donation: '17' } },
  ...extra,
})

const monthly = (): Stripe.Checkout.SessionCreateParams => ({
  mode: 'subscription',
  line_items: [
    {
      quantity: 1,
      price_data: { currency: 'eur', unit_amount: 1000, recurring: { interval: 'month' }, product_data: { name: 'Don mensuel' } },
    },
  ],
  success_url: 'http://localhost:4321/en/donate/thanks/?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://localhost:4321/en/donate/cancelled/',
  locale: 'en',
  customer_email: 'ada@example.org',
  metadata: { monthlyDonation: '4' },
  subscription_data: { metadata: { monthlyDonation: '4' } },
})

const page = (path: string, init: RequestInit = {}) => fetch(`${standIn.url}${path}`, { redirect: 'manual', ...init })

const pressButton = (sessionId: string, action: string) =>
  page(`/pay/${sessionId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action }).toString(),
  })

describe('the Stripe API, through the real SDK', () => {
  it('creates a one-off Checkout Session as Stripe returns it, and records what the SDK sent', async () => {
    const session = await stripe.checkout.sessions.create(oneOff())
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2500,
      currency: 'eur',
      metadata: { donation: '17', lastName: 'Curie' },
      client_reference_id: 'donation-17',
      customer_email: 'marie.curie@example.org',
      payment_intent: null,
      subscription: null,
      customer: null,
      locale: 'fr',
      livemode: false,
      url: `${standIn.url}/pay/${session.id}`,
    })
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/)
    expect(session.expires_at - session.created).toBe(24 * 3600)
    const request = standIn.requests.at(-1)
    expect(request).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' })
    expect(request?.params).toMatchObject({
      line_items: [{ quantity: '1', price_data: { currency: 'eur', unit_amount: '2500', product_data: { name: 'Don au mouvement' } } }],
      payment_intent_data: { metadata: { donation: '17' } },
    })
    expect(request?.idempotencyKey).toMatch(/^stripe-node-retry-/)
    expect(await stripe.checkout.sessions.retrieve(session.id)).toEqual({ ...session })
    const expiresAt = session.created + 3600
    expect((await stripe.checkout.sessions.create(oneOff({ expires_at: expiresAt }))).expires_at).toBe(expiresAt)
  })

  it('refuses a wrong key with a 401 the SDK raises as an authentication error, creating nothing', async () => {
    const sessionsBefore = standIn.sessions.size
    const error = await sdkFor('sk_test_wrong_key_0000', standIn.port)
      .checkout.sessions.create(oneOff())
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(error).toMatchObject({ statusCode: 401 })
    expect(standIn.sessions.size).toBe(sessionsBefore)
  })

  it('answers unknown ids and bad parameters with Stripe’s errors, creating nothing', async () => {
    const sessionsBefore = standIn.sessions.size
    const missing = await stripe.checkout.sessions.retrieve('cs_test_nope').catch((caught: unknown) => caught)
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' })
    // Arabic is not one of Checkout's languages: Stripe refuses it.
    const arabic = await stripe.checkout.sessions
      .create(oneOff({ locale: 'ar' as Stripe.Checkout.SessionCreateParams.Locale }))
      .catch((caught: unknown) => caught)
    expect(arabic).toMatchObject({ statusCode: 400, param: 'locale', type: 'StripeInvalidRequestError' })
    const mixed = await stripe.checkout.sessions
      .create({ ...monthly(), payment_intent_data: { metadata: { x: '1' } } })
      .catch((caught: unknown) => caught)
    expect(mixed).toMatchObject({ statusCode: 400, param: 'payment_intent_data' })
    const tooSmall = await stripe.checkout.sessions
      .create(oneOff({ line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 20, product_data: { name: 'Don' } } }] }))
      .catch((caught: unknown) => caught)
    expect(tooSmall).toMatchObject({ statusCode: 400, param: 'line_items' })
    const now = Math.floor(Date.now() / 1000)
    const tooSoon = await stripe.checkout.sessions.create(oneOff({ expires_at: now + 60 })).catch((caught: unknown) => caught)
    expect(tooSoon).toMatchObject({ statusCode: 400, param: 'expires_at' })
    const unknownParam = await stripe.checkout.sessions
      .create({ ...oneOff(), payment_intent_data: { metadata: { donation: '17' }, description: 'x' } })
      .catch((caught: unknown) => caught)
    expect(unknownParam).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'payment_intent_data[description]' })
    expect(standIn.sessions.size).toBe(sessionsBefore)
    expect(standIn.events.filter((event) => event.type === 'checkout.session.expired')).toHaveLength(0)
  })

  it('replays the first answer for the same Idempotency-Key, and refuses it with other parameters', async () => {
    const sessionsBefore = standIn.sessions.size
    const first = await stripe.checkout.sessions.create(oneOff(), { idempotencyKey: 'donation-17-checkout' })
    const again = await stripe.checkout.sessions.create(oneOff(), { idempotencyKey: 'donation-17-checkout' })
    expect(again.id).toBe(first.id)
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(standIn.sessions.size).toBe(sessionsBefore + 1)
    const other = await stripe.checkout.sessions
      .create(oneOff({ client_reference_id: 'donation-18' }), { idempotencyKey: 'donation-17-checkout' })
      .catch((caught: unknown) => caught)
    expect(other).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(standIn.sessions.size).toBe(sessionsBefore + 1)
  })

  it('pays a one-off session: a signed checkout.session.completed, with the payment intent', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const count = receiver.received.length
    standIn.pay(created.id)
    const [completed, ...others] = await receivedSince(count)
    expect(others).toHaveLength(0)
    expect(completed?.type).toBe('checkout.session.completed')
    expect(completed?.api_version).toBe(Stripe.API_VERSION)
    const session = completed?.data.object as Stripe.Checkout.Session
    expect(session).toMatchObject({
      id: created.id,
      status: 'complete',
      payment_status: 'paid',
      metadata: { donation: '17', lastName: 'Curie' },
    })
    expect(session.payment_intent).toMatch(/^pi_/)
    const paymentIntent = await stripe.paymentIntents.retrieve(String(session.payment_intent))
    expect(paymentIntent).toMatchObject({ status: 'succeeded', amount: 2500, metadata: { donation: '17' } })
    // A signature made with another secret is refused, as the webhook route will refuse it.
    const last = receiver.received.at(-1) as Received
    expect(() => stripe.webhooks.constructEvent(last.payload, last.signature, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
  })

  it('refunds once: the second refund is Stripe’s charge_already_refunded unless its key is the first one’s', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    standIn.pay(created.id)
    const paymentIntent = String((await stripe.checkout.sessions.retrieve(created.id)).payment_intent)
    const count = (await receivedSince(0)).length
    const refund = await stripe.refunds.create(
      { payment_intent: paymentIntent, reason: 'requested_by_customer' },
      { idempotencyKey: 'refund-17' },
    )
    expect(refund).toMatchObject({ object: 'refund', status: 'succeeded', amount: 2500, payment_intent: paymentIntent })
    expect(refund.id).toMatch(/^re_/)
    const replayed = await stripe.refunds.create(
      { payment_intent: paymentIntent, reason: 'requested_by_customer' },
      { idempotencyKey: 'refund-17' },
    )
    expect(replayed.id).toBe(refund.id)
    const twice = await stripe.refunds.create({ payment_intent: paymentIntent }).catch((caught: unknown) => caught)
    expect(twice).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(twice).toMatchObject({ statusCode: 400, code: 'charge_already_refunded' })
    const events = await receivedSince(count)
    expect(events.map((event) => event.type)).toEqual(['charge.refunded'])
    expect(events[0]?.data.object).toMatchObject({
      object: 'charge',
      payment_intent: paymentIntent,
      amount: 2500,
      amount_refunded: 2500,
      refunded: true,
    })
    const unknown = await stripe.refunds.create({ payment_intent: 'pi_unknown' }).catch((caught: unknown) => caught)
    expect(unknown).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'payment_intent' })
  })

  it('pays a monthly session: completed, subscription created, first invoice paid; its payment found through invoice_payments', async () => {
    const created = await stripe.checkout.sessions.create(monthly())
    expect(created).toMatchObject({ mode: 'subscription', amount_total: 1000, subscription: null })
    const count = receiver.received.length
    standIn.pay(created.id)
    const events = await receivedSince(count)
    expect(events.map((event) => event.type)).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid'])
    const session = events[0]?.data.object as Stripe.Checkout.Session
    expect(session).toMatchObject({ payment_status: 'paid', payment_intent: null })
    expect(session.subscription).toMatch(/^sub_/)
    expect(session.customer).toMatch(/^cus_/)
    const subscription = events[1]?.data.object as Stripe.Subscription
    expect(subscription).toMatchObject({
      id: session.subscription,
      status: 'active',
      customer: session.customer,
      cancel_at_period_end: false,
      metadata: { monthlyDonation: '4' },
    })
    expect(subscription.items.data[0]?.current_period_end).toBeGreaterThan(subscription.items.data[0]?.current_period_start ?? Infinity)
    const invoice = events[2]?.data.object as Stripe.Invoice
    expect(invoice).toMatchObject({
      status: 'paid',
      billing_reason: 'subscription_create',
      amount_paid: 1000,
      currency: 'eur',
      customer: session.customer,
      parent: {
        type: 'subscription_details',
        subscription_details: { subscription: session.subscription, metadata: { monthlyDonation: '4' } },
      },
    })
    const payments = await stripe.invoicePayments.list({ invoice: invoice.id, limit: 1 })
    expect(payments.data).toHaveLength(1)
    expect(payments.data[0]).toMatchObject({
      object: 'invoice_payment',
      invoice: invoice.id,
      status: 'paid',
      amount_paid: 1000,
      payment: { type: 'payment_intent' },
    })
    const paymentIntent = String(payments.data[0]?.payment.payment_intent)
    const byPayment = await stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntent } })
    expect(byPayment.data.map((payment) => payment.invoice)).toEqual([invoice.id])
    expect(await stripe.subscriptions.retrieve(String(session.subscription))).toMatchObject({ status: 'active' })
  })

  it('plays a monthly donation’s life: a renewal, a refused one, its retry, then the cancellation', async () => {
    const created = await stripe.checkout.sessions.create(monthly())
    standIn.pay(created.id)
    const subscriptionId = String((await stripe.checkout.sessions.retrieve(created.id)).subscription)
    const firstEnd = (await stripe.subscriptions.retrieve(subscriptionId)).items.data[0]?.current_period_end
    const count = (await receivedSince(0)).length

    standIn.renew(subscriptionId)
    standIn.failRenewal(subscriptionId)
    standIn.renew(subscriptionId)
    await stripe.subscriptions.cancel(subscriptionId)
    const events = await receivedSince(count)
    expect(events.map((event) => event.type)).toEqual([
      'invoice.paid',
      'customer.subscription.updated',
      'invoice.payment_failed',
      'customer.subscription.updated',
      'invoice.paid',
      'customer.subscription.updated',
      'customer.subscription.deleted',
    ])
    const [renewal, , refused, pastDue, retried] = events.map((event) => event.data.object) as [
      Stripe.Invoice,
      Stripe.Subscription,
      Stripe.Invoice,
      Stripe.Subscription,
      Stripe.Invoice,
    ]
    expect(renewal).toMatchObject({ billing_reason: 'subscription_cycle', status: 'paid' })
    expect(renewal.lines.data[0]?.period.start).toBe(firstEnd)
    expect(refused).toMatchObject({ billing_reason: 'subscription_cycle', status: 'open' })
    expect(pastDue.status).toBe('past_due')
    // The retry pays the invoice the failure left open, with its own payment intent.
    expect(retried).toMatchObject({ id: refused.id, status: 'paid' })
    const [renewalPayment] = (await stripe.invoicePayments.list({ invoice: renewal.id })).data
    const [firstPayment] = (
      await stripe.invoicePayments.list({ invoice: (await stripe.checkout.sessions.retrieve(created.id)).invoice as string })
    ).data
    expect(renewalPayment?.payment.payment_intent).not.toBe(firstPayment?.payment.payment_intent)
    expect(await stripe.subscriptions.retrieve(subscriptionId)).toMatchObject({ status: 'canceled' })
    // As at Stripe: a canceled subscription can be read, not cancelled again (an Idempotency-Key does nothing on DELETE).
    const again = await stripe.subscriptions
      .cancel(subscriptionId, {}, { idempotencyKey: 'cancel-once' })
      .catch((caught: unknown) => caught)
    expect(again).toMatchObject({ statusCode: 404, code: 'resource_missing' })
  })

  it('expires an open session through the API (once), sending checkout.session.expired', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const count = receiver.received.length
    expect(await stripe.checkout.sessions.expire(created.id)).toMatchObject({ status: 'expired', url: null })
    expect((await receivedSince(count)).map((event) => event.type)).toEqual(['checkout.session.expired'])
    const twice = await stripe.checkout.sessions.expire(created.id).catch((caught: unknown) => caught)
    expect(twice).toMatchObject({ statusCode: 400 })
    expect(() => standIn.pay(created.id)).toThrow()
  })

  it('settles a delayed payment either way, and a dispute blocks refunds', async () => {
    const succeeding = await stripe.checkout.sessions.create(oneOff())
    const failing = await stripe.checkout.sessions.create(oneOff())
    const count = receiver.received.length
    expect(standIn.pay(succeeding.id, 'delayed')[0]?.data.object).toMatchObject({ status: 'complete', payment_status: 'unpaid' })
    standIn.pay(failing.id, 'delayed')
    standIn.settleDelayed(succeeding.id, true)
    standIn.settleDelayed(failing.id, false)
    expect(() => standIn.settleDelayed(failing.id, true)).toThrow()
    const types = (await receivedSince(count)).map((event) => event.type)
    expect(types).toEqual([
      'checkout.session.completed',
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
      'checkout.session.async_payment_failed',
    ])
    const paymentIntent = String((await stripe.checkout.sessions.retrieve(succeeding.id)).payment_intent)
    const [disputed] = standIn.dispute(paymentIntent)
    expect(disputed?.data.object).toMatchObject({
      object: 'dispute',
      payment_intent: paymentIntent,
      amount: 2500,
      status: 'needs_response',
      reason: 'fraudulent',
    })
    expect((disputed?.data.object as { charge: string }).charge).toMatch(/^ch_/)
    const refund = await stripe.refunds.create({ payment_intent: paymentIntent }).catch((caught: unknown) => caught)
    expect(refund).toMatchObject({ statusCode: 400, code: 'charge_disputed' })
  })
})

describe('webhook delivery', () => {
  it('tries again after a failed delivery, and replays every event with its id', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const count = receiver.received.length
    receiver.state.failuresLeft = 1
    const [made] = standIn.pay(created.id)
    const delivered = await receivedSince(count)
    expect(delivered.map((event) => event.id)).toEqual([made?.id])
    const all = standIn.events.length
    expect(standIn.replay()).toHaveLength(all)
    const replayed = await receivedSince(count + 1)
    expect(replayed.map((event) => event.id)).toEqual(standIn.events.map((event) => event.id))
  })

  it('makes and records events without sending them when asked not to deliver', async () => {
    const quiet = await startCheckoutStandIn({ port: 0, secretKey, webhookSecret, webhookUrl: receiver.url, deliver: false })
    try {
      const session = await sdkFor(secretKey, quiet.port).checkout.sessions.create(monthly())
      const count = receiver.received.length
      expect(quiet.pay(session.id).map((event) => event.type)).toEqual([
        'checkout.session.completed',
        'customer.subscription.created',
        'invoice.paid',
      ])
      await quiet.delivered()
      expect(receiver.received).toHaveLength(count)
      expect(quiet.events).toHaveLength(3)
      expect(new Set(quiet.events.map((event) => event.id)).size).toBe(3)
    } finally {
      await quiet.close()
    }
  })
})

describe('the pages', () => {
  it('shows the checkout look-alike with the demo banner, and pays once through a plain form', async () => {
    const created = await stripe.checkout.sessions.create(monthly())
    const response = await page(`/pay/${created.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await response.text()
    expect(html).toContain('<html lang="en" dir="ltr">')
    expect(html).toContain('<p lang="fr" dir="ltr">démonstration — aucun paiement réel</p>')
    expect(html).toContain('demonstration — no real payment')
    expect(html).toContain('€10.00')
    expect(html).toContain('every month')
    expect(html).not.toContain('<script')

    const count = receiver.received.length
    const paid = await pressButton(created.id, 'pay')
    expect(paid.status).toBe(303)
    expect(paid.headers.get('location')).toBe(`http://localhost:4321/en/donate/thanks/?session=${created.id}`)
    const pressedAgain = await pressButton(created.id, 'pay')
    expect(pressedAgain.headers.get('location')).toBe(`/pay/${created.id}`)
    expect((await receivedSince(count)).filter((event) => event.type === 'checkout.session.completed')).toHaveLength(1)
    const after = await (await page(`/pay/${created.id}`)).text()
    expect(after).toContain('This payment has been made')
    expect(after).toContain('démonstration — aucun paiement réel')
  })

  it('cancels from the page: the session expires and the donor goes to cancel_url', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const html = await (await page(`/pay/${created.id}`)).text()
    expect(html).toContain('<html lang="fr" dir="ltr">')
    expect(html).toContain('25,00')
    const count = receiver.received.length
    const cancelled = await pressButton(created.id, 'cancel')
    expect(cancelled.status).toBe(303)
    expect(cancelled.headers.get('location')).toBe('http://localhost:4321/fr/don/annule/')
    const events = await receivedSince(count)
    expect(events.map((event) => event.type)).toEqual(['checkout.session.expired'])
    expect(events[0]?.data.object).toMatchObject({ id: created.id, status: 'expired' })
  })

  it('takes the delayed payment’s answer on the page', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const submitted = await pressButton(created.id, 'delayed')
    expect(submitted.headers.get('location')).toBe(`/pay/${created.id}`)
    expect(await (await page(`/pay/${created.id}`)).text()).toContain('Paiement en attente de la banque')
    const settled = await pressButton(created.id, 'settle-ok')
    expect(settled.headers.get('location')).toContain(`session=${created.id}`)
    expect(await stripe.checkout.sessions.retrieve(created.id)).toMatchObject({ payment_status: 'paid' })
  })

  it('refuses a cross-site form post', async () => {
    const created = await stripe.checkout.sessions.create(oneOff())
    const response = await page(`/pay/${created.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
      body: 'action=pay',
    })
    expect(response.status).toBe(403)
    expect(standIn.sessions.get(created.id)?.status).toBe('open')
  })

  it('lists sessions, subscriptions and payments by id and amount on the dashboard, never a name or an email, and runs its controls', async () => {
    const created = await stripe.checkout.sessions.create(monthly())
    standIn.pay(created.id)
    await standIn.delivered()
    const subscriptionId = String((await stripe.checkout.sessions.retrieve(created.id)).subscription)
    const html = await (await page('/')).text()
    expect(html).toContain('démonstration — aucun paiement réel')
    expect(html).toContain(created.id)
    expect(html).toContain(subscriptionId)
    for (const personal of ['marie', 'Curie', 'ada@', 'example.org']) expect(html).not.toContain(personal)

    const count = receiver.received.length
    const renewed = await page(`/stand-in/subscriptions/${subscriptionId}/renew`, { method: 'POST' })
    expect(renewed.status).toBe(303)
    expect((await receivedSince(count)).map((event) => event.type)).toEqual(['invoice.paid', 'customer.subscription.updated'])
    const asJson = await page(`/stand-in/subscriptions/${subscriptionId}/cancel`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
    })
    expect(((await asJson.json()) as { events: { type: string }[] }).events.map((event) => event.type)).toEqual([
      'customer.subscription.deleted',
    ])
    const refused = await page(`/stand-in/subscriptions/${subscriptionId}/renew`, { method: 'POST' })
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain(subscriptionId)
  })
})
