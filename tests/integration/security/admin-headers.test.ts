import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { createUser } from '../fixtures'
import { apiClient, logIn } from '../apiClient'

/**
 * Threats: the admin framed by another site (clickjacking), a response read
 * as another type than it says (MIME sniffing), the session cookie sent over
 * plain http by a deployment served over https.
 */

// The CMS reads SERVER_URL when its config is first imported (late, in testPayload).
const previousServerUrl = process.env.SERVER_URL
process.env.SERVER_URL = 'https://admin.example.org'

describeOnDatabase('the admin server’s security headers and session cookie', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(() => {
    if (previousServerUrl === undefined) delete process.env.SERVER_URL
    else process.env.SERVER_URL = previousServerUrl
  })

  it('makes the session cookie Secure and HttpOnly when SERVER_URL is https', async () => {
    const editor = await createUser(payload, 'editor')
    const { response, setCookie } = await logIn((await apiClient()).request, editor.email, { origin: 'https://admin.example.org' })
    expect(response.status).toBe(200)
    const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim().toLowerCase())
    expect(pair).toMatch(/^payload-token=./)
    // Payload writes `Secure=true`: browsers read the attribute's name and ignore its value (RFC 6265 §5.2.5).
    const names = attributes.map((attribute) => attribute.split('=')[0])
    expect(names).toEqual(expect.arrayContaining(['secure', 'httponly']))
    expect(attributes).toContain('samesite=lax')
  })

  // frame-ancestors, sent on every path but the API's (JSON, and files with their own stricter policy): cms/nextConfig.test.ts.
  it('sends nosniff, a referrer policy and HSTS on every admin path', async () => {
    const { default: nextConfig } = (await import('../../../cms/next.config.mjs')) as {
      default: { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> }
    }
    const everyPath = (await nextConfig.headers()).filter((rule) => rule.source === '/:path*').flatMap((rule) => rule.headers)
    const sent = Object.fromEntries(everyPath.map(({ key, value }) => [key.toLowerCase(), value]))
    expect(sent['x-content-type-options']).toBe('nosniff')
    expect(sent['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(sent['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
  })
})
