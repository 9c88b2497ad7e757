import Stripe from 'stripe'

import { newId, nowSeconds } from './state'
import type { StripeJson } from './objects'

/**
 * Stripe's events and their delivery: each event POSTed to the webhook URL with the
 * `Stripe-Signature` header the SDK's own test helper makes, one after another in the order they
 * were made; a delivery without a 2xx answer is tried again after a short wait, as Stripe does
 * (over hours there, seconds here), and the log names the event's id only.
 */
export interface StandInEvent {
  id: string
  object: 'event'
  api_version: string
  created: number
  data: { object: StripeJson; previous_attributes?: StripeJson }
  livemode: false
  pending_webhooks: number
  request: { id: null; idempotency_key: null }
  type: string
}

export const makeEvent = (type: string, object: StripeJson, { previous }: { previous?: StripeJson } = {}): StandInEvent => ({
  id: newId('evt'),
  object: 'event',
  api_version: Stripe.API_VERSION,
  created: nowSeconds(),
  // A copy: the event shows the object as it was when it happened.
  data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type,
})

/** Waits before each new attempt; after the last, the event is given up (and can be replayed). */
const retryDelaysMs = [500, 2_000, 5_000]

export const createDelivery = ({ webhookUrl, webhookSecret }: { webhookUrl: string; webhookSecret: string }) => {
  const queue: StandInEvent[] = []
  const waiting = new Set<() => void>()
  const stopper = new AbortController()
  let running = false

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      stopper.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer)
          resolve()
        },
        { once: true },
      )
    })

  /** The status of one attempt, or the network error's code. */
  const attempt = async (payload: string): Promise<number | string> => {
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks) checkout-stand-in',
          'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }),
        },
        body: payload,
        signal: AbortSignal.any([stopper.signal, AbortSignal.timeout(15_000)]),
      })
      await response.body?.cancel()
      return response.status
    } catch (error) {
      return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    }
  }

  const deliverOne = async (event: StandInEvent) => {
    // Pretty-printed, as Stripe sends it: the signature covers these exact bytes.
    const payload = JSON.stringify(event, null, 2)
    for (let tries = 0; !stopper.signal.aborted; tries += 1) {
      const outcome = await attempt(payload)
      if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return
      if (stopper.signal.aborted) return
      const delay = retryDelaysMs[tries]
      if (delay === undefined) {
        console.warn(`Stand-in de paiement : événement ${event.id} non livré (${outcome}), abandonné`)
        return
      }
      console.warn(`Stand-in de paiement : événement ${event.id} non livré (${outcome}), nouvel essai dans ${delay / 1000} s`)
      await sleep(delay)
    }
  }

  const run = async () => {
    if (running) return
    running = true
    while (queue.length > 0 && !stopper.signal.aborted) await deliverOne(queue.shift() as StandInEvent)
    running = false
    queue.length = 0
    for (const resolve of waiting) resolve()
    waiting.clear()
  }

  return {
    send(events: StandInEvent[]) {
      if (stopper.signal.aborted) return
      queue.push(...events)
      void run()
    },
    /** Resolves once every event sent so far was delivered or given up. */
    idle: () => (running ? new Promise<void>((resolve) => waiting.add(resolve)) : Promise.resolve()),
    close() {
      stopper.abort()
      queue.length = 0
    },
  }
}
