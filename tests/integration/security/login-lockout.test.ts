import fs from 'node:fs'

import { APIError, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'

import { deviceCookieName, deviceCookieValue, deviceLifetimeSeconds } from '../../../cms/collections/Users/hooks/deviceCookie'
import { clientAddressHeader } from '../../../cms/server/clientAddress'
import { env } from '../../../env'
import { describeOnDatabase, testPayload } from '../database'
import { createUser } from '../fixtures'
import { type ApiClient, apiClient } from '../apiClient'

/**
 * Threat: a stranger who knows a staff member's email types wrong passwords
 * to keep that person locked out of the admin, or guesses passwords without
 * ever being stopped. Their address is blocked (whatever X-Forwarded-For they
 * send, however many addresses of their IPv6 /64 they use); the account's
 * owner, from elsewhere, still signs in. However many addresses they use, and
 * even just after a restart, the owner's browser, which holds the account's
 * device cookie, still signs in; a refusal says when to retry, in production too.
 * Password-reset requests, which send e-mail, are limited per address.
 */

describeOnDatabase('failed logins and account lock-out', () => {
  let payload: Payload
  let rest: ApiClient['request']
  let graphql: ApiClient['graphql']

  interface Attempt {
    password?: string
    language?: string
    /** The device cookie the browser sends back (`name=value`). */
    cookie?: string
    /** Headers the client writes itself. */
    headers?: Record<string, string>
  }

  /** A login as the admin server passes it on: the connection's address in its own header (none given: the header is missing). */
  const login = async (
    email: string,
    address: string | null,
    { password = 'wrong-password', language, cookie, headers: sent = {} }: Attempt = {},
  ) => {
    const headers = clientHeaders(address, { language, cookie, headers: sent })
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
      retryAfter: response.headers.get('retry-after'),
      deviceCookie: deviceCookieOf(response),
    }
  }

  const clientHeaders = (address: string | null, { language, cookie, headers: sent = {} }: Omit<Attempt, 'password'> = {}) => {
    const headers: Record<string, string> = { ...sent }
    if (address !== null) headers[clientAddressHeader] = address
    if (language) headers['accept-language'] = language
    if (cookie) headers.cookie = cookie
    return headers
  }

  /** The device cookie a response sets, as the browser will send it back (`name=value`). */
  const deviceCookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((header) => /^hub-device-[^;]+/.exec(header)?.[0])
      .find(Boolean)

  const loginByGraphql = async (email: string, address: string, { password = 'wrong-password', cookie }: Attempt = {}) => {
    const response = await graphql(
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { user { email } } }',
      { email, password },
      { headers: clientHeaders(address, { cookie }) },
    )
    const body = (await response.json()) as { data?: { loginUser: { user: { email: string } } | null }; errors?: { message: string }[] }
    return { email: body.data?.loginUser?.user.email, message: body.errors?.[0]?.message ?? '', deviceCookie: deviceCookieOf(response) }
  }

  /** The attack: 10 wrong passwords from each of 5 addresses, as many as each address may send, which locks the account. */
  const lockOut = async (email: string, network: string) => {
    for (let address = 1; address <= 5; address += 1)
      for (let failure = 0; failure < 10; failure += 1) expect((await login(email, `${network}.${address}`)).status).toBe(401)
    expect((await login(email, `${network}.99`, { password: 'correct-horse-battery' })).status).toBe(429)
  }

  /** What a restart or a deploy does to the counts: a new process starts with none. */
  const restart = () => {
    delete (globalThis as { __hubLoginLimits?: unknown }).__hubLoginLimits
  }

  beforeAll(async () => {
    payload = await testPayload()
    ;({ request: rest, graphql } = await apiClient())
  })

  afterEach(() => {
    vi.unstubAllEnvs()
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

  it('against guessing from many addresses, takes the account’s password only from a browser holding its device cookie', async () => {
    const owner = await createUser(payload, 'editor')
    const colleague = await createUser(payload, 'editor')
    const { deviceCookie: cookie } = await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })
    const { deviceCookie: colleagueCookie = '' } = await login(colleague.email, '198.51.100.30', { password: 'correct-horse-battery' })
    expect(cookie).toMatch(/^hub-device-/)

    await lockOut(owner.email, '192.0.2')
    // Refused even from the address the owner signed in from: the cookie is what counts.
    expect((await login(owner.email, '198.51.100.30', { password: 'correct-horse-battery' })).status).toBe(429)
    // The owner's browser, on a network it never used, signs in, and its cookie is renewed.
    const fromNewNetwork = await login(owner.email, '198.51.100.31', { password: 'correct-horse-battery', cookie })
    expect(fromNewNetwork.status).toBe(200)
    expect(fromNewNetwork.user?.email).toBe(owner.email)
    expect(fromNewNetwork.deviceCookie).toMatch(/^hub-device-/)
    expect(fromNewNetwork.deviceCookie).not.toBe(cookie)

    // No exemption for a forged cookie, another account's (under its own name or the owner's), or an expired one.
    const ownName = deviceCookieName(payload.secret, owner.email)
    const [issued, nonce] = (cookie ?? '').split('=')[1]!.split('.')
    const expired = deviceCookieValue({
      secret: payload.secret,
      account: owner.email,
      issuedAt: Math.floor(Date.now() / 1000) - deviceLifetimeSeconds - 60,
    })
    for (const notTheOwners of [
      `${ownName}=${issued}.${nonce}.${'A'.repeat(43)}`,
      `${ownName}=${deviceCookieValue({ secret: 'another-installation-secret', account: owner.email, issuedAt: Number(issued) })}`,
      colleagueCookie,
      `${ownName}=${colleagueCookie.split('=')[1]}`,
      `${ownName}=${expired}`,
    ]) {
      const refused = await login(owner.email, '198.51.100.32', { password: 'correct-horse-battery', cookie: notTheOwners })
      expect(refused.status).toBe(429)
      expect(refused.deviceCookie).toBeUndefined()
    }
    // The colleague's own cookie still works for the colleague.
    expect((await login(colleague.email, '198.51.100.32', { password: 'correct-horse-battery', cookie: colleagueCookie })).status).toBe(200)
  })

  it('keeps the owner’s browser in after a restart, whose cookie came from a GraphQL login', async () => {
    const owner = await createUser(payload, 'editor')
    const signedIn = await loginByGraphql(owner.email, '198.51.100.40', { password: 'correct-horse-battery' })
    expect(signedIn.email).toBe(owner.email)
    expect(signedIn.deviceCookie).toMatch(/^hub-device-/)

    restart()
    await lockOut(owner.email, '192.0.2')
    expect((await login(owner.email, '198.51.100.41', { password: 'correct-horse-battery' })).status).toBe(429)
    expect((await login(owner.email, '198.51.100.41', { password: 'correct-horse-battery', cookie: signedIn.deviceCookie })).status).toBe(
      200,
    )
    expect(
      (await loginByGraphql(owner.email, '198.51.100.42', { password: 'correct-horse-battery', cookie: signedIn.deviceCookie })).email,
    ).toBe(owner.email)
  })

  it('limits guessing with a device cookie to 10 failures per device, without locking the account', async () => {
    const owner = await createUser(payload, 'editor')
    const { deviceCookie: cookie } = await login(owner.email, '198.51.100.50', { password: 'correct-horse-battery' })
    for (let failure = 0; failure < 10; failure += 1)
      expect((await login(owner.email, `192.0.2.${60 + failure}`, { cookie })).status).toBe(401)
    const refused = await login(owner.email, '192.0.2.80', { password: 'correct-horse-battery', cookie })
    expect(refused.status).toBe(429)
    expect(refused.user).toBeUndefined()
    expect((await login(owner.email, '198.51.100.51', { password: 'correct-horse-battery' })).status).toBe(200)
  })

  it('says when to retry in production too, over REST (with Retry-After) and GraphQL', async () => {
    // As the admin's production bundle builds it, Payload's APIError is an anonymous class.
    const named = Object.getOwnPropertyDescriptor(APIError, 'name')!
    Object.defineProperty(APIError, 'name', { value: '' })
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const owner = await createUser(payload, 'editor')
      for (let failure = 0; failure < 10; failure += 1) expect((await login(owner.email, '203.0.113.70')).status).toBe(401)
      const refused = await login(owner.email, '203.0.113.70', { password: 'correct-horse-battery' })
      expect(refused.status).toBe(429)
      expect(refused.message).toBe('Trop de tentatives de connexion. Réessayez dans 15 min.')
      expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60)
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(15 * 60)
      const byGraphql = await loginByGraphql(owner.email, '203.0.113.70', { password: 'correct-horse-battery' })
      expect(byGraphql.email).toBeUndefined()
      expect(byGraphql.message).toBe('Trop de tentatives de connexion. Réessayez dans 15 min.')
    } finally {
      Object.defineProperty(APIError, 'name', named)
    }
  })

  it('limits password-reset requests to 5 per address in 15 min; a refused one sends nothing', async () => {
    const owner = await createUser(payload, 'editor')
    const mails = () => (fs.existsSync(env.mailDir) ? fs.readdirSync(env.mailDir) : [])
    const forgotPassword = (email: string, address: string, language?: string) =>
      rest('POST', 'users/forgot-password', { body: { email }, headers: clientHeaders(address, { language }) })
    for (let request = 0; request < 4; request += 1)
      expect((await forgotPassword(`nobody-${request}@example.org`, '203.0.113.80')).status).toBe(200)
    const forgot = await graphql(
      'mutation ($email: String!) { forgotPasswordUser(email: $email) }',
      { email: 'nobody-4@example.org' },
      {
        headers: clientHeaders('203.0.113.80'),
      },
    )
    expect(((await forgot.json()) as { errors?: unknown[] }).errors).toBeUndefined()

    const before = mails()
    const refused = await forgotPassword(owner.email, '203.0.113.80')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'Trop de demandes de réinitialisation du mot de passe. Réessayez dans 15 min.',
    )
    const inEnglish = await forgotPassword(owner.email, '203.0.113.80', 'en')
    expect(((await inEnglish.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'Too many password reset requests. Try again in 15 min.',
    )
    expect(mails()).toEqual(before)
    const stored = await payload.findByID({ collection: 'users', id: owner.id, showHiddenFields: true })
    expect(stored.resetPasswordToken ?? null).toBeNull()

    // Another address is another client.
    expect((await forgotPassword(owner.email, '203.0.113.81')).status).toBe(200)
    expect(mails().length).toBe(before.length + 1)
  })
})
