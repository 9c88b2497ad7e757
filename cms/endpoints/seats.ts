import type { Endpoint, Payload, PayloadHandler } from 'payload'

import { type SeatsResponse, publicEndpointPaths } from '../../publication/signUp'
import { answeringFailures } from './publicAnswers'
import { publishedEvent, seatsOf, takesSignUpsHere } from './publicEvent'
import { publicEndpoint } from './publicCors'

/** How long an event's counts are reused: a crowd on one event page costs one read every few seconds. */
const freshForMs = 3000
/** However many ids are asked for, the cache stays small. */
const maxCachedEvents = 1000

interface CachedSeats {
  expires: number
  /** Shared by every request arriving while it is read. */
  answer: Promise<SeatsResponse | null>
}

const globalStore = globalThis as typeof globalThis & { __hubSeatsAnswers?: Map<string, CachedSeats> }
/** This process's answers, oldest first (on globalThis: Next may load this module more than once). */
const cache = (globalStore.__hubSeatsAnswers ??= new Map<string, CachedSeats>())

/** The event's seats, or null when no published event takes sign-ups here under that id. */
const seatsAnswer = (payload: Payload, id: string): Promise<SeatsResponse | null> => {
  const now = Date.now()
  const hit = cache.get(id)
  if (hit && hit.expires > now) return hit.answer
  const answer = (async () => {
    const event = await publishedEvent(payload, id)
    return event && takesSignUpsHere(event) ? seatsOf(payload, event, new Date(now)) : null
  })()
  const entry = { expires: now + freshForMs, answer }
  cache.delete(id)
  cache.set(id, entry)
  // A failed read is not kept: the next request tries again.
  answer.catch(() => cache.get(id) === entry && cache.delete(id))
  for (const [key, cached] of cache) {
    if (cache.size <= maxCachedEvents && cached.expires > now) break
    cache.delete(key)
  }
  return answer
}

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
