import autocannon, { type Options, type Result } from 'autocannon'

import { get, host } from './server'
import { log, status } from './progress'
import { percentile } from './stats'

export interface LoadResult {
  /** The paths asked for in turn, every connection taking the next one. */
  paths: string[]
  connections: number
  durationSeconds: number
  requests: number
  requestsPerSecond: number
  /**
   * From every response's own latency (ms), recorded one by one (autocannon reports no p95),
   * timed-out requests counted as Infinity (slower than timeoutSeconds). NaN without any.
   */
  p50: number
  p95: number
  p99: number
  max: number
  errors: number
  timeouts: number
  non2xx: number
  /** autocannon's own percentiles, as a cross-check. */
  autocannonP50: number
  autocannonP97_5: number
}

/** autocannon's per-request timeout: a request still unanswered after this counts as an error. */
export const timeoutSeconds = 10
const drainTimeoutMs = 180_000

/** autocannon's `requests` option (README, "requests"), which bench/types/autocannon.d.ts leaves out. */
interface RequestSequence {
  requests: { setupRequest: (request: { path: string }) => { path: string } }[]
}

const fire = (
  baseUrl: string,
  paths: readonly string[],
  { connections, seconds, label, latencies }: { connections: number; seconds: number; label: string; latencies?: number[] },
): Promise<Result> =>
  new Promise((resolve, reject) => {
    let responses = 0
    let elapsed = 0
    let turn = 0
    const options: Options & RequestSequence = {
      url: baseUrl,
      connections,
      duration: seconds,
      timeout: timeoutSeconds,
      // One step that autocannon rebuilds before each request: whichever connection sends it asks for the next path.
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[turn++ % paths.length] ?? '/' }) }],
    }
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
      responses += 1
      latencies?.push(responseTime)
    })
    instance.on('tick', () => {
      elapsed += 1
      status(`    ${label}: ${elapsed}/${seconds} s, ${responses} responses`)
    })
  })

/**
 * `connections` clients asking for `paths` in turn for `seconds` on a loopback server,
 * after `warmupSeconds` of the same load whose numbers are dropped.
 */
export const measureLoad = async (
  baseUrl: string,
  paths: readonly string[],
  { connections, seconds, warmupSeconds }: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> => {
  if (new URL(baseUrl).hostname !== host) throw new Error(`Refusing to load ${baseUrl}: the benchmark only targets ${host}`)
  if (warmupSeconds > 0) await fire(baseUrl, paths, { connections, seconds: warmupSeconds, label: 'warm-up' })
  // autocannon stops with requests still queued in the server: one request of our own, answered
  // after them, lets the server drain before the measured run (or before the next run).
  if ((await get(new URL(paths[0] ?? '/', baseUrl).href, drainTimeoutMs)) !== 200) {
    log(`    (the server did not drain within ${drainTimeoutMs / 1000} s)`)
  }
  const latencies: number[] = []
  const result = await fire(baseUrl, paths, { connections, seconds, label: 'measuring', latencies })
  const samples = [...latencies, ...Array.from({ length: result.timeouts }, () => Number.POSITIVE_INFINITY)]
  return {
    paths: [...paths],
    connections,
    durationSeconds: result.duration,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    autocannonP50: result.latency.p50,
    autocannonP97_5: result.latency.p97_5,
  }
}

/** The pages of each theme's list that are asked for: visitors rarely go further. */
export const listPages = [1, 2, 3, 4, 5]

export interface ListResult {
  /** Every theme, with the trainings its filter matches (in French, page 1). */
  themes: { id: string; matchingTrainings: number }[]
  pages: number[]
  locales: string[]
  /** Trainings in the database. */
  totalTrainings: number
  depth0: LoadResult
  depth1: LoadResult
  /** The same lists with one client at a time: the time one request takes, without queueing. */
  single: { depth0: LoadResult; depth1: LoadResult }
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return (await response.json()) as T
}

/** One page of the REST list of trainings filtered by a theme (`theme` as it goes in the URL). */
export const listPath = ({ theme, page, locale, depth }: { theme: string; page: number | string; locale: string; depth: number }): string =>
  `/api/trainings?limit=20&page=${page}&locale=${locale}&depth=${depth}&where[themes][in]=${theme}`

/**
 * The REST list of trainings filtered by a theme, 20 a page, over every theme, pages `listPages`
 * and `locales` in turn, as visitors' requests vary: at depth 0, then the same at depth 1.
 */
export const measureList = async (
  baseUrl: string,
  locales: readonly string[],
  load: { connections: number; seconds: number; warmupSeconds: number },
): Promise<ListResult> => {
  const themeIds = (await getJson<{ docs: { id: string | number }[] }>(`${baseUrl}/api/themes?limit=100&depth=0`)).docs.map((doc) =>
    encodeURIComponent(String(doc.id)),
  )
  if (themeIds.length === 0) throw new Error('No theme to filter by: was the demo content seeded?')
  const all = await getJson<{ totalDocs: number }>(`${baseUrl}/api/trainings/count`)
  const themes: ListResult['themes'] = []
  for (const theme of themeIds) {
    const page = await getJson<{ totalDocs: number }>(`${baseUrl}${listPath({ theme, page: 1, locale: 'fr', depth: 0 })}`)
    themes.push({ id: decodeURIComponent(theme), matchingTrainings: page.totalDocs })
  }
  for (const locale of locales) {
    const path = listPath({ theme: themeIds[0] ?? '', page: 1, locale, depth: 0 })
    const page = await getJson<{ docs: { title?: unknown }[] }>(`${baseUrl}${path}`)
    if (typeof page.docs[0]?.title !== 'string') throw new Error(`${path} returned no title in ${locale}`)
  }
  // Consecutive requests differ in theme first, then language, then page.
  const paths = (depth: number) =>
    listPages.flatMap((page) => locales.flatMap((locale) => themeIds.map((theme) => listPath({ theme, page, locale, depth }))))
  const measure = async (depth: number, options: typeof load) => {
    const result = await measureLoad(baseUrl, paths(depth), options)
    log(
      `    depth ${depth}, ${options.connections} connection${options.connections > 1 ? 's' : ''}: ` +
        `p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${Math.round(result.requestsPerSecond)} req/s`,
    )
    return result
  }
  const depth0 = await measure(0, load)
  const depth1 = await measure(1, load)
  // After the warm-up above: no warm-up of its own.
  const single = { connections: 1, seconds: Math.min(load.seconds, 5), warmupSeconds: 0 }
  return {
    themes,
    pages: listPages,
    locales: [...locales],
    totalTrainings: all.totalDocs,
    depth0,
    depth1,
    single: { depth0: await measure(0, single), depth1: await measure(1, single) },
  }
}
