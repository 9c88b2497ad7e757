import type { IncomingMessage, RequestListener } from 'node:http'
import { isIP } from 'node:net'

/**
 * The header in which the admin server (scripts/serve-cms.ts) tells the app
 * the client's address. It overwrites whatever a client sent under that name,
 * so, unlike X-Forwarded-For, nothing a client writes can reach it.
 */
export const clientAddressHeader = 'x-hub-client-address'

/**
 * The client's address: the connection's, or, behind `hops` trusted proxies
 * (HUB_TRUST_PROXY: how many reverse proxies in front of the admin each append
 * the address they received from to X-Forwarded-For; 1 for nginx with
 * $proxy_add_x_forwarded_for), the entry the outermost one appended (the
 * hops-th from the end; what comes before it, the client wrote). Null when it cannot be known: the proxies
 * appended fewer entries than expected, or not an address.
 */
export const clientAddressOf = (request: IncomingMessage, hops: number): string | null => {
  if (hops === 0) return request.socket.remoteAddress ?? null
  // Repeated X-Forwarded-For headers count in the order received, as one list.
  const entries = [request.headers['x-forwarded-for'] ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
  const appended = entries.length >= hops ? entries[entries.length - hops] : undefined
  return appended && isIP(appended) ? appended : null
}

/** Wraps the app's handler: every request carries the client's address in `clientAddressHeader`, and only the one found here. */
export const withClientAddress =
  (handler: RequestListener, hops: number): RequestListener =>
  (request, response) => {
    const address = clientAddressOf(request, hops)
    if (address) request.headers[clientAddressHeader] = address
    else delete request.headers[clientAddressHeader]
    return handler(request, response)
  }
