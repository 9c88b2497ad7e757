import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { beforeEach, describe, expect, it } from 'vitest'

import { clientAddressHeader } from '../../../server/clientAddress'
import { deviceCookieName } from './deviceCookie'
import { addressKey, limitLoginsAndPasswordResets, trustDeviceOnLogin } from './loginLimits'

describe('addressKey', () => {
  it('counts an IPv4 client by its address', () => {
    expect(addressKey('198.51.100.20')).toBe('198.51.100.20')
  })

  it('counts an IPv6 client by its /64: a new address in it is no new client', () => {
    expect(addressKey('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64')
    expect(addressKey('2001:0db8:00aa:0001:ffff:1:2:3')).toBe('2001:db8:aa:1::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressKey('2001:db8:aa:2::1')).not.toBe(addressKey('2001:db8:aa:1::1'))
  })

  it('counts an IPv4-mapped IPv6 address as the IPv4 it carries', () => {
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressKey('::ffff:cb00:7107')).toBe('203.0.113.7')
  })

  it('has no key for what is not an address', () => {
    expect(addressKey(null)).toBeNull()
    expect(addressKey('')).toBeNull()
    expect(addressKey('unknown')).toBeNull()
    expect(addressKey('x'.repeat(10_000))).toBeNull()
  })
})

const secret = 'unit-test-secret'

/** What the limits see of a request: Payload's REST request, reduced to what they read. */
const request = ({ address, cookie }: { address?: string; cookie?: string }) => {
  const headers = new Headers()
  if (address) headers.set(clientAddressHeader, address)
  if (cookie) headers.set('cookie', cookie)
  const t = (key: string, vars?: { minutes?: number }) => `${key} ${vars?.minutes ?? ''}`.trim()
  return { headers, payload: { secret }, context: {}, payloadAPI: 'REST', t, i18n: { t } } as unknown as PayloadRequest
}

const users = { slug: 'users', auth: { cookies: { secure: false } } } as unknown as SanitizedCollectionConfig

/** A login attempt: refused (the message), or let through to Payload, which `succeeds` or not; a success returns the device cookie. */
const attempt = (email: string, client: { address?: string; cookie?: string }, succeeds = false) => {
  const req = request(client)
  try {
    void limitLoginsAndPasswordResets({
      args: { data: { email } } as never,
      collection: users,
      context: req.context,
      operation: 'login',
      req,
    })
  } catch (error) {
    return { refused: (error as Error).message, name: (error as Error).name, retryAfter: req.responseHeaders?.get('retry-after') }
  }
  if (!succeeds) return { refused: null }
  void trustDeviceOnLogin({ collection: users, context: req.context, req, token: 'session', user: {} as never })
  return { refused: null, cookie: /^[^;]+/.exec(req.responseHeaders?.get('set-cookie') ?? '')?.[0] }
}

const passwordReset = (address: string) => {
  const req = request({ address })
  try {
    void limitLoginsAndPasswordResets({ args: {} as never, collection: users, context: req.context, operation: 'forgotPassword', req })
    return null
  } catch (error) {
    return (error as Error).message
  }
}

/** What a restart or a deploy does to the counts: a new process starts with none. */
const restart = () => {
  delete (globalThis as { __hubLoginLimits?: unknown }).__hubLoginLimits
}

/** The attack: 10 wrong passwords from each of `addresses` addresses, as many as each address may send. */
const lockOut = (email: string, addresses = 5) => {
  for (let address = 1; address <= addresses; address += 1)
    for (let failure = 0; failure < 10; failure += 1) expect(attempt(email, { address: `192.0.2.${address}` }).refused).toBeNull()
}

describe('login limits', () => {
  beforeEach(restart)

  it('refuses an address after 10 failures, saying when to retry, by a named error and Retry-After', () => {
    for (let failure = 0; failure < 10; failure += 1) attempt('owner@example.org', { address: '203.0.113.7' })
    const refused = attempt('owner@example.org', { address: '203.0.113.7' }, true)
    expect(refused).toEqual({ refused: 'hub:loginTooManyAttempts 15', name: 'TooManyAttempts', retryAfter: '900' })
    expect(attempt('owner@example.org', { address: '203.0.113.8' }, true).refused).toBeNull()
  })

  it('keeps no one out of an account whose browser has its device cookie, from any address, even after a restart', () => {
    const { cookie } = attempt('owner@example.org', { address: '198.51.100.20' }, true)
    expect(cookie).toMatch(/^hub-device-/)
    lockOut('owner@example.org')
    // The account is locked for any client without its cookie, from any address…
    expect(attempt('owner@example.org', { address: '198.51.100.99' }, true).refused).toBe('hub:loginTooManyAttempts 15')
    // …but not for its owner's browser, from a new network.
    expect(attempt('owner@example.org', { address: '198.51.100.99', cookie }, true).refused).toBeNull()

    restart()
    lockOut('owner@example.org')
    expect(attempt('owner@example.org', { address: '198.51.100.100' }, true).refused).toBe('hub:loginTooManyAttempts 15')
    expect(attempt('owner@example.org', { address: '198.51.100.100', cookie }, true).refused).toBeNull()
  })

  it('gives no exemption to another account’s cookie, even under this account’s name', () => {
    const { cookie = '' } = attempt('colleague@example.org', { address: '198.51.100.20' }, true)
    lockOut('owner@example.org')
    expect(attempt('owner@example.org', { address: '198.51.100.21', cookie }, true).refused).toBe('hub:loginTooManyAttempts 15')
    const renamed = `${deviceCookieName(secret, 'owner@example.org')}=${cookie.split('=')[1]}`
    expect(attempt('owner@example.org', { address: '198.51.100.21', cookie: renamed }, true).refused).toBe('hub:loginTooManyAttempts 15')
  })

  it('limits guessing with a device cookie to 10 failures per device', () => {
    const { cookie } = attempt('owner@example.org', { address: '198.51.100.20' }, true)
    for (let failure = 0; failure < 10; failure += 1)
      expect(attempt('owner@example.org', { address: `198.51.100.${30 + failure}`, cookie }).refused).toBeNull()
    expect(attempt('owner@example.org', { address: '198.51.100.50', cookie }, true).refused).toBe('hub:loginTooManyAttempts 15')
    // The account is not locked by it: those failures counted against the device only.
    expect(attempt('owner@example.org', { address: '198.51.100.51' }, true).refused).toBeNull()
  })

  it('keeps an account’s count however many other e-mails a stranger invents', () => {
    lockOut('owner@example.org')
    expect(attempt('owner@example.org', { address: '198.51.100.99' }, true).refused).toBe('hub:loginTooManyAttempts 15')
    // 10,000 failures on invented e-mails, 10 per IPv6 /64 (as many as each may send): more keys than are kept.
    for (let network = 0; network < 1_000; network += 1)
      for (let failure = 0; failure < 10; failure += 1)
        attempt(`invented-${network}-${failure}@example.org`, { address: `2001:db8:${network.toString(16)}::1` })
    expect(attempt('owner@example.org', { address: '198.51.100.100' }, true).refused).toBe('hub:loginTooManyAttempts 15')
    expect(attempt('colleague@example.org', { address: '198.51.100.101' }, true).refused).toBeNull()
  })

  it('keeps an address’s count however many other addresses a stranger uses', () => {
    for (let failure = 0; failure < 10; failure += 1) attempt('owner@example.org', { address: '203.0.113.7' })
    for (let network = 0; network < 10_000; network += 1)
      attempt(`invented-${network}@example.org`, { address: `2001:db8:1:${network.toString(16)}::1` })
    expect(attempt('someone@example.org', { address: '203.0.113.7' }, true).refused).toBe('hub:loginTooManyAttempts 15')
    expect(attempt('someone@example.org', { address: '203.0.113.8' }, true).refused).toBeNull()
  })

  it('limits password-reset requests to 5 per address in 15 minutes', () => {
    for (let request = 0; request < 5; request += 1) expect(passwordReset('203.0.113.9')).toBeNull()
    expect(passwordReset('203.0.113.9')).toBe('hub:passwordResetTooManyRequests 15')
    expect(passwordReset('203.0.113.10')).toBeNull()
  })
})
