import type { Endpoint, Payload, PayloadHandler } from 'payload'

import { type SeatsResponse, publicEndpointPaths } from '../../publication/signUp'
import { expiringPromises } from '../cache/expiringPromises'
import { answeringFailures } from './publicAnswers'
import { publishedEvent, seatsOf, takesSignUpsHere } from './publicEvent'
import { publicEndpoint } from './publicCors'

/** An event's counts are reused for 3 s: a crowd on one event page costs one read every few seconds. */
const answers = expiringPromises<SeatsResponse | null>({ globalKey: '__hubKeptSeatsAnswers', freshForMs: 3000, maxEntries: 1000 })

/** The event's seats, or null when no published event takes sign-ups here under that id. */
const seatsAnswer = (payload: Payload, id: string): Promise<SeatsResponse | null> =>
  answers.get(id, async (now) => {
    const event = await publishedEvent(payload, id)
    return event && takesSignUpsHere(event) ? seatsOf(payload, event, new Date(now)) : null
  })

const cacheForAFewSeconds = { 'Cache-Control': 'public, max-age=5' }

/** GET `?event=<id>`: an event's seats, counts only, for the island that updates the event page's static count. */
const handler: PayloadHandler = async (req) => {
  const seats = await seatsAnswer(req.payload, req.searchParams.get('event') ?? '')
  return seats
    ? Response.json(seats, { headers: cacheForAFewSeconds })
    : Response.json({ message: 'No event takes sign-ups here under this id.' }, { status: 404, headers: cacheForAFewSeconds })
}

export const seatsEndpoints: Endpoint[] = publicEndpoint({
  path: publicEndpointPaths.seats,
  method: 'get',
  handler: answeringFailures('Seats', handler),
})
