import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { isPublicRead } from '../../cms/cache/publicResponses'
import { type ApiCall, apiClient } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, pngFile, trainingData, uniqueSlug } from './fixtures'

type ErrorBody = { errors?: { message: string; data?: { errors: { path: string; message: string }[] } }[] }

/** The real REST and GraphQL handlers (tests/integration/apiClient.ts), answers read as JSON. */
const api = async () => {
  const client = await apiClient()
  return {
    rest: async (method: 'GET' | 'POST' | 'PATCH', path: string, call: ApiCall = {}) => {
      const response = await client.request(method, path, call)
      return {
        status: response.status,
        cache: response.headers.get('x-hub-cache'),
        json: (await response.json()) as Record<string, unknown> & ErrorBody,
      }
    },
    graphql: async (query: string) =>
      (await (await client.graphql(query)).json()) as { data?: Record<string, { docs: { slug: string }[] } | null>; errors?: unknown[] },
  }
}

describeOnDatabase('REST and GraphQL APIs', () => {
  let payload: Payload
  let client: Awaited<ReturnType<typeof api>>
  let editorToken: string

  beforeAll(async () => {
    payload = await testPayload()
    client = await api()
    const editor = await createUser(payload, 'editor')
    const login = await client.rest('POST', 'users/login', { body: { email: editor.email, password: 'correct-horse-battery' } })
    expect(login.status).toBe(200)
    editorToken = login.json.token as string
  })

  it('answers a missing required field with 400, one message per field, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'trainings' })).totalDocs
    const response = await client.rest('POST', 'trainings', { token: editorToken, body: { title: 'Incomplète' } })
    expect(response.status).toBe(400)
    const fieldErrors = response.json.errors?.[0]?.data?.errors ?? []
    expect(fieldErrors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['summary', 'kind', 'level', 'durationMinutes', 'modules']),
    )
    expect(fieldErrors.every((error) => error.message.length > 0)).toBe(true)
    expect((await payload.count({ collection: 'trainings' })).totalDocs).toBe(before)
  })

  it('speaks the client’s language in its errors (French by default)', async () => {
    const body = { ...trainingData(), slug: 'Pas Valide' }
    const french = await client.rest('POST', 'trainings', { token: editorToken, body })
    const english = await client.rest('POST', 'trainings', { token: editorToken, body, language: 'en' })
    expect(french.json.errors?.[0]?.data?.errors[0]?.message).toContain('minuscules')
    expect(english.json.errors?.[0]?.data?.errors[0]?.message).toContain('Lowercase letters')
  })

  it('shows anonymous clients a training only once it is published, over REST and GraphQL', async () => {
    const slug = uniqueSlug('api')
    const created = await client.rest('POST', 'trainings?draft=true', {
      token: editorToken,
      body: { ...trainingData(slug), _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: number | string }).id
    const query = `{ Trainings(where: { slug: { equals: "${slug}" } }) { docs { slug } } }`

    expect((await client.rest('GET', `trainings?where[slug][equals]=${slug}`)).json.totalDocs).toBe(0)
    expect((await client.rest('GET', `trainings/${id}`)).status).toBe(404)
    expect((await client.graphql(query)).data?.Trainings?.docs).toEqual([])

    expect((await client.rest('PATCH', `trainings/${id}`, { token: editorToken, body: { _status: 'published' } })).status).toBe(200)
    expect((await client.rest('GET', `trainings?where[slug][equals]=${slug}`)).json.totalDocs).toBe(1)
    expect((await client.graphql(query)).data?.Trainings?.docs).toEqual([{ slug }])
  })

  it('never shows staff accounts to the public', async () => {
    expect((await client.rest('GET', 'users')).status).toBe(403)
    const graph = await client.graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(graph)).not.toContain('@example.org')
  })

  it('answers repeated anonymous reads from memory, and forgets them as soon as something is saved', async () => {
    const doc = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const path = `trainings?where[slug][equals]=${doc.slug}&depth=0`
    expect((await client.rest('GET', path)).cache).toBe('miss')
    const hit = await client.rest('GET', path)
    expect(hit.cache).toBe('hit')
    expect((hit.json.docs as { title: string }[])[0]?.title).toBe('Prendre la parole en public')

    await payload.update({ collection: 'trainings', id: doc.id, data: { title: 'Prendre la parole, deuxième édition' } })
    const afterSave = await client.rest('GET', path)
    expect(afterSave.cache).toBe('miss')
    expect((afterSave.json.docs as { title: string }[])[0]?.title).toBe('Prendre la parole, deuxième édition')

    // Signed-in requests (drafts, accounts) never go through the cache.
    expect((await client.rest('GET', path, { token: editorToken })).cache).toBeNull()
    const withCookie = new Request(`http://localhost:3000/api/${path}`, { headers: { cookie: `a=1; payload-token =${editorToken}` } })
    expect(isPublicRead(withCookie)).toBe(false)
    expect((await client.rest('GET', `${path}&draft=true`)).cache).toBeNull()
  })

  it('refuses a bad upload over HTTP with a 400 in the uploader’s language', async () => {
    const form = () => {
      const data = new FormData()
      data.append(
        'file',
        new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
        'logo.svg',
      )
      data.append('_payload', JSON.stringify({ title: 'Logo', alt: 'Logo', credit: 'GA', licence: 'CC0-1.0' }))
      return data
    }
    const before = (await payload.count({ collection: 'visuals' })).totalDocs
    const french = await client.rest('POST', 'visuals', { token: editorToken, body: form() })
    const english = await client.rest('POST', 'visuals', { token: editorToken, body: form(), language: 'en' })
    expect(french.status).toBe(400)
    expect(french.json.errors?.[0]?.data?.errors[0]).toMatchObject({
      path: 'file',
      message: expect.stringContaining('contenu actif (<script>)'),
    })
    expect(english.json.errors?.[0]?.data?.errors[0]?.message).toContain('active content (<script>)')
    expect((await payload.count({ collection: 'visuals' })).totalDocs).toBe(before)

    // A real image goes through (streamed to a temporary file, then cut into sizes).
    const png = await pngFile(`${uniqueSlug('affiche')}.png`, 1300, 700)
    const valid = new FormData()
    valid.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), png.name)
    valid.append('_payload', JSON.stringify({ title: 'Affiche', alt: 'Une affiche rouge', credit: 'GA', licence: 'CC0-1.0' }))
    const created = await client.rest('POST', 'visuals', { token: editorToken, body: valid })
    expect(created.status).toBe(201)
    expect((created.json.doc as { sizes: { social: { width: number; height: number } } }).sizes.social).toMatchObject({
      width: 1200,
      height: 630,
    })
  })
})
