import type { Payload } from 'payload'
import { expect } from 'vitest'

import { createUser } from '../fixtures'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export interface ApiCall {
  body?: FormData | object
  token?: string
  /** The admin's language as the account chose it (Payload's `payload-lng` cookie). */
  adminLanguage?: string
  headers?: Record<string, string>
}

/**
 * The real REST handlers that Next.js mounts under /api (wrapped as in
 * cms/app/(payload)/api/[...slug]/route.ts), called with standard Requests:
 * the upload tests assert the statuses, bodies and headers a browser gets.
 */
export const uploadApi = async (payload: Payload) => {
  const routes = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../cms/payload.config')
  const { cachedForAnonymous } = await import('../../../cms/cache/publicResponses')
  const handlers: Record<'GET' | 'POST' | 'PATCH', Handler> = {
    GET: cachedForAnonymous(routes.REST_GET(config) as Handler),
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
  }
  const request = async (method: 'GET' | 'POST' | 'PATCH', path: string, { body, token, adminLanguage, headers: extra }: ApiCall = {}) => {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const headers = new Headers(extra)
    if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', 'application/json')
    if (token) headers.set('authorization', `JWT ${token}`)
    if (adminLanguage) headers.set('cookie', `payload-lng=${adminLanguage}`)
    const requestBody = body === undefined || body instanceof FormData ? body : JSON.stringify(body)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    return handlers[method](new Request(url, { method, headers, body: requestBody }), { params: Promise.resolve({ slug }) })
  }
  const editor = await createUser(payload, 'editor')
  const login = await request('POST', 'users/login', { body: { email: editor.email, password: 'correct-horse-battery' } })
  expect(login.status).toBe(200)
  const editorToken = ((await login.json()) as { token: string }).token
  return { request, editorToken }
}

/** A multipart upload as the admin sends it: the file, and the document's fields as `_payload`. */
export const uploadForm = (file: { name: string; data: Buffer; mimetype: string }, fields: object) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** The file's path under /api: `visuals/file/name.png`. */
export const filePath = (collection: string, filename: string) => `${collection}/file/${encodeURIComponent(filename)}`
