import { demoPassword } from '../../content/seed/users'
import { expect, test } from './fixtures'

/**
 * Uploaded files as a browser gets them from the real Next server (`npm start`): Next sets
 * next.config's headers first and keeps them over a route's, so only this proves that a file's
 * own Content-Security-Policy (cms/uploads/servedFileHeaders.ts) is the one sent.
 */
const inertPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="#c9462c"/></svg>'

test('a visual’s file is sent with nosniff and a policy that runs no script, the admin with its own', async ({ request }) => {
  const visuals = await request.get('/api/visuals?where[downloadable][equals]=true&limit=1&depth=0')
  expect(visuals.ok()).toBe(true)
  const [visual] = ((await visuals.json()) as { docs: { filename: string }[] }).docs
  expect(visual).toBeDefined()
  const file = await request.get(`/api/visuals/file/${encodeURIComponent(visual?.filename ?? '')}`)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toMatch(/^image\//)
  expect(file.headers()['x-content-type-options']).toBe('nosniff')
  expect(file.headers()['content-security-policy']).toBe(inertPolicy)

  const admin = await request.get('/admin/login')
  expect(admin.headers()['content-security-policy']).toBe("frame-ancestors 'none'")
})

test('an SVG an editor uploads is served as an image under the sandbox policy, not the admin’s', async ({ playwright }) => {
  // The demo holds no SVG: an editor adds one (not downloadable, so no page or visual kit changes) and removes it.
  const editor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const login = await editor.post('/api/users/login', { data: { email: 'editrice@example.org', password: demoPassword } })
  expect(login.ok()).toBe(true)
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const created = await editor.post('/api/visuals', {
    headers,
    multipart: {
      file: { name: 'e2e-carre.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) },
      _payload: JSON.stringify({ title: 'Carré', alt: 'Un carré rouge', credit: 'e2e', licence: 'CC0-1.0', downloadable: false }),
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; filename: string } }
  try {
    const file = await editor.get(`/api/visuals/file/${encodeURIComponent(doc.filename)}`, { headers })
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('image/svg+xml')
    expect(file.headers()['x-content-type-options']).toBe('nosniff')
    expect(file.headers()['content-security-policy']).toBe(inertPolicy)
    expect(file.headers()['content-disposition']).toBeUndefined()
  } finally {
    await editor.delete(`/api/visuals/${doc.id}`, { headers })
    await editor.dispose()
  }
})
