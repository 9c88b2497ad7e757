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
const oneDay = 24 * oneHour
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
  alreadyRegisteredEmailsByRegistration: AttemptWindow
  donationsByAddress: AttemptWindow
  donationsByEmail: AttemptWindow
}

const globalStore = globalThis as typeof globalThis & { __hubFloodLimits?: FloodLimits }
/** This process's counts (on globalThis: Next may load this module more than once). */
const limits = (): FloodLimits =>
  (globalStore.__hubFloodLimits ??= {
    signUpsByAddress: new AttemptWindow(10, tenMinutes),
    signUpsByEmail: new AttemptWindow(5, oneHour),
    cancelsByAddress: new AttemptWindow(20, tenMinutes),
    alreadyRegisteredEmailsByRegistration: new AttemptWindow(1, oneDay),
    // A donor may correct a refused form several times; a refusal over the cap tells what a person gave.
    donationsByAddress: new AttemptWindow(20, tenMinutes),
    donationsByEmail: new AttemptWindow(10, oneHour),
  })

/** Gmail ignores dots in the local part and delivers googlemail.com's mail to the same inboxes. */
const gmailDomains = new Set(['gmail.com', 'googlemail.com'])

/**
 * The key an email is counted under: `Local+Tag@Domain` counts as `local@domain`, and Gmail's
 * `l.o.cal@googlemail.com` as `local@gmail.com`, so that no spelling of one inbox gives a fresh allowance.
 */
export const emailKey = (email: string) => {
  const normalised = email.trim().toLowerCase()
  const at = normalised.lastIndexOf('@')
  if (at < 0) return normalised
  const local = normalised.slice(0, at).replace(/\+.*$/, '')
  const domain = normalised.slice(at + 1)
  return gmailDomains.has(domain) ? `${local.replaceAll('.', '')}@gmail.com` : `${local}@${domain}`
}

/**
 * The client's address key, from the admin server's header. An IPv6 client counts per /56, not per
 * /64 as logins do: a home connection is commonly given a /56 (256 networks of /64), and a sign-up
 * takes a seat, so one household must not count as 256 clients. Without the header (Next started
 * some other way) no address can be trusted, and only the email limit applies.
 */
const clientKey = (headers: Headers) => {
  const key = addressKey(headers.get(clientAddressHeader))
  const network = key && /^((?:[0-9a-f]{1,4}:){3})([0-9a-f]{1,4})::\/64$/.exec(key)
  if (!network) return key
  const [, firstGroups, fourthGroup = '0'] = network
  return `${firstGroups}${(parseInt(fourthGroup, 16) & 0xff00).toString(16)}::/56`
}

/** Counts a sign-up from this client; false when it sent too many lately. */
export const signUpFromClientAllowed = (headers: Headers, now = Date.now()) => {
  const key = clientKey(headers)
  return !key || limits().signUpsByAddress.attempt(key, now)
}

/** Counts a sign-up for this email, whatever the event; false when it had too many lately. */
export const signUpForEmailAllowed = (email: string, now = Date.now()) => limits().signUpsByEmail.attempt(emailKey(email), now)

/**
 * Counts the "already registered" email (which sends the cancel link again) for this registration;
 * false when one was already sent in the last 24 hours: signing a stranger up again and again must
 * not fill their inbox.
 */
export const alreadyRegisteredEmailAllowed = (registrationId: number | string, now = Date.now()) =>
  limits().alreadyRegisteredEmailsByRegistration.attempt(String(registrationId), now)

/** Counts a cancellation from this client; false when it sent too many lately. */
export const cancelFromClientAllowed = (headers: Headers, now = Date.now()) => {
  const key = clientKey(headers)
  return !key || limits().cancelsByAddress.attempt(key, now)
}

/** Counts a donation form from this client; false when it sent too many lately. */
export const donationFromClientAllowed = (headers: Headers, now = Date.now()) => {
  const key = clientKey(headers)
  return !key || limits().donationsByAddress.attempt(key, now)
}

/** Counts a donation form for this email; false when it had too many lately (each may show that person's year). */
export const donationForEmailAllowed = (email: string, now = Date.now()) => limits().donationsByEmail.attempt(emailKey(email), now)
