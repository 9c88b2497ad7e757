import type { ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

import { demoPassword } from '../../content/seed/users'
import { start, stop } from './children'
import { onCleanup } from './cleanup'
import { log, status } from './progress'
import { median } from './stats'

/**
 * The whole hub as `npm start` runs it (scripts/start.ts: the CMS with its job
 * runner, the static site server), on ports of its own, and what an editor
 * does in the admin, over REST: publish a change, see how long until the
 * public page shows it.
 */
export const editorEmail = 'editrice@example.org'

export interface SiteBuildRecord {
  id: number | string
  status: 'running' | 'succeeded' | 'failed'
  reason?: string | null
  startedAt: string
  finishedAt?: string | null
  durationMs?: number | null
  pages?: number | null
}

export interface Stack {
  cmsUrl: string
  siteUrl: string
  /** performance.now() at spawn, and wall clock. */
  spawnedAt: number
  spawnedAtDate: Date
  readyMs: number
  token: string
  /** The last lines the stack printed. */
  output: () => string[]
  stop: () => Promise<void>
}

export interface PublishSample {
  run: number
  title: string
  /** PATCH sent → the public page serves the new title (or the 404, for an unpublish). */
  liveMs: number
  /** The PATCH request itself (save, hooks, job queued). */
  patchMs: number
  /** PATCH sent → the build's site-builds record was created (debounce, job poll, tsx + getPayload of the build child). */
  queuedMs?: number
  /** The build as it records itself (export + astro + media). */
  buildMs?: number
  /** Its record says finished → the page served: ~0, the swap comes before the record is updated. */
  pages?: number
  buildStatus?: string
  buildReason?: string
  /** The build waited for the checkout-wide build lock held by another build (tests running at the same time). */
  waitedForLock?: boolean
  /** Record created → finished, minus the build's own duration: the lock wait (if any), the swap and pruning of old builds. */
  outsideBuildMs?: number
}

export interface PublishResult {
  document: { collection: 'trainings'; id: number | string; slug: string; path: string }
  samples: PublishSample[]
  medianLiveMs: number
  unpublish?: PublishSample & { path: string }
  /** The build `npm start` runs on start-up (the previous build is served meanwhile): a warm rebuild without changes. */
  startupBuild?: SiteBuildRecord
  stackReadyMs: number
  /** Every site-builds record of the stack's life, newest first. */
  builds: SiteBuildRecord[]
}

const fetchJson = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

const statusOf = async (url: string): Promise<{ status: number; body: string }> => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    return { status: response.status, body: await response.text() }
  } catch {
    return { status: 0, body: '' }
  }
}

const login = async (cmsUrl: string): Promise<string> => {
  const result = await fetchJson<{ token?: string }>(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: editorEmail, password: demoPassword }),
  })
  if (!result.token) throw new Error(`Login as ${editorEmail} returned no token`)
  return result.token
}

/**
 * `tsx scripts/start.ts` with `env` (its own database, uploads, site folder and
 * ports; jobs on); resolves once the CMS answers /api/trainings/count and the
 * site server /fr/, logged in as the demo editor.
 */
export const startStack = async (env: NodeJS.ProcessEnv, cmsUrl: string, siteUrl: string, timeoutMs: number): Promise<Stack> => {
  const output: string[] = []
  const spawnedAt = performance.now()
  const spawnedAtDate = new Date()
  const child: ChildProcess = start('tsx', ['scripts/start.ts'], env, (line) => {
    output.push(line)
    if (output.length > 200) output.shift()
  })
  const stopStack = onCleanup(`npm start on ${cmsUrl} / ${siteUrl}`, () => stop(child, 10_000))
  const alive = () => child.exitCode === null && child.signalCode === null
  for (;;) {
    const elapsed = performance.now() - spawnedAt
    if (!alive() || elapsed > timeoutMs) {
      await stopStack()
      const why = alive() ? `not ready after ${timeoutMs / 1000} s` : `exited (${child.signalCode ?? child.exitCode})`
      throw new Error(`scripts/start.ts ${why}:\n${output.slice(-25).join('\n')}`)
    }
    status(`    waiting for the stack: ${(elapsed / 1000).toFixed(0)} s`)
    const [cms, site] = await Promise.all([statusOf(`${cmsUrl}/api/trainings/count`), statusOf(`${siteUrl}/fr/`)])
    if (cms.status === 200 && site.status === 200) break
    await sleep(500)
  }
  const readyMs = performance.now() - spawnedAt
  return { cmsUrl, siteUrl, spawnedAt, spawnedAtDate, readyMs, token: await login(cmsUrl), output: () => [...output], stop: stopStack }
}

export const siteBuilds = async (stack: Stack, limit = 20): Promise<SiteBuildRecord[]> => {
  const select = ['status', 'reason', 'startedAt', 'finishedAt', 'durationMs', 'pages'].map((field) => `select[${field}]=true`).join('&')
  const result = await fetchJson<{ docs: SiteBuildRecord[] }>(
    `${stack.cmsUrl}/api/site-builds?sort=-startedAt&limit=${limit}&depth=0&${select}`,
    {
      headers: { Authorization: `JWT ${stack.token}` },
    },
  )
  return result.docs
}

/** Waits until a site-builds record matching `match` is finished (succeeded or failed). */
export const waitForBuild = async (
  stack: Stack,
  label: string,
  match: (record: SiteBuildRecord) => boolean,
  timeoutMs: number,
): Promise<SiteBuildRecord> => {
  const started = performance.now()
  for (;;) {
    const record = (await siteBuilds(stack)).find(match)
    if (record && record.status !== 'running') return record
    const elapsed = performance.now() - started
    if (elapsed > timeoutMs)
      throw new Error(`${label}: no finished build after ${Math.round(timeoutMs / 1000)} s (${record ? 'still running' : 'none started'})`)
    status(`    ${label}: ${record ? 'building' : 'waiting for the build to start'}, ${(elapsed / 1000).toFixed(0)} s`)
    await sleep(1000)
  }
}

/** No build running, and none started in the last `quietMs` (a queued rebuild starts within debounce + poll + process start). */
const waitUntilIdle = async (stack: Stack, timeoutMs: number, quietMs = 8000) => {
  const started = performance.now()
  for (;;) {
    const builds = await siteBuilds(stack, 5)
    const running = builds.some((record) => record.status === 'running')
    const lastEnd = Math.max(0, ...builds.map((record) => new Date(record.finishedAt ?? record.startedAt).getTime()))
    if (!running && Date.now() - lastEnd >= quietMs) return
    if (performance.now() - started > timeoutMs) throw new Error(`The site kept building for ${Math.round(timeoutMs / 1000)} s`)
    status(`    waiting for the site to be idle (${running ? 'a build is running' : 'quiet period'})`)
    await sleep(1000)
  }
}

const patch = async (stack: Stack, collection: string, id: number | string, data: object): Promise<number> => {
  const started = performance.now()
  await fetchJson(`${stack.cmsUrl}/api/${collection}/${id}?locale=fr&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${stack.token}` },
    body: JSON.stringify(data),
  })
  return performance.now() - started
}

/** Polls `url` every pollMs from `since` until `done` says so; ms since `since`. */
const pollUntil = async (
  url: string,
  since: number,
  timeoutMs: number,
  label: string,
  done: (page: { status: number; body: string }) => boolean,
) => {
  for (;;) {
    const page = await statusOf(url)
    const elapsed = performance.now() - since
    if (done(page)) return elapsed
    if (elapsed > timeoutMs) throw new Error(`${label}: not live after ${Math.round(timeoutMs / 1000)} s (last status ${page.status})`)
    status(`    ${label}: ${(elapsed / 1000).toFixed(1)} s`)
    await sleep(200)
  }
}

const recordLog = async (stack: Stack, id: number | string): Promise<string> => {
  const record = await fetchJson<{ log?: string | null }>(`${stack.cmsUrl}/api/site-builds/${id}?depth=0&select[log]=true`, {
    headers: { Authorization: `JWT ${stack.token}` },
  }).catch(() => ({ log: '' }))
  return record.log ?? ''
}

const withBuild = async (
  stack: Stack,
  sample: PublishSample,
  record: SiteBuildRecord | undefined,
  patchSentAt: Date,
): Promise<PublishSample> => {
  if (!record) return sample
  const span = record.finishedAt ? new Date(record.finishedAt).getTime() - new Date(record.startedAt).getTime() : undefined
  return {
    ...sample,
    queuedMs: new Date(record.startedAt).getTime() - patchSentAt.getTime(),
    buildMs: record.durationMs ?? undefined,
    pages: record.pages ?? undefined,
    buildStatus: record.status,
    buildReason: record.reason ?? undefined,
    waitedForLock: /^Une autre construction est en cours/m.test(await recordLog(stack, record.id)),
    outsideBuildMs: span !== undefined && record.durationMs ? span - record.durationMs : undefined,
  }
}

interface Training {
  id: number | string
  slug: string
  title: string
}

const publishedTrainings = async (stack: Stack, slugs: readonly string[]): Promise<Training[]> => {
  const where = `where[slug][in]=${slugs.map(encodeURIComponent).join(',')}&where[_status][equals]=published`
  const result = await fetchJson<{ docs: Training[] }>(`${stack.cmsUrl}/api/trainings?${where}&limit=100&depth=0&locale=fr`, {
    headers: { Authorization: `JWT ${stack.token}` },
  })
  return slugs.flatMap((slug) => result.docs.filter((doc) => doc.slug === slug))
}

/**
 * On a running stack: waits for the start-up build, then `runs` times changes the
 * title of `slug` and publishes it, timing until the public page shows it; then
 * unpublishes `unpublishSlug` and times until its page answers 404.
 */
export const measurePublish = async (
  stack: Stack,
  { slug, unpublishSlug, runs, timeoutMs, tag }: { slug: string; unpublishSlug: string; runs: number; timeoutMs: number; tag: string },
): Promise<PublishResult> => {
  const startupBuild = await waitForBuild(
    stack,
    'start-up build',
    (record) => record.reason === 'npm start' && new Date(record.startedAt) >= stack.spawnedAtDate,
    timeoutMs,
  )
  log(
    `    start-up build (npm start, warm cache, nothing changed): ${startupBuild.status}, ` +
      `${((startupBuild.durationMs ?? 0) / 1000).toFixed(1)} s, ${startupBuild.pages ?? '?'} pages`,
  )
  await waitUntilIdle(stack, timeoutMs)
  const [target, offline] = await publishedTrainings(stack, [slug, unpublishSlug])
  if (!target || target.slug !== slug || !offline || offline.slug !== unpublishSlug) {
    throw new Error(`Trainings ${slug} and ${unpublishSlug} must both be published`)
  }
  const path = `/fr/trainings/${encodeURIComponent(slug)}/`
  const samples: PublishSample[] = []
  for (let run = 1; run <= runs; run += 1) {
    const title = `Publication mesurée ${run} ${tag}`
    const sentAt = new Date()
    const since = performance.now()
    const patchMs = await patch(stack, 'trainings', target.id, { title, _status: 'published' })
    const liveMs = await pollUntil(
      `${stack.siteUrl}${path}`,
      since,
      timeoutMs,
      `publish ${run}/${runs}`,
      (page) => page.status === 200 && page.body.includes(title),
    )
    const record = await waitForBuild(
      stack,
      `publish ${run}/${runs}`,
      (candidate) => (candidate.reason ?? '').includes(title),
      timeoutMs,
    ).catch(() => undefined)
    const sample = await withBuild(stack, { run, title, liveMs, patchMs }, record, sentAt)
    samples.push(sample)
    log(
      `    publish ${run}/${runs}: live after ${(liveMs / 1000).toFixed(1)} s (queued ${((sample.queuedMs ?? Number.NaN) / 1000).toFixed(1)} s, ` +
        `build ${((sample.buildMs ?? Number.NaN) / 1000).toFixed(1)} s${sample.waitedForLock ? ', waited for another build’s lock' : ''})`,
    )
    await waitUntilIdle(stack, timeoutMs)
  }
  const offlinePath = `/fr/trainings/${encodeURIComponent(unpublishSlug)}/`
  const sentAt = new Date()
  const since = performance.now()
  const patchMs = await patch(stack, 'trainings', offline.id, { _status: 'draft' })
  const liveMs = await pollUntil(`${stack.siteUrl}${offlinePath}`, since, timeoutMs, 'unpublish', (page) => page.status === 404)
  const record = await waitForBuild(
    stack,
    'unpublish',
    (candidate) => /^unpublish: /.test(candidate.reason ?? '') && new Date(candidate.startedAt) >= sentAt,
    timeoutMs,
  ).catch(() => undefined)
  const unpublish = { ...(await withBuild(stack, { run: 1, title: offline.title, liveMs, patchMs }, record, sentAt)), path: offlinePath }
  log(`    unpublish: 404 after ${(liveMs / 1000).toFixed(1)} s`)
  return {
    document: { collection: 'trainings', id: target.id, slug, path },
    samples,
    medianLiveMs: median(samples.map((sample) => sample.liveMs)),
    unpublish,
    startupBuild,
    stackReadyMs: stack.readyMs,
    builds: await siteBuilds(stack, 50),
  }
}
