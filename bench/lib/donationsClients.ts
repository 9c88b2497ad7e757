import Stripe from 'stripe'

import { donationEndpointPaths, donationResponse } from '../../publication/donation'
import { host } from './server'
import { type Answer, requestTimeoutMs } from './signUpClients'

/**
 * The donations bench's two kinds of callers, over HTTP: visitors posting the donation form as
 * the site's island does (form-encoded, from the site's origin, `Accept: application/json`, each
 * request from an address of its own, as signUpClients.ts explains), and Stripe delivering its
 * events to the webhook route, signed with the SDK's own test helper as Stripe signs them.
 */

let lastAddress = 0
/** A new address in 10.0.0.0/8 for each request of the run. */
const nextAddress = () => {
  lastAddress += 1
  return `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`
}

const post = async (url: string, body: string, headers: Record<string, string>, read: (status: number, text: string) => string) => {
  if (new URL(url).hostname !== host) throw new Error(`Refusing to post to ${url}: the benchmark only targets ${host}`)
  const sentAt = performance.now()
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(requestTimeoutMs) })
    const text = await response.text()
    return { sentAt, ms: performance.now() - sentAt, status: response.status, outcome: read(response.status, text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { sentAt, ms: performance.now() - sentAt, status: 0, outcome: 'no answer', error: message }
  }
}

/**
 * Posts a donation form; the answer's outcome (`checkout`, `invalid`, `over-cap`, `busy`…), and
 * for a checkout its URL to `onCheckout`.
 */
export const postDonation = (
  serverUrl: string,
  siteUrl: string,
  form: Record<string, string>,
  onCheckout: (url: string) => void = () => undefined,
): Promise<Answer> =>
  post(
    `${serverUrl}/api${donationEndpointPaths.donate}`,
    new URLSearchParams(form).toString(),
    {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Origin: siteUrl,
      'X-Forwarded-For': nextAddress(),
    },
    (_status, text) => {
      try {
        const answer = donationResponse.parse(JSON.parse(text))
        if (answer.outcome === 'checkout') onCheckout(answer.url)
        return answer.outcome
      } catch {
        return 'unreadable answer'
      }
    },
  )

/** The checkout session's id: the last segment of the checkout page's URL (the stand-in's `/pay/<id>`). */
export const sessionOfCheckoutUrl = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '')

/** An event's body as Stripe sends it (pretty-printed: the signature covers these exact bytes). */
export const eventBody = (event: object) => JSON.stringify(event, null, 2)

/** The `Stripe-Signature` header of `body` made with `secret`, at `timestamp` (seconds; now by default). */
export const signatureOf = (body: string, secret: string, timestamp?: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...(timestamp === undefined ? {} : { timestamp }) })

/**
 * Delivers one event body to the webhook route. Outcomes: `processed` (new to the server),
 * `already processed` (a repeat), `refused` (400: the signature), else `status <n>`.
 */
export const postWebhook = (serverUrl: string, body: string, signature: string | undefined): Promise<Answer> =>
  post(
    `${serverUrl}/api${donationEndpointPaths.stripeWebhook}`,
    body,
    { 'Content-Type': 'application/json; charset=utf-8', ...(signature === undefined ? {} : { 'Stripe-Signature': signature }) },
    (status, text) => {
      if (status === 400) return 'refused'
      if (status !== 200) return `status ${status}`
      try {
        return (JSON.parse(text) as { processed?: boolean }).processed ? 'processed' : 'already processed'
      } catch {
        return 'unreadable answer'
      }
    },
  )

/** The ways the bench forges a delivery; each must be refused (400) and change nothing. */
export const forgeryKinds = ['wrong secret', 'tampered body', 'no signature', 'signed 10 minutes ago'] as const
export type ForgeryKind = (typeof forgeryKinds)[number]

/**
 * A forged delivery of a real event's `body`: signed with another secret; the body changed after
 * signing (its amount, one euro more); no signature; or signed with the right secret but 10
 * minutes ago (Stripe's SDK accepts 5: a replayed capture).
 */
export const forgedDelivery = (kind: ForgeryKind, body: string, secret: string): { body: string; signature: string | undefined } => {
  if (kind === 'wrong secret') return { body, signature: signatureOf(body, 'whsec_forged_by_the_bench') }
  if (kind === 'no signature') return { body, signature: undefined }
  if (kind === 'signed 10 minutes ago') return { body, signature: signatureOf(body, secret, Math.floor(Date.now() / 1000) - 600) }
  const tampered = body.replace(/"amount": (\d+)/, (_whole, cents: string) => `"amount": ${Number(cents) + 100}`)
  if (tampered === body) throw new Error('No amount to tamper with in the event')
  return { body: tampered, signature: signatureOf(body, secret) }
}
