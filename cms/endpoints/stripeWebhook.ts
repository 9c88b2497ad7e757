import type { Endpoint, PayloadHandler } from 'payload'
import type Stripe from 'stripe'

import { donationEndpointPaths } from '../../publication/donation'
import { processStripeEvent } from '../donations/stripeEvents'
import { stripeClient, webhookSecret } from '../donations/stripeClient'
import { readBodyUpTo } from './formBody'

/** Stripe's events are a few kilobytes; an invoice with many lines, a few dozen. */
const maxEventBytes = 512 * 1024

const answer = (status: number, body: object) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Stripe's webhooks (the checkout stand-in's too, signed the same way). The signature is checked
 * on the raw body: a bad or missing one is a 400 and nothing is read further or written. A failure
 * while processing is a 500, logged with the event's id and type only: Stripe delivers it again.
 */
const handler: PayloadHandler = async (req) => {
  const body = await readBodyUpTo(req, maxEventBytes)
  if (!body) return answer(413, { error: 'too large' })
  let event: Stripe.Event
  try {
    event = stripeClient().webhooks.constructEvent(body, req.headers.get('stripe-signature') ?? '', webhookSecret())
  } catch {
    req.payload.logger.info('Stripe webhook: signature refused')
    return answer(400, { error: 'bad signature' })
  }
  try {
    const processed = await processStripeEvent(req.payload, event)
    return answer(200, { received: true, processed })
  } catch (error) {
    req.payload.logger.error(
      { event: event.id, type: event.type, error: error instanceof Error ? error.name : typeof error },
      'Stripe webhook failed',
    )
    return answer(500, { error: 'not processed' })
  }
}

/** Not a CORS endpoint: only Stripe's servers call it. */
export const stripeWebhookEndpoints: Endpoint[] = [{ path: donationEndpointPaths.stripeWebhook, method: 'post', handler }]
