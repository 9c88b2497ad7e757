import { addressKey } from '../collections/Users/hooks/loginLimits'
import { clientAddressHeader } from '../server/clientAddress'

/**
 * Sign-ups and cancellations are public, so floods are limited: per client address (a script
 * posting forms) and, for sign-ups, per email address (each sign-up mails that address: nobody may
 * use the form to fill a stranger's inbox). Counts are kept in memory, per process (the admin runs
 * as one), in bounded tables, as the login limits are (cms/collections/Users/hooks/loginLimits.ts).
 */
const tenMinutes = 10 * 60 * 1000
const oneHour = 60 * 60 * 1000
/** However many addresses or emails a stranger invents, the memory stays bounded. */
const maxKeys = 10_000

/**
 * Recent attempts per key, oldest first (at most `limit` each). Room for a new key is made from
 * expired keys first, then from the key with the fewest attempts that blocks nothing, never from a
 * blocked one (that would give its sender a fresh allowance): when every key is blocked, new keys
 * are refused until one is no longer.
 */
export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly keys = maxKeys,
  ) {}

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((time) => time > now - this.windowMs)
  }

  /** Counts an attempt under `key` and says true; or says false, counting nothing, when the key is at its limit. */
  attempt(key: string, now: number): boolean {
    const recent = this.recent(key, now)
    if (recent.length >= this.limit) return false
    if (!this.attempts.has(key) && !this.makeRoom(now)) return false
    this.attempts.delete(key)
    this.attempts.set(key, [...recent, now])
    return true
  }

  /** Whether there is room for one more key, after dropping what may be dropped. */
  private makeRoom(now: number): boolean {
    if (this.attempts.size < this.keys) return true
    let fewest: { key: string; attempts: number } | null = null
    for (const key of [...this.attempts.keys()]) {
      const recent = this.recent(key, now)
      if (recent.length === 0) this.attempts.delete(key)
      else if (recent.length < this.limit && (!fewest || recent.length < fewest.attempts)) fewest = { key, attempts: recent.length }
    }
    if (this.attempts.size < this.keys) return true
    if (!fewest) return false
    this.attempts.delete(fewest.key)
    return true
  }
}

interface FloodLimits {
  signUpsByAddress: AttemptWindow
  signUpsByEmail: AttemptWindow
  cancelsByAddress: AttemptWindow
}

const globalStore = globalThis as typeof globalThis & { __hubFloodLimits?: FloodLimits }
/** This process's counts (on globalThis: Next may load this module more than once). */
const limits = (): FloodLimits =>
  (globalStore.__hubFloodLimits ??= {
    signUpsByAddress: new AttemptWindow(10, tenMinutes),
    signUpsByEmail: new AttemptWindow(5, oneHour),
    cancelsByAddress: new AttemptWindow(20, tenMinutes),
  })

/** The key an email is counted under: `Local+Tag@Domain` counts as `local@domain`, so tags give no fresh allowance. */
export const emailKey = (email: string) => {
  const normalised = email.trim().toLowerCase()
  const at = normalised.lastIndexOf('@')
  return at < 0 ? normalised : `${normalised.slice(0, at).replace(/\+.*$/, '')}${normalised.slice(at)}`
}

/**
 * The client's address key, from the admin server's header. Without it (Next started some other
 * way) no address can be trusted, and only the email limit applies.
 */
const clientKey = (headers: Headers) => addressKey(headers.get(clientAddressHeader))

/** Counts a sign-up from this client; false when it sent too many lately. */
export const signUpFromClientAllowed = (headers: Headers, now = Date.now()) => {
  const key = clientKey(headers)
  return !key || limits().signUpsByAddress.attempt(key, now)
}

/** Counts a sign-up for this email, whatever the event; false when it had too many lately. */
export const signUpForEmailAllowed = (email: string, now = Date.now()) => limits().signUpsByEmail.attempt(emailKey(email), now)

/** Counts a cancellation from this client; false when it sent too many lately. */
export const cancelFromClientAllowed = (headers: Headers, now = Date.now()) => {
  const key = clientKey(headers)
  return !key || limits().cancelsByAddress.attempt(key, now)
}
