type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface ApiCall {
  /** JSON, or FormData as the admin sends its forms (the document as `_payload`, files beside it). */
  body?: FormData | object
  /** A staff session, sent as the `Authorization: JWT …` header. */
  token?: string
  /** The client's Accept-Language. */
  language?: string
  headers?: Record<string, string>
}

/**
 * The real REST and GraphQL handlers that Next.js mounts under /api (GET wrapped in the
 * anonymous cache, as in cms/app/(payload)/api/[...slug]/route.ts), called with standard
 * Requests: statuses, bodies and headers as a client gets them.
 */
export const apiClient = async () => {
  const routes = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../cms/payload.config')
  const { cachedForAnonymous } = await import('../../cms/cache/publicResponses')
  const handlers: Record<Method, Handler> = {
    GET: cachedForAnonymous(routes.REST_GET(config) as Handler),
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
  }
  const graphqlHandler = routes.GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  const headersFor = ({ body, token, language, headers: extra }: ApiCall) => {
    const headers = new Headers(extra)
    if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', 'application/json')
    if (token) headers.set('authorization', `JWT ${token}`)
    if (language) headers.set('accept-language', language)
    return headers
  }
  return {
    request: async (method: Method, path: string, call: ApiCall = {}): Promise<Response> => {
      const url = new URL(`http://localhost:3000/api/${path}`)
      const body = call.body === undefined || call.body instanceof FormData ? call.body : JSON.stringify(call.body)
      const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
      return handlers[method](new Request(url, { method, headers: headersFor(call), body }), { params: Promise.resolve({ slug }) })
    },
    graphql: async (query: string, variables: Record<string, unknown> = {}, call: Omit<ApiCall, 'body'> = {}): Promise<Response> =>
      graphqlHandler(
        new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: headersFor({ ...call, body: {} }), body: JSON.stringify({ query, variables }) }),
      ),
  }
}

/** Signs a staff account in through the REST API, as the admin does, and returns its token. */
export const signIn = async (client: Awaited<ReturnType<typeof apiClient>>, email: string, password = 'correct-horse-battery') => {
  const response = await client.request('POST', 'users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for a test account: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
