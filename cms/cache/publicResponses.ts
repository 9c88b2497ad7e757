import { env } from '../../env'

/**
 * A small in-memory cache of the API's public answers. Anonymous GETs can only
 * ever see published content, so the same URL gives the same answer until
 * something is saved; every save or delete empties the cache once it is
 * committed (see `plugins/publicResponseCache.ts`), and an answer read while
 * the cache was being emptied is not kept: it may show the state before the
 * save. It turns a 20–50 ms Payload query into a memory read when a site build
 * or many visitors ask the same list.
 *
 * Several server processes each keep their own cache: entries also expire
 * after `ttlMs`, so a save made elsewhere shows within that delay.
 */
interface Entry {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
  expires: number
}

const maxEntries = 1000
const maxBodyBytes = 1024 * 1024
/** All entries together: whatever query strings a client invents, the cache stays small. */
const maxTotalBytes = 50 * 1024 * 1024
const ttlMs = 60_000

// Shared through globalThis: Next.js may load this module once per route bundle.
const globalStore = globalThis as typeof globalThis & { __hubPublicResponses?: { entries: Map<string, Entry>; generation: number } }
const cache = (globalStore.__hubPublicResponses ??= { entries: new Map<string, Entry>(), generation: 0 })
const store = cache.entries

const totalBytes = () => [...store.values()].reduce((sum, entry) => sum + entry.body.byteLength, 0)

export const invalidatePublicResponses = (): void => {
  store.clear()
  cache.generation += 1
}

/** Raised whenever public content may have changed: other caches of public data compare it to drop what they hold. */
export const publicResponsesGeneration = (): number => cache.generation

/** Only what any visitor would get: no credentials, no drafts, no accounts, no file streams. */
export const isPublicRead = (request: Request): boolean => {
  if (request.method !== 'GET' || request.headers.has('authorization')) return false
  // Any mention of the session cookie, however spaced or cased, means a signed-in request.
  if (/payload-token/i.test(request.headers.get('cookie') ?? '')) return false
  const url = new URL(request.url)
  if (url.searchParams.get('draft') === 'true') return false
  const path = decodedPath(url.pathname)
  // The public endpoints answer from live counts (seats) or carry a personal token (the cancel page): never kept.
  return path !== null && !/^\/api\/(?:users|payload-|public\/|[^/]+\/file\/)/i.test(path)
}

/**
 * The path as the router reads it (`/api/%70ublic/seats` is `/api/public/seats`, `//` is `/`), so
 * that no spelling of an excluded path is kept; null when it cannot be decoded.
 */
const decodedPath = (pathname: string): string | null => {
  try {
    return decodeURIComponent(pathname).replace(/\/{2,}/g, '/')
  } catch {
    return null
  }
}

const keyOf = (request: Request): string => {
  const url = new URL(request.url)
  // Error messages follow Accept-Language, and CORS headers follow Origin.
  return `${url.pathname}${url.search}|${request.headers.get('accept-language') ?? ''}|${request.headers.get('origin') ?? ''}`
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

export const cachedForAnonymous =
  <Context>(handler: Handler<Context>): Handler<Context> =>
  async (request, context) => {
    if (!env.cacheApiResponses || !isPublicRead(request)) return handler(request, context)
    const key = keyOf(request)
    const hit = store.get(key)
    if (hit && hit.expires > Date.now()) {
      // Re-insert to keep the most recently used entries at the end.
      store.delete(key)
      store.set(key, hit)
      return new Response(hit.body.slice(0), { status: hit.status, headers: [...hit.headers, ['x-hub-cache', 'hit']] })
    }
    const generation = cache.generation
    const response = await handler(request, context)
    if (response.status !== 200) return response
    const body = await response.arrayBuffer()
    const headers = [...response.headers.entries()].filter(([name]) => name !== 'set-cookie')
    // A save committed while this answer was read may not be in it: serve it once, keep it not.
    if (body.byteLength <= maxBodyBytes && generation === cache.generation) {
      store.set(key, { body, status: response.status, headers, expires: Date.now() + ttlMs })
      // Evict the least recently used entries first.
      while (store.size > maxEntries || totalBytes() > maxTotalBytes) store.delete(store.keys().next().value as string)
    }
    return new Response(body.slice(0), { status: response.status, headers: [...headers, ['x-hub-cache', 'miss']] })
  }
