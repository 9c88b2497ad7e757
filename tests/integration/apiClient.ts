type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS'

export interface ApiCall {
  /**
   * FormData as the admin sends its forms (the document as `_payload`, files beside it);
   * URLSearchParams as a browser posts a form without JavaScript (the Request itself sets
   * `application/x-www-form-urlencoded`); a string is sent as it is (a webhook's raw JSON); any
   * other object is sent as JSON.
   */
  body?: FormData | URLSearchParams | string | object
  /** A staff session, sent as the `Authorization: JWT …` header. */
  token?: string
  /** The client's Accept-Language. */
  language?: string
  /** The admin language an account chose (Payload's `payload-lng` cookie). */
  adminLanguage?: string
  /** Any other header the test chooses (Origin, Cookie, X-Forwarded-For…). */
  headers?: Record<string, string>
}

/** A body the Request encodes itself, with its own content type. */
const isFormBody = (body: ApiCall['body']): body is FormData | URLSearchParams =>
  body instanceof FormData || body instanceof URLSearchParams

/**
 * The real REST and GraphQL handlers that Next.js mounts under /api (GET wrapped in the
 * anonymous cache, as in cms/app/(payload)/api/[...slug]/route.ts), called with standard
 * Requests: statuses, bodies and headers as a client gets them. `request`'s path is the part
 * after `/api/`, with or without its leading slash (`users/login`, `/public/sign-up`), query
 * string included.
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
    OPTIONS: routes.REST_OPTIONS(config) as Handler,
  }
  const graphqlHandler = routes.GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  const headersFor = ({ body, token, language, adminLanguage, headers: extra }: ApiCall) => {
    const headers = new Headers(extra)
    if (body !== undefined && !isFormBody(body)) headers.set('content-type', 'application/json')
    if (token) headers.set('authorization', `JWT ${token}`)
    if (language) headers.set('accept-language', language)
    if (adminLanguage) headers.set('cookie', `payload-lng=${adminLanguage}`)
    return headers
  }
  return {
    request: async (method: Method, path: string, call: ApiCall = {}): Promise<Response> => {
      const url = new URL(`http://localhost:3000/api/${path.replace(/^\/+/, '')}`)
      const body = call.body === undefined || isFormBody(call.body) || typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      return handlers[method](new Request(url, { method, headers: headersFor(call), body }), { params: Promise.resolve({ slug }) })
    },
    graphql: async (query: string, variables: Record<string, unknown> = {}, call: Omit<ApiCall, 'body'> = {}): Promise<Response> =>
      graphqlHandler(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: headersFor({ ...call, body: {} }),
          body: JSON.stringify({ query, variables }),
        }),
      ),
  }
}

export type ApiClient = Awaited<ReturnType<typeof apiClient>>

/** A login as the admin's form sends it; the session cookie as the browser would send it back. */
export const logIn = async (request: ApiClient['request'], email: string, headers: Record<string, string> = {}) => {
  const response = await request('POST', 'users/login', { body: { email, password: 'correct-horse-battery' }, headers })
  const setCookie = response.headers.get('set-cookie') ?? ''
  return { response, setCookie, cookie: /payload-token=[^;]+/.exec(setCookie)?.[0] ?? '' }
}

/** Signs a staff account in through the REST API, as the admin does, and returns its token. */
export const signIn = async (request: ApiClient['request'], email: string) => {
  const { response } = await logIn(request, email)
  if (response.status !== 200) throw new Error(`login failed for a test account: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
