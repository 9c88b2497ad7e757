import { createHmac } from 'node:crypto'

import Stripe from 'stripe'

import { env, realInstallationReason } from '../../env'

/**
 * The Stripe SDK as the donation code uses it, whatever answers. With STRIPE_SECRET_KEY: Stripe
 * itself. Without: the local checkout stand-in (checkoutStandIn/, a fake of Stripe's API that
 * `npm start` serves on CHECKOUT_STANDIN_PORT), reached through the SDK's own host, port and
 * protocol options, so that the donation code has no demo branch: only where its requests go differ.
 */

/** The stand-in's key and webhook secret: derived from the CMS's secret, never valid at Stripe. */
const standInSecret = (purpose: string) => createHmac('sha256', env.payloadSecret).update(`checkout-stand-in\0${purpose}`).digest('hex')

export const standInSecretKey = () => `sk_test_standin_${standInSecret('key').slice(0, 24)}`

/** Whether payments go to the local stand-in (no STRIPE_SECRET_KEY): the pages say so, no money moves. */
export const usesCheckoutStandIn = () => !env.stripe.secretKey

/**
 * Whether donations can be taken: with a Stripe key, or on a developer's machine (the stand-in).
 * A real installation (an https SERVER_URL, or servers reachable beyond loopback) without a key takes none: the stand-in is not started there, and whatever
 * else listened on its port must never be handed a donor.
 */
export const paymentsAvailable = () =>
  // NODE_ENV aside: `npm start` runs its CMS in production mode on a developer's machine too.
  !usesCheckoutStandIn() || !realInstallationReason({ nodeEnv: undefined, serverUrl: env.serverUrl, host: env.host })

/** The secret webhooks are signed with: Stripe's endpoint secret, or the stand-in's. */
export const webhookSecret = (): string => {
  if (env.stripe.secretKey) {
    if (!env.stripe.webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY')
    return env.stripe.webhookSecret
  }
  return `whsec_standin_${standInSecret('webhook')}`
}

/** Where the stand-in listens: the SDK's `host`, `port` and `protocol`. */
export const standInAddress = () => ({ protocol: 'http' as const, host: '127.0.0.1', port: env.stripe.standInPort })

/** Where a checkout opens: the CSP of every page whose form is answered with a redirect there must allow it. */
export const checkoutOrigin = () =>
  env.stripe.secretKey ? 'https://checkout.stripe.com' : `${standInAddress().protocol}://${standInAddress().host}:${standInAddress().port}`

let client: Stripe | undefined
let clientFor: string | undefined

/** The SDK, made once per configuration (tests change the stand-in's port between files). */
export const stripeClient = (): Stripe => {
  const key = env.stripe.secretKey ?? standInSecretKey()
  const address = env.stripe.secretKey ? {} : standInAddress()
  const signature = JSON.stringify([key, address])
  if (!client || clientFor !== signature) {
    client = new Stripe(key, {
      ...address,
      // One quick retry on a network failure: the visitor is waiting; Stripe's idempotency keys make it safe.
      maxNetworkRetries: 1,
      timeout: 15_000,
      telemetry: false,
      appInfo: { name: 'resource-hub' },
    })
    clientFor = signature
  }
  return client
}

/** A monthly payment's PaymentIntent: Stripe tells it through the invoice's payments. */
export const paymentIntentOfInvoice = async (invoiceId: string | null | undefined): Promise<string | undefined> => {
  if (!invoiceId) return undefined
  const { data } = await stripeClient().invoicePayments.list({ invoice: invoiceId, limit: 1 })
  const intent = data[0]?.payment.payment_intent
  return typeof intent === 'string' ? intent : intent?.id
}
