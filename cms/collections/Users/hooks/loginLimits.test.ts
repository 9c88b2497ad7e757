import { describe, expect, it } from 'vitest'

import { addressKey } from './loginLimits'

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
