import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { parseCookies } from 'payload'

/**
 * A browser that signed in to an account gets a device cookie for it
 * (OWASP's "device cookie"): while it holds one, its attempts on that account
 * are limited per device, not by the limits a stranger can fill. It is signed
 * with the CMS's secret, so it survives restarts and a change of network, and
 * only the CMS can make one. It is bound to the account's normalised e-mail,
 * which the login request carries: checking it needs no read of the account,
 * and it holds nothing personal, not even an id.
 */

/** How long a browser stays trusted after its last login to the account. */
export const deviceLifetimeSeconds = 180 * 24 * 60 * 60

/** The HMAC of the parts; its purpose first, so that no other use of the secret signs the same text. */
const mac = (secret: string, purpose: string, ...parts: string[]) =>
  createHmac('sha256', secret)
    .update(['hub-login-device', purpose, ...parts].join('\n'))
    .digest('base64url')

/** One cookie per account, so a shared computer keeps each person's; the name tells nothing of the account without the secret. */
export const deviceCookieName = (secret: string, account: string) => `hub-device-${mac(secret, 'name', account).slice(0, 16)}`

interface DeviceCookie {
  secret: string
  /** The account's e-mail, lower-cased and trimmed as Payload looks it up. */
  account: string
  /** Seconds since the epoch. */
  issuedAt: number
  /** The device's id: random, new at each login. */
  nonce?: string
}

/** `<issuedAt>.<nonce>.<mac>` */
export const deviceCookieValue = ({ secret, account, issuedAt, nonce = randomBytes(16).toString('base64url') }: DeviceCookie) =>
  `${issuedAt}.${nonce}.${mac(secret, 'value', account, String(issuedAt), nonce)}`

/** The Set-Cookie header of a new device cookie; only the API (REST and GraphQL logins) reads it. */
export const deviceCookieHeader = ({ secure, ...cookie }: DeviceCookie & { secure: boolean }) =>
  [
    `${deviceCookieName(cookie.secret, cookie.account)}=${deviceCookieValue(cookie)}`,
    `Max-Age=${deviceLifetimeSeconds}`,
    'Path=/api',
    ...(secure ? ['Secure'] : []),
    'HttpOnly',
    'SameSite=Lax',
  ].join('; ')

/** The device's id when the request carries an unexpired device cookie the CMS made for this account; else null. */
export const trustedDevice = ({ secret, account, headers, now }: { secret: string; account: string; headers: Headers; now: number }) => {
  const [issued = '', nonce = '', given = ''] = parseCookies(headers).get(deviceCookieName(secret, account))?.split('.') ?? []
  if (!/^\d{1,12}$/.test(issued) || !nonce) return null
  const expected = Buffer.from(mac(secret, 'value', account, issued, nonce))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null
  return now - Number(issued) * 1000 <= deviceLifetimeSeconds * 1000 ? nonce : null
}
