import { afterEach, describe, expect, it } from 'vitest'

import { clientAddress } from './loginLimits'

const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientAddress', () => {
  afterEach(() => {
    delete process.env.HUB_TRUST_PROXY
  })

  it('takes the address Next saw when no proxy is trusted', () => {
    expect(clientAddress(forwardedFor('198.51.100.20'))).toBe('198.51.100.20')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('behind a trusted proxy, takes the hop the proxy appended, not what the client wrote before it', () => {
    process.env.HUB_TRUST_PROXY = '1'
    expect(clientAddress(forwardedFor('10.9.9.9, 203.0.113.7'))).toBe('203.0.113.7')
  })
})
