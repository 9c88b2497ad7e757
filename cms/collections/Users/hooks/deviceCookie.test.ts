import { describe, expect, it } from 'vitest'

import { deviceCookieHeader, deviceCookieName, deviceCookieValue, deviceLifetimeSeconds, trustedDevice } from './deviceCookie'

const secret = 'a-secret-only-the-cms-knows'
const account = 'camille@example.org'
const now = Date.UTC(2025, 0, 15)
const issuedAt = now / 1000 - 60

/** The request's headers as a browser sends the cookie back. */
const sending = (value: string, name = deviceCookieName(secret, account)) =>
  new Headers({ cookie: `payload-token=abc; ${name}=${value}; other=1` })

const trusted = (headers: Headers, at = now) => trustedDevice({ secret, account, headers, now: at })

describe('device cookies', () => {
  it('trusts the device whose cookie the CMS made for this account, and names it by its nonce', () => {
    expect(trusted(sending(deviceCookieValue({ secret, account, issuedAt, nonce: 'device-1' })))).toBe('device-1')
  })

  it('trusts nobody without the cookie, or with one that was forged, altered, or made for another account', () => {
    const value = deviceCookieValue({ secret, account, issuedAt, nonce: 'device-1' })
    const [issued, nonce, mac] = value.split('.') as [string, string, string]
    expect(trusted(new Headers())).toBeNull()
    expect(trusted(sending(`${issued}.${nonce}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`))).toBeNull()
    expect(trusted(sending(`${issued}.device-2.${mac}`))).toBeNull()
    expect(trusted(sending(`${Number(issued) + 1}.${nonce}.${mac}`))).toBeNull()
    expect(trusted(sending(`${issued}.${nonce}`))).toBeNull()
    expect(trusted(sending('garbage'))).toBeNull()
    expect(trusted(sending(deviceCookieValue({ secret: 'another-installation', account, issuedAt, nonce })))).toBeNull()
    // Another account's cookie, under this account's name: its signature names the other account.
    expect(trusted(sending(deviceCookieValue({ secret, account: 'dominique@example.org', issuedAt, nonce })))).toBeNull()
  })

  it('stops trusting a device once its cookie is older than its lifetime', () => {
    const headers = sending(deviceCookieValue({ secret, account, issuedAt }))
    expect(trusted(headers, (issuedAt + deviceLifetimeSeconds) * 1000)).not.toBeNull()
    expect(trusted(headers, (issuedAt + deviceLifetimeSeconds) * 1000 + 1)).toBeNull()
  })

  it('gives each new cookie a new device id', () => {
    const first = trusted(sending(deviceCookieValue({ secret, account, issuedAt })))
    const second = trusted(sending(deviceCookieValue({ secret, account, issuedAt })))
    expect(first).toMatch(/^[\w-]{22}$/)
    expect(second).toMatch(/^[\w-]{22}$/)
    expect(first).not.toBe(second)
  })

  it('names one cookie per account, and the name says nothing of the account', () => {
    const name = deviceCookieName(secret, account)
    expect(name).toMatch(/^hub-device-[\w-]{16}$/)
    expect(name).not.toBe(deviceCookieName(secret, 'dominique@example.org'))
    expect(deviceCookieHeader({ secret, account, issuedAt, secure: true })).not.toContain('camille')
  })

  it('is sent long-lived, to the API only, out of scripts’ reach, and over https only when the admin is', () => {
    const [pair, ...attributes] = deviceCookieHeader({ secret, account, issuedAt, secure: true }).split('; ')
    expect(pair?.startsWith(`${deviceCookieName(secret, account)}=`)).toBe(true)
    expect(attributes).toEqual([`Max-Age=${deviceLifetimeSeconds}`, 'Path=/api', 'Secure', 'HttpOnly', 'SameSite=Lax'])
    expect(deviceCookieHeader({ secret, account, issuedAt, secure: false })).not.toContain('Secure')
  })
})
