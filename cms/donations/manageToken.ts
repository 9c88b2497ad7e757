import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../../env'

/**
 * The signed link a monthly donor receives to change their donation's split or stop it, without
 * an account: an HMAC of the monthly donation's id and creation time under the CMS's secret.
 * Derived, never stored: the row keeps only its hash (to find the row), so no job input, log or
 * row holds the token; every email derives it again.
 */
export const manageTokenFor = (monthly: { id: number | string; createdAt: string }): string =>
  createHmac('sha256', env.payloadSecret)
    .update(['monthly-donation', String(monthly.id), new Date(monthly.createdAt).toISOString()].join('\0'))
    .digest('base64url')

export const hashManageToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Whether `token` is this monthly donation's (constant time). */
export const isManageTokenOf = (token: string, monthly: { id: number | string; createdAt: string }) => {
  const expected = Buffer.from(manageTokenFor(monthly))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
