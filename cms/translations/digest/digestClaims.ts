import type { Payload } from 'payload'

import { insertIfAbsent } from '../../registrations/conditionalUpdate'

/**
 * Which day each translator got their digest, kept in Payload's key–value store (`payload-kv`,
 * unique keys, a table every installation already has): one key per translator and day,
 * `translation-digest:<user id>:<YYYY-MM-DD>` (the day in Paris), whose value is the moment the
 * digest's window closed, where the next one opens. Inserting the key unless it is there claims
 * the day: of two runs, a retry or a re-run the same day, only the one that inserted it sends.
 * Ids and dates only: nothing personal.
 */

export const digestTimeZone = 'Europe/Paris'

/** A day in Paris, as `YYYY-MM-DD`. */
export const parisDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: digestTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)

/** The hour in Paris (0–23). */
export const parisHour = (at: Date): number =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: digestTimeZone, hour: '2-digit', hourCycle: 'h23' }).format(at))

const prefixOf = (userId: number | string) => `translation-digest:${userId}:`

export const claimKey = (userId: number | string, day: string) => `${prefixOf(userId)}${day}`

export interface DigestClaim {
  key: string
  day: string
  /** When the digest's window closed. */
  until: Date
}

/** A translator's claimed days, oldest first. */
export const digestClaims = async (payload: Payload, userId: number | string): Promise<DigestClaim[]> => {
  const prefix = prefixOf(userId)
  const { docs } = await payload.find({
    collection: 'payload-kv',
    where: { key: { like: prefix } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter(({ key }) => key.startsWith(prefix))
    .map(({ key, data }) => ({ key, day: key.slice(prefix.length), until: new Date((data as { until: string }).until) }))
    .sort((a, b) => a.day.localeCompare(b.day))
}

/** Claims a translator's day for the digest whose window closes at `until`; says whether this call did. */
export const claimDigestDay = (payload: Payload, userId: number | string, day: string, until: Date): Promise<boolean> => {
  const key = claimKey(userId, day)
  const data = { until: until.toISOString() }
  return insertIfAbsent(payload, 'payload-kv', { sql: () => ({ key, data }), mongo: { filter: { key }, values: { key, data } } })
}

/** Forgets claims: a digest that could not be sent (tried again on the next run), or those before the last one sent. */
export const forgetClaims = async (payload: Payload, keys: string[]): Promise<void> => {
  if (keys.length === 0) return
  await payload.delete({ collection: 'payload-kv', where: { key: { in: keys } }, overrideAccess: true })
}
