import autocannon, { type Result } from 'autocannon'

import { get, host } from './server'
import { log, status } from './progress'
import { percentile } from './stats'

export interface LoadResult {
  path: string
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

const fire = (url: string, connections: number, seconds: number, label: string, latencies?: number[]): Promise<Result> =>
  new Promise((resolve, reject) => {
    let responses = 0
    let elapsed = 0
    const instance = autocannon({ url, connections, duration: seconds, timeout: timeoutSeconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
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
 * `connections` clients hitting one path for `seconds` on a loopback server,
 * after `warmupSeconds` of the same load whose numbers are dropped.
 */
export const measureLoad = async (
  baseUrl: string,
  path: string,
  { connections, seconds, warmupSeconds }: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> => {
  const url = new URL(path, baseUrl)
  if (url.hostname !== host) throw new Error(`Refusing to load ${url.hostname}: the benchmark only targets ${host}`)
  if (warmupSeconds > 0) await fire(url.href, connections, warmupSeconds, 'warm-up')
  // autocannon stops with requests still queued in the server: one request of our own, answered
  // after them, lets the server drain before the measured run (or before the next run).
  if ((await get(url.href, drainTimeoutMs)) !== 200) log(`    (the server did not drain within ${drainTimeoutMs / 1000} s)`)
  const latencies: number[] = []
  const result = await fire(url.href, connections, seconds, 'measuring', latencies)
  const samples = [...latencies, ...Array.from({ length: result.timeouts }, () => Number.POSITIVE_INFINITY)]
  return {
    path,
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

export interface ListResult {
  themeId: string
  /** Trainings in the database, and those the theme filter matches. */
  totalTrainings: number
  matchingTrainings: number
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

export const listPath = (themeId: string, depth: number): string =>
  `/api/trainings?limit=20&locale=fr&depth=${depth}&where[themes][in]=${encodeURIComponent(themeId)}`

/** The REST list of trainings filtered by a theme, 20 a page in French, at depth 0 then 1. */
export const measureList = async (
  baseUrl: string,
  load: { connections: number; seconds: number; warmupSeconds: number },
): Promise<ListResult> => {
  const themes = await getJson<{ docs: { id: string | number }[] }>(`${baseUrl}/api/themes?limit=1&depth=0`)
  const themeId = themes.docs[0]?.id
  if (themeId === undefined) throw new Error('No theme to filter by: was the demo content seeded?')
  const all = await getJson<{ totalDocs: number }>(`${baseUrl}/api/trainings/count`)
  const page = await getJson<{ totalDocs: number; docs: { title?: unknown }[] }>(`${baseUrl}${listPath(String(themeId), 0)}`)
  if (page.docs.length === 0 || typeof page.docs[0]?.title !== 'string') throw new Error('The filtered list returned no French titles')
  const measure = async (depth: number, options: typeof load) => {
    const result = await measureLoad(baseUrl, listPath(String(themeId), depth), options)
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
    themeId: String(themeId),
    totalTrainings: all.totalDocs,
    matchingTrainings: page.totalDocs,
    depth0,
    depth1,
    single: { depth0: await measure(0, single), depth1: await measure(1, single) },
  }
}
