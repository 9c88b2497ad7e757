import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { createUser } from '../fixtures'
import { type ApiClient, apiClient } from '../apiClient'

/**
 * Threat: a stranger who knows a staff member's email types wrong passwords
 * to keep that person locked out of the admin. Their address is blocked; the
 * account's owner, from elsewhere, still signs in.
 */

// Behind the reverse proxy this deployment trusts, the last X-Forwarded-For hop is the client.
const previousTrustProxy = process.env.HUB_TRUST_PROXY
process.env.HUB_TRUST_PROXY = '1'

describeOnDatabase('failed logins and account lock-out', () => {
  let payload: Payload
  let rest: ApiClient['request']

  const login = async (email: string, address: string, { password = 'wrong-password', language }: { password?: string; language?: string } = {}) => {
    // A forged first hop, as a client can send: only the proxy's own entry counts.
    const headers: Record<string, string> = { 'x-forwarded-for': `10.9.9.9, ${address}` }
    if (language) headers['accept-language'] = language
    const response = await rest('POST', 'users/login', { body: { email, password }, headers })
    const body = (await response.json()) as { user?: { email: string }; errors?: { message: string }[] }
    return { status: response.status, user: body.user, message: body.errors?.[0]?.message ?? '' }
  }

  beforeAll(async () => {
    payload = await testPayload()
    rest = (await apiClient()).request
  })

  afterAll(() => {
    if (previousTrustProxy === undefined) delete process.env.HUB_TRUST_PROXY
    else process.env.HUB_TRUST_PROXY = previousTrustProxy
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

  it('against guessing from many addresses, takes the account’s password only from addresses it knows', async () => {
    const owner = await createUser(payload, 'editor')
    expect((await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })).status).toBe(200)

    for (let attempt = 0; attempt < 50; attempt += 1) expect((await login(owner.email, `192.0.2.${attempt + 1}`)).status).toBe(401)

    expect((await login(owner.email, '192.0.2.200', { password: 'correct-horse-battery' })).status).toBe(429)
    expect((await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })).status).toBe(200)
  })
})
