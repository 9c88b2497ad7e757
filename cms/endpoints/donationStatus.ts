import type { Endpoint, PayloadHandler } from 'payload'

import { type DonationStatusResponse, donationEndpointPaths } from '../../publication/donation'
import { answeringFailures, noStore } from './publicAnswers'
import { publicEndpoint } from './publicCors'

/** A checkout session's id as Stripe (and the stand-in) write it; anything else names nothing and is not looked up. */
const sessionPattern = /^cs_(test|live)_[A-Za-z0-9_]{8,240}$/

/**
 * What the thank-you page may learn of the donation its checkout made: its status, nothing else
 * (no amount, no name). The session id comes from Stripe's redirect and is unguessable.
 */
const handler: PayloadHandler = async (req) => {
  const session = req.searchParams.get('session') ?? ''
  let status: DonationStatusResponse['status'] = 'unknown'
  if (sessionPattern.test(session)) {
    const { docs } = await req.payload.find({
      collection: 'donations',
      where: { 'stripe.checkoutSessionId': { equals: session } },
      select: { status: true },
      depth: 0,
      limit: 1,
    })
    status = docs[0]?.status ?? 'unknown'
  }
  return Response.json({ status } satisfies DonationStatusResponse, { headers: noStore })
}

export const donationStatusEndpoints: Endpoint[] = publicEndpoint({
  path: donationEndpointPaths.status,
  method: 'get',
  handler: answeringFailures('Donation status', handler),
})
