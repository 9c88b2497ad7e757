import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { hubT } from '../../../i18n/hubT'

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
/** However many addresses or emails a stranger invents, the memory stays bounded. */
const maxKeys = 10_000

/**
 * The client's address. Next passes the socket's address in X-Forwarded-For
 * unless the client sent that header itself, so it is only as trustworthy as
 * the network in front: behind a reverse proxy that appends the address it saw
 * (nginx's $proxy_add_x_forwarded_for), set HUB_TRUST_PROXY=1 and the last
 * entry, written by the proxy, is used.
 */
export const clientAddress = (headers: Headers): string => {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return (process.env.HUB_TRUST_PROXY ? hops.at(-1) : hops[0]) ?? 'unknown'
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
  __hubLoginLimits?: { byAddress: FailureLog; byAccount: FailureLog; knownAddresses: Set<string> }
}
const limits = (globalStore.__hubLoginLimits ??= {
  byAddress: new FailureLog(addressLimit),
  byAccount: new FailureLog(accountLimit),
  knownAddresses: new Set<string>(),
})

const accountKey = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')
const knownKey = (account: string, address: string) => `${account}\n${address}`

interface PendingAttempt {
  address: string
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
export const limitFailedLogins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const now = Date.now()
  const address = clientAddress(req.headers)
  const account = accountKey((args as { data?: { email?: unknown } }).data?.email)
  const retryAt = Math.max(
    limits.byAddress.blockedUntil(address, now) ?? 0,
    limits.knownAddresses.has(knownKey(account, address)) ? 0 : (limits.byAccount.blockedUntil(account, now) ?? 0),
  )
  if (retryAt > now) {
    throw new APIError(hubT(req, 'loginTooManyAttempts', { minutes: Math.ceil((retryAt - now) / 60_000) }), 429)
  }
  limits.byAddress.add(address, now)
  limits.byAccount.add(account, now)
  req.context.pendingLogin = { address, account, time: now } satisfies PendingAttempt
  return args
}

/** A successful login was no failure; its address is now known to the account. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const pending = req.context.pendingLogin as PendingAttempt | undefined
  if (!pending) return user
  limits.byAddress.remove(pending.address, pending.time)
  limits.byAccount.remove(pending.account, pending.time)
  limits.knownAddresses.delete(knownKey(pending.account, pending.address))
  limits.knownAddresses.add(knownKey(pending.account, pending.address))
  if (limits.knownAddresses.size > maxKeys) limits.knownAddresses.delete(limits.knownAddresses.values().next().value as string)
  return user
}
