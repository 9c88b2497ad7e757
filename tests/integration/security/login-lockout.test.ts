import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { clientAddressHeader } from '../../../cms/server/clientAddress'
import { describeOnDatabase, testPayload } from '../database'
import { createUser } from '../fixtures'
import { type ApiClient, apiClient } from '../apiClient'

/**
 * Threat: a stranger who knows a staff member's email types wrong passwords
 * to keep that person locked out of the admin, or guesses passwords without
 * ever being stopped. Their address is blocked (whatever X-Forwarded-For they
 * send, however many addresses of their IPv6 /64 they use); the account's
 * owner, from elsewhere, still signs in.
 */

describeOnDatabase('failed logins and account lock-out', () => {
  let payload: Payload
  let rest: ApiClient['request']

  interface Attempt {
    password?: string
    language?: string
    /** Headers the client writes itself. */
    headers?: Record<string, string>
  }

  /** A login as the admin server passes it on: the connection's address in its own header (none given: the header is missing). */
  const login = async (
    email: string,
    address: string | null,
    { password = 'wrong-password', language, headers: sent = {} }: Attempt = {},
  ) => {
    const headers: Record<string, string> = { ...sent }
    if (address !== null) headers[clientAddressHeader] = address
    if (language) headers['accept-language'] = language
    const response = await rest('POST', 'users/login', { body: { email, password }, headers })
    const body = (await response.json()) as {
      user?: { email: string }
      errors?: { message: string; data?: { errors?: { path: string }[] } }[]
    }
    return {
      status: response.status,
      user: body.user,
      message: body.errors?.[0]?.message ?? '',
      fields: body.errors?.[0]?.data?.errors?.map((error) => error.path) ?? [],
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    rest = (await apiClient()).request
  })

  afterAll(() => {
    vi.restoreAllMocks()
  })

  it('blocks the stranger’s address, says when to retry, and lets the owner in from elsewhere', async () => {
    const owner = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await login(owner.email, '203.0.113.7')).status).toBe(401)

    // Even the right password is refused from the stranger's address, in the client's language.
    const refused = await login(owner.email, '203.0.113.7', { password: 'correct-horse-battery' })
    expect(refused.status).toBe(429)
    expect(refused.user).toBeUndefined()
    expect(refused.message).toBe('Trop de tentatives de connexion. Réessayez dans 15 min.')
    expect((await login(owner.email, '203.0.113.7', { language: 'en' })).message).toBe('Too many login attempts. Try again in 15 min.')
    // The stranger's address is blocked for every account, not only this one.
    const colleague = await createUser(payload, 'editor')
    expect((await login(colleague.email, '203.0.113.7', { password: 'correct-horse-battery' })).status).toBe(429)

    const fromHome = await login(owner.email, '198.51.100.20', { password: 'correct-horse-battery' })
    expect(fromHome.status).toBe(200)
    expect(fromHome.user?.email).toBe(owner.email)
    const stored = await payload.findByID({ collection: 'users', id: owner.id, showHiddenFields: true })
    expect(stored.lockUntil ?? null).toBeNull()
  })

  it('counts the connection’s address, not an X-Forwarded-For the client writes', async () => {
    const owner = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const forged = { 'x-forwarded-for': `192.0.2.${attempt + 1}` }
      expect((await login(owner.email, '203.0.113.40', { headers: forged })).status).toBe(401)
    }
    expect((await login(owner.email, '203.0.113.40', { headers: { 'x-forwarded-for': '192.0.2.99' } })).status).toBe(429)
  })

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as the IPv4', async () => {
    const owner = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await login(owner.email, `2001:db8:aa:1::${(attempt + 1).toString(16)}`)).status).toBe(401)
    expect((await login(owner.email, '2001:db8:aa:1:ffff:1:2:3', { password: 'correct-horse-battery' })).status).toBe(429)
    // Another /64 is another client.
    expect((await login(owner.email, '2001:db8:aa:2::1', { password: 'correct-horse-battery' })).status).toBe(200)

    for (let attempt = 0; attempt < 10; attempt += 1) expect((await login(owner.email, '::ffff:203.0.113.50')).status).toBe(401)
    expect((await login(owner.email, '203.0.113.50', { password: 'correct-horse-battery' })).status).toBe(429)
  })

  it('refuses an e-mail longer than an address can be before counting it', async () => {
    const owner = await createUser(payload, 'editor')
    const tooLong = `${'a'.repeat(250)}@example.org`
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const refused = await login(tooLong, '203.0.113.60')
      expect(refused.status).toBe(400)
      expect(refused.fields).toEqual(['email'])
    }
    // Nothing was counted against the address.
    expect((await login(owner.email, '203.0.113.60', { password: 'correct-horse-battery' })).status).toBe(200)
  })

  it('without the admin server’s address, counts per account only: nobody else is locked out, and guessing still stops', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const owner = await createUser(payload, 'editor')
    const colleague = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const forged = { 'x-forwarded-for': `192.0.2.${attempt + 1}` }
      expect((await login(owner.email, null, { headers: forged })).status).toBe(401)
    }
    expect((await login(owner.email, null, { password: 'correct-horse-battery' })).status).toBe(429)
    expect((await login(colleague.email, null, { password: 'correct-horse-battery' })).status).toBe(200)
    // Said once, without anyone's e-mail.
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('@')
  })

  it('against guessing from many addresses, takes the account’s password only from addresses it knows', async () => {
    const owner = await createUser(payload, 'editor')
    expect((await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })).status).toBe(200)

    for (let attempt = 0; attempt < 50; attempt += 1) expect((await login(owner.email, `192.0.2.${attempt + 1}`)).status).toBe(401)

    expect((await login(owner.email, '192.0.2.200', { password: 'correct-horse-battery' })).status).toBe(429)
    expect((await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })).status).toBe(200)
  })
})
