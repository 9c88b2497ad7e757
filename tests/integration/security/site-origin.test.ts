import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { env } from '../../../env'
import { publicEndpoint } from '../../../cms/endpoints/publicCors'
import { describeOnDatabase, testPayload } from '../database'
import { createUser, minimalDocuments, trainingData } from '../fixtures'
import { type ApiClient, apiClient, logIn } from '../apiClient'

/**
 * Threat: a script on the public site (an injected island, a compromised
 * dependency) acts with the session of a staff member who visits the site.
 * The site's origin must never be trusted with staff cookies.
 */
describeOnDatabase('the public site’s origin and staff sessions', () => {
  let payload: Payload
  let rest: ApiClient['request']
  let cookie: string
  const fromSite = () => ({ origin: env.siteUrl, cookie })

  const expectNoCorsCredentials = (response: Response) => {
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  }

  beforeAll(async () => {
    payload = await testPayload()
    rest = (await apiClient()).request
    const admin = await createUser(payload, 'admin')
    const login = await logIn(rest, admin.email, { origin: env.serverUrl })
    expect(login.response.status).toBe(200)
    cookie = login.cookie
    expect(cookie).not.toBe('')
  })

  it('honours the staff cookie from the admin’s own origin (the control)', async () => {
    const me = await rest('GET', 'users/me', { headers: { origin: env.serverUrl, cookie } })
    expect(((await me.json()) as { user: { role: string } | null }).user?.role).toBe('admin')
  })

  it('reads nothing private with a staff cookie sent from the site’s origin', async () => {
    const draft = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'draft' }, draft: true })

    const me = await rest('GET', 'users/me', { headers: fromSite() })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
    expectNoCorsCredentials(me)

    const accounts = await rest('GET', 'users', { headers: fromSite() })
    expect(accounts.status).toBe(403)
    expect(await accounts.text()).not.toContain('@example.org')
    expectNoCorsCredentials(accounts)

    const drafts = await rest('GET', `trainings?draft=true&where[slug][equals]=${draft.slug}`, { headers: fromSite() })
    expect(((await drafts.json()) as { docs: unknown[] }).docs).toEqual([])
    expectNoCorsCredentials(drafts)
  })

  it('writes nothing with a staff cookie sent from the site’s origin', async () => {
    const faq = await payload.create({ collection: 'faqs', data: minimalDocuments({ visual: 0, vtt: 0 }).faqs })
    const faqsBefore = (await payload.count({ collection: 'faqs' })).totalDocs
    const accountsBefore = (await payload.count({ collection: 'users' })).totalDocs

    const created = await rest('POST', 'faqs', {
      headers: fromSite(),
      body: { ...minimalDocuments({ visual: 0, vtt: 0 }).faqs, _status: 'published' },
    })
    const account = await rest('POST', 'users', {
      headers: fromSite(),
      body: { email: 'intrus@example.org', name: 'Intrus', role: 'admin', password: 'correct-horse-battery' },
    })
    const changed = await rest('PATCH', `faqs/${faq.id}`, { headers: fromSite(), body: { question: 'Piratée ?' } })
    const deleted = await rest('DELETE', `faqs/${faq.id}`, { headers: fromSite() })

    for (const response of [created, account, changed, deleted]) {
      expect(response.status).toBe(403)
      expectNoCorsCredentials(response)
    }
    expect((await payload.count({ collection: 'faqs' })).totalDocs).toBe(faqsBefore)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(accountsBefore)
    expect((await payload.findByID({ collection: 'faqs', id: faq.id })).question).toBe(faq.question)
  })

  it('answers a preflight from the site’s origin on private routes without allowing it', async () => {
    const preflight = await rest('OPTIONS', 'faqs', { headers: { origin: env.siteUrl, 'access-control-request-method': 'POST' } })
    expectNoCorsCredentials(preflight)
  })

  it('opens public endpoints to the site’s origin without credentials, preflight included', async () => {
    // Registered as the sign-up, donation and seats-left endpoints will be.
    payload.config.endpoints.push(
      ...publicEndpoint({ path: '/public-probe', method: 'post', handler: (req) => Response.json({ signedIn: Boolean(req.user) }) }),
    )

    const preflight = await rest('OPTIONS', 'public-probe', { headers: { origin: env.siteUrl, 'access-control-request-method': 'POST' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(env.siteUrl)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS')
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()

    const answer = await rest('POST', 'public-probe', { headers: fromSite(), body: {} })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(env.siteUrl)
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
    // The staff cookie that came along was not honoured.
    expect(await answer.json()).toEqual({ signedIn: false })
  })
})
