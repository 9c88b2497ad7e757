import { beforeAll, describe, expect, it, vi } from 'vitest'

import { cancelTokenFor, hashCancelToken } from './cancelToken'

const registration = { event: 7, email: 'camille@example.org', consent: { at: '2099-01-01T10:00:00.000Z' } }

// A secret of its own: the tests never write var/payload-secret.
beforeAll(() => {
  vi.stubEnv('PAYLOAD_SECRET', 'unit-tests-secret-0123456789')
})

describe('cancel token', () => {
  it('is derived again from the same registration, whatever the email’s case or the date’s spelling', () => {
    const token = cancelTokenFor(registration)
    expect(token).toMatch(/^[\w-]{43}$/)
    expect(cancelTokenFor({ ...registration, event: { id: 7 }, email: ' Camille@Example.org ' })).toBe(token)
    expect(cancelTokenFor({ ...registration, consent: { at: '2099-01-01T10:00:00Z' } })).toBe(token)
  })

  it('differs for another event, email or moment of consent, and is stored only as its hash', () => {
    const token = cancelTokenFor(registration)
    expect(cancelTokenFor({ ...registration, event: 8 })).not.toBe(token)
    expect(cancelTokenFor({ ...registration, email: 'lou@example.org' })).not.toBe(token)
    expect(cancelTokenFor({ ...registration, consent: { at: '2099-01-01T10:00:01.000Z' } })).not.toBe(token)
    expect(hashCancelToken(token)).toMatch(/^[0-9a-f]{64}$/)
  })
})
