import { isIPv4, isIPv6 } from 'node:net'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { hubT } from '../../../i18n/hubT'
import { clientAddressHeader } from '../../../server/clientAddress'

/**
 * Failed logins are limited per client address, so that a stranger who types
 * wrong passwords blocks their own address, not the account: its owner, from
 * elsewhere, still signs in. Against guessing from many addresses, an account
 * that failed `accountLimit` times takes logins only from addresses that have
 * already signed in to it. Kept in memory: the admin runs as one process, and
 * a restart forgetting the counts only gives a stranger a fresh window.
 */
const windowMs = 15 * 60 * 1000
const addressLimit = 10
const accountLimit = 50
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

/** Recent failures per key, oldest first (at most as many as a limit needs). */
class FailureLog {
  private readonly failures = new Map<string, number[]>()

  constructor(private readonly limit: number) {}

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => time > now - windowMs)
  }

  /** When the key may try again, or null when it is not blocked. */
  blockedUntil(key: string, now: number): number | null {
    const recent = this.recent(key, now)
    return recent.length >= this.limit ? (recent[recent.length - this.limit] as number) + windowMs : null
  }

  add(key: string, now: number): void {
    const recent = [...this.recent(key, now), now].slice(-this.limit)
    this.failures.delete(key)
    this.failures.set(key, recent)
    if (this.failures.size > maxKeys) this.failures.delete(this.failures.keys().next().value as string)
  }

  /** Takes back a failure counted ahead of a login that then succeeded. */
  remove(key: string, time: number): void {
    const recent = this.failures.get(key)
    const index = recent?.lastIndexOf(time) ?? -1
    if (recent && index >= 0) recent.splice(index, 1)
  }
}

const globalStore = globalThis as typeof globalThis & {
  __hubLoginLimits?: { byAddress: FailureLog; byAccount: FailureLog; knownAddresses: Set<string>; warnedWithoutAddress: boolean }
}
const limits = (globalStore.__hubLoginLimits ??= {
  byAddress: new FailureLog(addressLimit),
  byAccount: new FailureLog(accountLimit),
  knownAddresses: new Set<string>(),
  warnedWithoutAddress: false,
})

const accountKey = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')
const knownKey = (account: string, address: string) => `${account}\n${address}`

/**
 * Without the admin server's header (Next started some other way), no address
 * can be trusted: the account alone is counted, at its own limit, so a stranger
 * can neither lock everyone out (no shared key) nor guess without end.
 */
const warnWithoutAddress = () => {
  if (limits.warnedWithoutAddress) return
  limits.warnedWithoutAddress = true
  console.warn(
    `Connexions : en-tête ${clientAddressHeader} absent (l’admin n’a pas été lancé par npm start ou npm run serve:cms) ; les échecs sont comptés par compte seulement.`,
  )
}

interface PendingAttempt {
  address: string | null
  account: string
  time: number
}

/**
 * Refuses a login from a blocked address (or to an account under attack from
 * an address it does not know), saying when to retry; otherwise counts the
 * attempt as failed until `forgiveSuccessfulLogin` says it succeeded, so a
 * failure is counted whichever way the login fails. The Local API is server code
 * and is not limited.
 */
export const limitFailedLogins: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  // Refused before anything is counted: no key is longer than an e-mail address can be.
  if (typeof email === 'string' && email.length > maxEmailLength) {
    throw new ValidationError({ collection: collection.slug, errors: [{ message: req.i18n.t('validation:emailAddress'), path: 'email' }] })
  }
  const now = Date.now()
  const address = addressKey(req.headers.get(clientAddressHeader))
  if (!address) warnWithoutAddress()
  const account = accountKey(email)
  const knownToAccount = address !== null && limits.knownAddresses.has(knownKey(account, address))
  const retryAt = Math.max(
    address ? (limits.byAddress.blockedUntil(address, now) ?? 0) : 0,
    knownToAccount ? 0 : (limits.byAccount.blockedUntil(account, now) ?? 0),
  )
  if (retryAt > now) {
    throw new APIError(hubT(req, 'loginTooManyAttempts', { minutes: Math.ceil((retryAt - now) / 60_000) }), 429)
  }
  if (address) limits.byAddress.add(address, now)
  limits.byAccount.add(account, now)
  req.context.pendingLogin = { address, account, time: now } satisfies PendingAttempt
  return args
}

/** A successful login was no failure; its address is now known to the account. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const pending = req.context.pendingLogin as PendingAttempt | undefined
  if (!pending) return user
  limits.byAccount.remove(pending.account, pending.time)
  if (!pending.address) return user
  limits.byAddress.remove(pending.address, pending.time)
  limits.knownAddresses.delete(knownKey(pending.account, pending.address))
  limits.knownAddresses.add(knownKey(pending.account, pending.address))
  if (limits.knownAddresses.size > maxKeys) limits.knownAddresses.delete(limits.knownAddresses.values().next().value as string)
  return user
}
