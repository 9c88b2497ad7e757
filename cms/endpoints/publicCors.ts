import type { Endpoint, PayloadHandler } from 'payload'

import { env } from '../../env'

type Method = 'get' | 'post'

/**
 * CORS for the endpoints the public site's pages call (sign-up, donation,
 * seats left): the site's origin may read their answers, but never with
 * credentials. Payload adds `Access-Control-Allow-Credentials` only when it sets
 * the allowed origin itself, so setting it here first keeps it off; and since
 * the site's origin is not in the CSRF list, a staff cookie sent along is
 * ignored (`req.user` stays null).
 */
export const publicCorsHeaders = (method: Method): Headers =>
  new Headers({
    'Access-Control-Allow-Origin': env.siteUrl,
    'Access-Control-Allow-Methods': `${method.toUpperCase()}, OPTIONS`,
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  })

/** An endpoint the public site may call from the browser, with its CORS preflight on the same path. */
export const publicEndpoint = ({ path, method, handler }: { path: string; method: Method; handler: PayloadHandler }): Endpoint[] => [
  {
    path,
    method,
    handler: async (req) => {
      const response = await handler(req)
      const headers = new Headers(response.headers)
      publicCorsHeaders(method).forEach((value, name) => headers.set(name, value))
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    },
  },
  { path, method: 'options', handler: () => new Response(null, { status: 204, headers: publicCorsHeaders(method) }) },
]
