type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS'

/**
 * The real REST handlers that Next.js mounts under /api (wrapped as in
 * cms/app/(payload)/api/[...slug]/route.ts), called with standard Requests
 * whose headers (Origin, Cookie, X-Forwarded-For…) the test chooses.
 */
export const restHandlers = async () => {
  const routes = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../../cms/payload.config')
  const { cachedForAnonymous } = await import('../../../cms/cache/publicResponses')
  const handlers: Record<Method, Handler> = {
    GET: cachedForAnonymous(routes.REST_GET(config) as Handler),
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
    OPTIONS: routes.REST_OPTIONS(config) as Handler,
  }
  return (method: Method, path: string, { body, headers }: { body?: object; headers?: Record<string, string> } = {}) => {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const requestHeaders = new Headers(headers)
    if (body !== undefined) requestHeaders.set('content-type', 'application/json')
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const request = new Request(url, { method, headers: requestHeaders, body: body === undefined ? undefined : JSON.stringify(body) })
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }
}

/** A login as the admin's form sends it; the session cookie as the browser would send it back. */
export const logIn = async (rest: Awaited<ReturnType<typeof restHandlers>>, email: string, headers: Record<string, string> = {}) => {
  const response = await rest('POST', 'users/login', { body: { email, password: 'correct-horse-battery' }, headers })
  const setCookie = response.headers.get('set-cookie') ?? ''
  return { response, setCookie, cookie: /payload-token=[^;]+/.exec(setCookie)?.[0] ?? '' }
}
