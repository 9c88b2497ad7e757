import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { hourlyRebuildReason } from '../../cms/jobs/rebuildSite'
import { demoPassword } from '../../content/seed/users'
import { readEnv } from '../../env'
import { start, stop } from './children'
import { onCleanup } from './cleanup'
import { loadAverage } from './machine'
import { log, status } from './progress'
import { median } from './stats'
import { warmBuilderReadyLine, warmBuilderStartReason } from '../../publication/warmBuilder'

/**
 * The whole hub as `npm start` runs it (scripts/start.ts: the CMS with its job
 * runner, the warm site builder, the static site server), on ports of its own, and what an editor
 * does in the admin, over REST: publish a change, see how long until the
 * public page shows it.
 */
export const editorEmail = 'editrice@example.org'

/** The public page is fetched again this long after each answer that does not show the change yet. */
export const pollMs = 100

/** What scripts/start.ts prints when the warm builder stopped (it starts it again 5 s later). */
const builderStoppedLine = 'Le constructeur du site s’est arrêté'

/** Issue 20's burst: this many publications spread evenly over burstWindowMs… */
export const burstPublications = 30
export const burstWindowMs = 10_000
/** …and the builds counted until this long after the last text is served (a late one). */
export const burstAfterMs = 10_000

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
  /** The stack's process (scripts/start.ts through tsx), leader of the process group everything it starts shares. */
  pid: number
  /** Where its warm site builder listens (env.ts's warmBuilderSocket for the stack's environment). */
  builderSocket: string
  /** performance.now() at spawn, and wall clock. */
  spawnedAt: number
  spawnedAtDate: Date
  readyMs: number
  token: string
  /** The last lines the stack printed. */
  output: () => string[]
  /** performance.now() when the warm builder said it was ready, the last time it did. */
  builderReadyAt: () => number | undefined
  /** How many times the warm builder stopped (scripts/start.ts restarts it). */
  builderStops: () => number
  stop: () => Promise<void>
}

/**
 * Who built: the warm builder rendering the changed pages with its kept renderer; the warm builder
 * running a whole `astro build` (its first build, or after the site's code changed); or, when no
 * builder listened, scripts/build-site.ts in a child process.
 */
export type BuiltBy = 'warm' | 'warm builder, astro build' | 'child process'

/** One step of a build as its log's last line splits it (`(export 0.6 s, kits 0.0 s, …)`). */
export interface BuildStep {
  name: string
  ms: number
}

export interface PublishSample {
  run: number
  title: string
  /** The save's response (the PATCH answered) → the public page serves the new title (or the 404, for an unpublish). */
  liveMs: number
  /** The PATCH request itself: sent → answered (save, hooks, job queued). */
  patchMs: number
  /** 1-minute load average when the PATCH was sent. */
  load?: number
  /** The save's response → the build's site-builds record created (the job's 1 s debounce, the job runner's 1 s poll). */
  queuedMs?: number
  /** Record created → the page served (the build, the swap, up to one poll interval). */
  servedAfterRecordMs?: number
  /** The build as it records itself (export → calendars, kits, media). */
  buildMs?: number
  /** The build's own split, from its log's last line (the warm builder's; none from a child process). */
  buildSteps?: BuildStep[]
  builtBy?: BuiltBy
  pages?: number
  buildStatus?: string
  buildReason?: string
  /** The build waited for the checkout-wide build lock held by another build (tests running at the same time). */
  waitedForLock?: boolean
  /** Record created → finished, minus the build's own duration: the request to the builder, the lock wait (if any), the swap, the record update. */
  outsideBuildMs?: number
}

/** The warm builder's memory, from /proc/<pid>/status, read while no build runs. */
export interface BuilderMemory {
  when: string
  pid: number
  /** VmRSS: resident now. */
  rssBytes: number
  /** VmHWM: the highest resident size since the process started (its first build included). */
  peakRssBytes: number
}

export interface BurstBuild extends SiteBuildRecord {
  builtBy?: BuiltBy
  /** The record was created after the last PATCH was answered: its export read all the texts. */
  startedAfterLastSave: boolean
}

export interface BurstResult {
  publications: number
  path: string
  texts: string[]
  /** Each PATCH: sent → answered. */
  patchMs: number[]
  /** First PATCH sent → last PATCH answered. */
  sendSpanMs: number
  /** The last save's response → the last text served. */
  lastServedMs: number
  /** The page that first served the last text served every text. */
  allServedWithLast: boolean
  /** The texts the page did not serve burstAfterMs later, once the site was idle. */
  missingAtEnd: string[]
  /** Publications' builds whose record was created from the first PATCH to burstAfterMs after the last text was served. */
  builds: BurstBuild[]
  /** Hourly rebuilds in that window, not counted. */
  hourlyBuilds: number
  /** FAQs created before the burst so that there are burstPublications to change (the demo content has fewer). */
  createdFaqs: number
}

export interface PublishResult {
  document: { collection: 'trainings'; id: number | string; slug: string; path: string }
  samples: PublishSample[]
  medianLiveMs: number
  unpublish?: PublishSample & { path: string }
  /** The warm builder's first build (what changed while it was stopped; the previous build is served meanwhile). */
  startupBuild?: SiteBuildRecord
  stackReadyMs: number
  /** Spawn → the warm builder's ready line (or its socket answering). */
  builderReadyMs?: number
  /** The warm builder's memory between builds: after the publications and the unpublication, and after the burst. */
  builderMemory?: BuilderMemory[]
  /** How many times the warm builder stopped during the part (scripts/start.ts restarts it). */
  builderStops?: number
  burst?: BurstResult
  burstError?: string
  /** Every site-builds record of the stack's life, newest first. */
  builds: SiteBuildRecord[]
}

const fetchJson = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

interface Page {
  status: number
  body: string
}

const statusOf = async (url: string): Promise<Page> => {
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
  let builderReadyAt: number | undefined
  let builderStops = 0
  const child: ChildProcess = start('tsx', ['scripts/start.ts'], env, (line) => {
    if (line.includes(warmBuilderReadyLine)) builderReadyAt = performance.now()
    if (line.includes(builderStoppedLine)) {
      builderStops += 1
      builderReadyAt = undefined
    }
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
  return {
    cmsUrl,
    siteUrl,
    pid: child.pid ?? 0,
    builderSocket: readEnv(env).warmBuilderSocket,
    spawnedAt,
    spawnedAtDate,
    readyMs,
    token: await login(cmsUrl),
    output: () => [...output],
    builderReadyAt: () => builderReadyAt,
    builderStops: () => builderStops,
    stop: stopStack,
  }
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

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

interface BuilderProcess {
  pid: number
  rssBytes: number
  peakRssBytes: number
  /** utime + stime, in clock ticks. */
  cpuTicks: number
}

const statusKiB = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024

/**
 * The warm builder of this stack: among the processes of the stack's group (children.ts's start()
 * gives it one of its own), those whose command line names scripts/site-builder.ts are tsx's wrapper
 * and the node process that builds; the builder is the larger.
 */
const warmBuilderProcess = (stack: Stack): BuilderProcess | undefined => {
  let found: BuilderProcess | undefined
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readText(`/proc/${name}/stat`)
    // Fields after the command's closing parenthesis: state, ppid, pgrp, … utime (14th), stime (15th).
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (!fields || Number(fields[2]) !== stack.pid) continue
    if (!(readText(`/proc/${name}/cmdline`) ?? '').includes('scripts/site-builder.ts')) continue
    const text = readText(`/proc/${name}/status`) ?? ''
    const rssBytes = statusKiB(text, 'VmRSS')
    if (found && found.rssBytes >= rssBytes) continue
    found = {
      pid: Number(name),
      rssBytes,
      peakRssBytes: statusKiB(text, 'VmHWM'),
      cpuTicks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0),
    }
  }
  return found
}

/** The builder used less than this many clock ticks (1/100 s each on Linux) of CPU in the last second: it is between builds. */
const idleTicksPerSecond = 10

/**
 * No build running, none started in the last `quietMs` (a queued rebuild starts within debounce + poll),
 * and the warm builder idle (its CPU time still: the removal of old builds, after the record, is done).
 */
const waitUntilIdle = async (stack: Stack, timeoutMs: number, quietMs = 8000) => {
  const started = performance.now()
  let previous = warmBuilderProcess(stack)
  for (;;) {
    await sleep(1000)
    const builds = await siteBuilds(stack, 5)
    const running = builds.some((record) => record.status === 'running')
    const lastEnd = Math.max(0, ...builds.map((record) => new Date(record.finishedAt ?? record.startedAt).getTime()))
    const builder = warmBuilderProcess(stack)
    const builderBusy = builder !== undefined && previous?.pid === builder.pid && builder.cpuTicks - previous.cpuTicks >= idleTicksPerSecond
    previous = builder
    if (!running && !builderBusy && Date.now() - lastEnd >= quietMs) return
    if (performance.now() - started > timeoutMs) throw new Error(`The site kept building for ${Math.round(timeoutMs / 1000)} s`)
    status(`    waiting for the site to be idle (${running ? 'a build is running' : builderBusy ? 'the builder is busy' : 'quiet period'})`)
  }
}

const socketAnswers = (socketPath: string) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(socketPath)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Until the warm builder listens (its ready line, or its socket answering): ms since the stack was spawned. */
const waitForWarmBuilder = async (stack: Stack, timeoutMs: number): Promise<number> => {
  const started = performance.now()
  for (;;) {
    const readyAt = stack.builderReadyAt()
    if (readyAt !== undefined) return readyAt - stack.spawnedAt
    if (await socketAnswers(stack.builderSocket)) return performance.now() - stack.spawnedAt
    const elapsed = performance.now() - started
    if (elapsed > timeoutMs) {
      throw new Error(
        `The warm site builder was not ready after ${Math.round(timeoutMs / 1000)} s:\n${stack.output().slice(-25).join('\n')}`,
      )
    }
    status(`    waiting for the warm site builder (its first build): ${(elapsed / 1000).toFixed(0)} s`)
    await sleep(500)
  }
}

const readBuilderMemory = (stack: Stack, when: string): BuilderMemory | undefined => {
  const builder = warmBuilderProcess(stack)
  if (!builder) return undefined
  log(`    warm builder (pid ${builder.pid}) ${when}: VmRSS ${mibText(builder.rssBytes)}, VmHWM ${mibText(builder.peakRssBytes)}`)
  return { when, pid: builder.pid, rssBytes: builder.rssBytes, peakRssBytes: builder.peakRssBytes }
}

const mibText = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`

/** Sends the PATCH; resolves when it is answered, with how long that took. */
const patch = async (stack: Stack, collection: string, id: number | string, data: object): Promise<number> => {
  const started = performance.now()
  await fetchJson(`${stack.cmsUrl}/api/${collection}/${id}?locale=fr&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${stack.token}` },
    body: JSON.stringify(data),
  })
  return performance.now() - started
}

/** Fetches `url` every pollMs (after each answer) from `since` until `done` says so: ms since `since`, and the page that did. */
const pollUntil = async (url: string, since: number, timeoutMs: number, label: string, done: (page: Page) => boolean) => {
  for (;;) {
    const page = await statusOf(url)
    const elapsed = performance.now() - since
    if (done(page)) return { elapsed, page }
    if (elapsed > timeoutMs) throw new Error(`${label}: not live after ${Math.round(timeoutMs / 1000)} s (last status ${page.status})`)
    status(`    ${label}: ${(elapsed / 1000).toFixed(1)} s`)
    await sleep(pollMs)
  }
}

const recordLog = async (stack: Stack, id: number | string): Promise<string> => {
  const record = await fetchJson<{ log?: string | null }>(`${stack.cmsUrl}/api/site-builds/${id}?depth=0&select[log]=true`, {
    headers: { Authorization: `JWT ${stack.token}` },
  }).catch(() => ({ log: '' }))
  return record.log ?? ''
}

/** Which build made a record, from its log (site/builder/warm/warmBuild.ts's lines). */
export const builtByOf = (buildLog: string): BuiltBy =>
  buildLog.includes('rendues par le constructeur chaud')
    ? 'warm'
    : buildLog.includes('le constructeur garde ses modules')
      ? 'warm builder, astro build'
      : 'child process'

/**
 * The split in the build's last line, `4692 pages, 693 fichiers, en 3.0 s (export 0.6 s, kits 0.0 s, …,
 * calendars, kits, media 0.4 s).`: a step's name may itself hold commas.
 */
export const buildStepsOf = (buildLog: string): BuildStep[] | undefined => {
  const split = /^\d+ pages, \d+ fichiers, en [\d.]+ s \((.+)\)\.$/m.exec(buildLog)?.[1]
  if (!split) return undefined
  return [...split.matchAll(/(?:^|, )(.+?) (\d+(?:\.\d+)?) s(?=, |$)/g)].map((match) => ({
    name: match[1] ?? '',
    ms: Number(match[2]) * 1000,
  }))
}

const withBuild = async (
  stack: Stack,
  sample: PublishSample,
  record: SiteBuildRecord | undefined,
  savedAt: Date,
  servedAt: Date,
): Promise<PublishSample> => {
  if (!record) return sample
  const createdAt = new Date(record.startedAt).getTime()
  const span = record.finishedAt ? new Date(record.finishedAt).getTime() - createdAt : undefined
  const buildLog = await recordLog(stack, record.id)
  return {
    ...sample,
    queuedMs: createdAt - savedAt.getTime(),
    servedAfterRecordMs: servedAt.getTime() - createdAt,
    buildMs: record.durationMs ?? undefined,
    buildSteps: buildStepsOf(buildLog),
    builtBy: builtByOf(buildLog),
    pages: record.pages ?? undefined,
    buildStatus: record.status,
    buildReason: record.reason ?? undefined,
    waitedForLock: /^Une autre construction est en cours/m.test(buildLog),
    outsideBuildMs: span !== undefined && record.durationMs ? span - record.durationMs : undefined,
  }
}

const sampleLine = (label: string, sample: PublishSample, what: string) =>
  `    ${label}: ${what} ${(sample.liveMs / 1000).toFixed(1)} s after the save's response ` +
  `(record after ${((sample.queuedMs ?? Number.NaN) / 1000).toFixed(1)} s, ` +
  `build ${((sample.buildMs ?? Number.NaN) / 1000).toFixed(1)} s, ${sample.builtBy ?? 'no record'}` +
  `${sample.waitedForLock ? ', waited for another build’s lock' : ''})`

/**
 * PATCHes `id` with `data`, then polls `url` until `done`: the sample, timed from the PATCH's
 * response, with the build whose record `matches` (created after the PATCH was sent).
 */
const publishOnce = async (
  stack: Stack,
  {
    run,
    title,
    id,
    data,
    url,
    label,
    done,
    matches,
    timeoutMs,
  }: {
    run: number
    title: string
    id: number | string
    data: object
    url: string
    label: string
    done: (page: Page) => boolean
    matches: (record: SiteBuildRecord) => boolean
    timeoutMs: number
  },
): Promise<PublishSample> => {
  const sentAt = new Date()
  const load = loadAverage()
  const patchMs = await patch(stack, 'trainings', id, data)
  const savedAt = new Date()
  const { elapsed: liveMs } = await pollUntil(url, performance.now(), timeoutMs, label, done)
  const servedAt = new Date()
  const record = await waitForBuild(
    stack,
    label,
    (candidate) => matches(candidate) && new Date(candidate.startedAt) >= sentAt,
    timeoutMs,
  ).catch(() => undefined)
  return withBuild(stack, { run, title, liveMs, patchMs, load }, record, savedAt, servedAt)
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

interface Faq {
  id: number | string
  question: string
  answer: unknown
  category: string
  order: number
}

/**
 * burstPublications published FAQs, creating what is missing (the demo content has fewer) as copies
 * of the first with a question of their own; their creation's build is waited for by the caller.
 */
const burstFaqs = async (stack: Stack): Promise<{ faqs: Faq[]; created: number }> => {
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${stack.token}` }
  const url = `${stack.cmsUrl}/api/faqs?where[_status][equals]=published&sort=id&limit=${burstPublications}&depth=0&locale=fr`
  const { docs } = await fetchJson<{ docs: Faq[] }>(url, { headers })
  const model = docs[0]
  if (!model) throw new Error('No published FAQ to copy')
  const missing = burstPublications - docs.length
  for (let index = 1; index <= missing; index += 1) {
    await fetchJson(`${stack.cmsUrl}/api/faqs?locale=fr&depth=0`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        question: `Question ajoutée pour la mesure ${index}`,
        answer: model.answer,
        category: model.category,
        order: 1000 + index,
        _status: 'published',
      }),
    })
  }
  if (missing <= 0) return { faqs: docs, created: 0 }
  const again = await fetchJson<{ docs: Faq[] }>(url, { headers })
  return { faqs: again.docs, created: missing }
}

/**
 * Issue 20's burst: burstPublications FAQs each get a new question, published, their PATCHes sent
 * evenly over burstWindowMs (one after another: a PATCH answered late delays the next); then the FAQ
 * page is polled until the last question is served, and burstAfterMs later the builds are counted.
 */
const measureBurst = async (stack: Stack, { tag, timeoutMs }: { tag: string; timeoutMs: number }): Promise<BurstResult> => {
  const { faqs, created } = await burstFaqs(stack)
  if (created > 0) {
    log(`    burst: created ${created} FAQs (the demo content has ${burstPublications - created}), waiting for their build`)
    await waitUntilIdle(stack, timeoutMs)
  }
  const path = '/fr/faq/'
  const url = `${stack.siteUrl}${path}`
  // Zero-padded: no text is a part of another.
  const texts = faqs.map((_, index) => `Rafale ${String(index + 1).padStart(2, '0')} ${tag}`)
  const firstSentAt = new Date()
  const burstStart = performance.now()
  const patchMs: number[] = []
  for (const [index, faq] of faqs.entries()) {
    const due = burstStart + (index * burstWindowMs) / faqs.length
    if (due > performance.now()) await sleep(due - performance.now())
    status(`    burst: publication ${index + 1}/${faqs.length}`)
    const started = performance.now()
    await fetchJson(`${stack.cmsUrl}/api/faqs/${faq.id}?locale=fr&depth=0`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${stack.token}` },
      body: JSON.stringify({ question: texts[index], _status: 'published' }),
    })
    patchMs.push(performance.now() - started)
  }
  const lastSaved = performance.now()
  const lastSavedAt = new Date()
  const lastText = texts.at(-1) ?? ''
  const served = await pollUntil(
    url,
    lastSaved,
    timeoutMs,
    'burst, last text',
    (page) => page.status === 200 && page.body.includes(lastText),
  )
  const servedAt = Date.now()
  log(
    `    burst: last text served ${(served.elapsed / 1000).toFixed(1)} s after its save's response; counting builds for ${burstAfterMs / 1000} s more`,
  )
  await sleep(burstAfterMs)
  await waitUntilIdle(stack, timeoutMs)
  const windowEnd = servedAt + burstAfterMs
  const inWindow = (await siteBuilds(stack, 50)).filter((record) => {
    const created = new Date(record.startedAt).getTime()
    return created >= firstSentAt.getTime() && created <= windowEnd
  })
  const publications = inWindow.filter((record) => record.reason !== hourlyRebuildReason)
  const builds = await Promise.all(
    publications.reverse().map(async (record) => ({
      ...record,
      builtBy: builtByOf(await recordLog(stack, record.id)),
      startedAfterLastSave: new Date(record.startedAt) >= lastSavedAt,
    })),
  )
  const final = await statusOf(url)
  const result: BurstResult = {
    publications: faqs.length,
    path,
    texts,
    patchMs,
    sendSpanMs: lastSaved - burstStart,
    lastServedMs: served.elapsed,
    allServedWithLast: texts.every((text) => served.page.body.includes(text)),
    missingAtEnd: texts.filter((text) => !final.body.includes(text)),
    builds,
    hourlyBuilds: inWindow.length - publications.length,
    createdFaqs: created,
  }
  log(
    `    burst: ${builds.length} builds (${builds.map((build) => `${build.status}, ${build.builtBy}`).join('; ')}); ` +
      `${result.missingAtEnd.length === 0 ? 'every text served' : `${result.missingAtEnd.length} texts missing`}`,
  )
  return result
}

/**
 * On a running stack: waits for the warm builder (its first build done), then `runs` times changes the
 * title of `slug` and publishes it, timing from the save's response until the public page shows it;
 * unpublishes `unpublishSlug` and times until its page answers 404; reads the warm builder's memory;
 * then the burst (measureBurst), and its memory again.
 */
export const measurePublish = async (
  stack: Stack,
  { slug, unpublishSlug, runs, timeoutMs, tag }: { slug: string; unpublishSlug: string; runs: number; timeoutMs: number; tag: string },
): Promise<PublishResult> => {
  const builderReadyMs = await waitForWarmBuilder(stack, timeoutMs)
  const startupBuild = (await siteBuilds(stack, 50)).find(
    (record) => record.reason === warmBuilderStartReason && new Date(record.startedAt) >= stack.spawnedAtDate,
  )
  log(
    `    warm builder ready ${(builderReadyMs / 1000).toFixed(1)} s after spawn; its first build: ` +
      (startupBuild
        ? `${startupBuild.status}, ${((startupBuild.durationMs ?? 0) / 1000).toFixed(1)} s, ${startupBuild.pages ?? '?'} pages`
        : 'not found'),
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
    const label = `publish ${run}/${runs}`
    const sample = await publishOnce(stack, {
      run,
      title,
      id: target.id,
      data: { title, _status: 'published' },
      url: `${stack.siteUrl}${path}`,
      label,
      done: (page) => page.status === 200 && page.body.includes(title),
      matches: (candidate) => (candidate.reason ?? '').includes(title),
      timeoutMs,
    })
    samples.push(sample)
    log(sampleLine(label, sample, 'live'))
    await waitUntilIdle(stack, timeoutMs)
  }
  const offlinePath = `/fr/trainings/${encodeURIComponent(unpublishSlug)}/`
  const unpublished = await publishOnce(stack, {
    run: 1,
    title: offline.title,
    id: offline.id,
    data: { _status: 'draft' },
    url: `${stack.siteUrl}${offlinePath}`,
    label: 'unpublish',
    done: (page) => page.status === 404,
    matches: (candidate) => /^unpublish: /.test(candidate.reason ?? ''),
    timeoutMs,
  })
  log(sampleLine('unpublish', unpublished, '404'))
  await waitUntilIdle(stack, timeoutMs)
  const afterRuns = readBuilderMemory(stack, 'after the publications and the unpublication')
  let burst: BurstResult | undefined
  let burstError: string | undefined
  try {
    burst = await measureBurst(stack, { tag, timeoutMs })
  } catch (error) {
    // The runs above stand on their own: a failed burst is reported beside them.
    burstError = error instanceof Error ? error.message : String(error)
    log(`    burst failed: ${burstError}`)
  }
  const afterBurst = burst ? readBuilderMemory(stack, 'after the burst') : undefined
  return {
    document: { collection: 'trainings', id: target.id, slug, path },
    samples,
    medianLiveMs: median(samples.map((sample) => sample.liveMs)),
    unpublish: { ...unpublished, path: offlinePath },
    startupBuild,
    stackReadyMs: stack.readyMs,
    builderReadyMs,
    builderMemory: [afterRuns, afterBurst].filter((memory) => memory !== undefined),
    builderStops: stack.builderStops(),
    burst,
    burstError,
    builds: await siteBuilds(stack, 50),
  }
}
