import { isIPv4, isIPv6 } from 'node:net'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { hubT } from '../../../i18n/hubT'
import type { HubMessageKey } from '../../../i18n/translations'
import { clientAddressHeader } from '../../../server/clientAddress'
import { deviceCookieHeader, trustedDevice } from './deviceCookie'

/**
 * Failed logins are limited so that a stranger can neither guess a password
 * without end nor keep its owner out:
 * - a browser holding the account's device cookie (deviceCookie.ts: given at
 *   each login) is limited per device, `deviceLimit` failures, and by nothing
 *   a stranger can fill;
 * - any other client is limited per address (`addressLimit`: a stranger blocks
 *   their own address), and, against guessing from many addresses, an account
 *   that failed `accountLimit` times takes no login without its device cookie.
 * Password-reset requests (which send e-mail) are limited per address.
 * Counts are kept in memory, per process (the admin runs as one): a restart
 * forgets them, which gives a stranger a fresh window but takes nobody's
 * device cookie away.
 */
const windowMs = 15 * 60 * 1000
const addressLimit = 10
const accountLimit = 50
const deviceLimit = 10
const passwordResetLimit = 5
/** However many addresses or emails a stranger invents, the memory stays bounded (each key is at most `maxEmailLength` long). */
const maxKeys = 10_000
/** The longest e-mail address there can be (RFC 5321's path limit, less its brackets). */
const maxEmailLength = 254

/**
 * The key a client's failures are counted under: an IPv4 address, or an IPv6
 * address's /64 (what one subscriber or server usually gets, so a new address
 * in it is no new client); an IPv4-mapped IPv6 address is its IPv4. Null for
 * anything else.
 */
export const addressKey = (address: string | null): string | null => {
  if (!address) return null
  if (isIPv4(address)) return address
  const withoutZone = address.replace(/%.*$/, '')
  if (!isIPv6(withoutZone)) return null
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = ipv6Groups(withoutZone)
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return [g >> 8, g & 0xff, h >> 8, h & 0xff].join('.')
  return `${[a, b, c, d].map((group) => group.toString(16)).join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail as two groups). */
const ipv6Groups = (address: string): number[] => {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address)
  const hex = dotted
    ? address.slice(0, dotted.index) +
      [(Number(dotted[1]) << 8) | Number(dotted[2]), (Number(dotted[3]) << 8) | Number(dotted[4])]
        .map((group) => group.toString(16))
        .join(':')
    : address
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const [head, tail] = hex.split('::')
  const before = parse(head)
  const after = parse(tail)
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after]
}

/**
 * Recent attempts per key, oldest first (at most as many as the limit needs).
 * At most `maxKeys` keys, and no stranger may free a key by inventing others
 * (an account's count gone would give them `accountLimit` more guesses): room is
 * made from expired keys first, then from the key with the fewest failures that
 * blocks nothing (the least recently failed of equals), never from a blocked
 * one. When every key is blocked, a new key waits until one is no longer: the
 * log fails closed, which only strangers can bring about (10,000 keys blocked at
 * once), and which spares every browser holding its device cookie.
 */
class AttemptLog {
  private readonly attempts = new Map<string, number[]>()

  constructor(private readonly limit: number) {}

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((time) => time > now - windowMs)
  }

  /** When the key may try again, or null when it may now (then `add` has room for it). */
  blockedUntil(key: string, now: number): number | null {
    if (!this.attempts.has(key)) return this.makeRoom(now)
    const recent = this.recent(key, now)
    return recent.length >= this.limit ? (recent[recent.length - this.limit] as number) + windowMs : null
  }

  /** Counts an attempt, once `blockedUntil` let it through. */
  add(key: string, now: number): void {
    const recent = [...this.recent(key, now), now].slice(-this.limit)
    this.attempts.delete(key)
    this.attempts.set(key, recent)
  }

  /** Room for one more key (null), or when there will be some. */
  private makeRoom(now: number): number | null {
    if (this.attempts.size < maxKeys) return null
    let fewest: { key: string; failures: number } | null = null
    let firstUnblocked = Infinity
    for (const key of [...this.attempts.keys()]) {
      const recent = this.recent(key, now)
      if (recent.length === 0) this.attempts.delete(key)
      else if (recent.length < this.limit) {
        if (!fewest || recent.length < fewest.failures) fewest = { key, failures: recent.length }
      } else firstUnblocked = Math.min(firstUnblocked, (recent[recent.length - this.limit] as number) + windowMs)
    }
    if (this.attempts.size < maxKeys) return null
    if (fewest) {
      this.attempts.delete(fewest.key)
      return null
    }
    return firstUnblocked
  }

  /** Takes back a failure counted ahead of a login that then succeeded. */
  remove(key: string, time: number): void {
    const recent = this.attempts.get(key)
    const index = recent?.lastIndexOf(time) ?? -1
    if (recent && index >= 0) recent.splice(index, 1)
  }
}

interface Limits {
  failuresByDevice: AttemptLog
  failuresByAddress: AttemptLog
  failuresByAccount: AttemptLog
  passwordResetsByAddress: AttemptLog
  warnedWithoutAddress: boolean
}
type LogName = { [name in keyof Limits]: Limits[name] extends AttemptLog ? name : never }[keyof Limits]

const globalStore = globalThis as typeof globalThis & { __hubLoginLimits?: Limits }
/** This process's counts (on globalThis: Next may load this module more than once). */
const limits = (): Limits =>
  (globalStore.__hubLoginLimits ??= {
    failuresByDevice: new AttemptLog(deviceLimit),
    failuresByAddress: new AttemptLog(addressLimit),
    failuresByAccount: new AttemptLog(accountLimit),
    passwordResetsByAddress: new AttemptLog(passwordResetLimit),
    warnedWithoutAddress: false,
  })

/** Payload's own normalisation of the e-mail it looks the account up by. */
const accountKey = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/**
 * Without the admin server's header (Next started some other way), no address
 * can be trusted: failed logins are counted per account (and device) only, so a
 * stranger can neither lock everyone out (no shared key) nor guess without end.
 */
const warnWithoutAddress = () => {
  if (limits().warnedWithoutAddress) return
  limits().warnedWithoutAddress = true
  console.warn(
    `Connexions : en-tête ${clientAddressHeader} absent (l’admin n’a pas été lancé par npm start ou npm run serve:cms) ; les échecs sont comptés par compte seulement.`,
  )
}

/**
 * The refusal of a limited request. Named by hand: in the admin's production
 * bundle Payload's APIError is an anonymous class, and Payload's REST answer
 * replaces the message of an error without a name by "An unknown error occurred."
 */
class TooManyAttempts extends APIError {
  constructor(message: string) {
    super(message, 429, null, true)
    this.name = 'TooManyAttempts'
  }
}

/** Refuses the request until `retryAt`, saying when in the client's language (and, over REST, in Retry-After). */
const refuseUntil = (req: PayloadRequest, message: HubMessageKey, retryAt: number, now: number): never => {
  const seconds = Math.ceil((retryAt - now) / 1000)
  ;(req.responseHeaders ??= new Headers()).set('Retry-After', String(seconds))
  throw new TooManyAttempts(hubT(req, message, { minutes: Math.ceil(seconds / 60) }))
}

interface PendingLogin {
  account: string
  /** The logs and keys the attempt was counted under, as a failure until it succeeds. */
  counted: [LogName, string][]
  time: number
}

const limitLogin = (req: PayloadRequest, collection: string, email: unknown) => {
  // Refused before anything is counted: no key is longer than an e-mail address can be.
  if (typeof email === 'string' && email.length > maxEmailLength) {
    throw new ValidationError({ collection, errors: [{ message: req.i18n.t('validation:emailAddress'), path: 'email' }] })
  }
  const now = Date.now()
  const account = accountKey(email)
  const device = trustedDevice({ secret: req.payload.secret, account, headers: req.headers, now })
  const address = addressKey(req.headers.get(clientAddressHeader))
  if (!device && !address) warnWithoutAddress()
  const counted: PendingLogin['counted'] = device
    ? [['failuresByDevice', device]]
    : [...(address ? [['failuresByAddress', address] as [LogName, string]] : []), ['failuresByAccount', account]]
  const retryAt = Math.max(0, ...counted.map(([log, key]) => limits()[log].blockedUntil(key, now) ?? 0))
  if (retryAt > now) refuseUntil(req, 'loginTooManyAttempts', retryAt, now)
  for (const [log, key] of counted) limits()[log].add(key, now)
  req.context.pendingLogin = { account, counted, time: now } satisfies PendingLogin
}

/** Without an address, a stranger's requests have no key of their own: Payload's interval between two e-mails to one account remains. */
const limitPasswordResets = (req: PayloadRequest) => {
  const address = addressKey(req.headers.get(clientAddressHeader))
  if (!address) return
  const now = Date.now()
  const retryAt = limits().passwordResetsByAddress.blockedUntil(address, now)
  if (retryAt) refuseUntil(req, 'passwordResetTooManyRequests', retryAt, now)
  limits().passwordResetsByAddress.add(address, now)
}

/**
 * Refuses a login or a password-reset request over its limit, saying when to
 * retry. A login is counted as failed until `trustDeviceOnLogin` says it
 * succeeded, so a failure is counted whichever way the login fails. The Local
 * API is server code and is not limited.
 */
export const limitLoginsAndPasswordResets: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') limitLogin(req, collection.slug, (args as { data?: { email?: unknown } }).data?.email)
  if (operation === 'forgotPassword') limitPasswordResets(req)
  return args
}

/** A successful login was no failure, and its browser gets (or renews) the account's device cookie. */
export const trustDeviceOnLogin: CollectionAfterLoginHook = ({ collection, req, user }) => {
  const pending = req.context.pendingLogin as PendingLogin | undefined
  if (!pending) return user
  for (const [log, key] of pending.counted) limits()[log].remove(key, pending.time)
  const cookie = deviceCookieHeader({
    secret: req.payload.secret,
    account: pending.account,
    issuedAt: Math.floor(Date.now() / 1000),
    secure: collection.auth.cookies.secure === true,
  })
  ;(req.responseHeaders ??= new Headers()).append('Set-Cookie', cookie)
  return user
}
