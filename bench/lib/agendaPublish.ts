import { setTimeout as sleep } from 'node:timers/promises'

import { agendaPath, eventPath } from '../../publication/urls'
import { log, status } from './progress'
import { median } from './stats'
import { type SiteBuildRecord, type Stack, siteBuilds, waitForBuild } from './sitePublish'
import { warmBuilderStartReason } from '../../publication/warmBuilder'

/**
 * What an editor does for the agenda, on the whole hub (sitePublish.ts's startStack): change a
 * coming event's title and publish it, and time until the agenda's first page shows it. The same
 * measure as sitePublish.ts's measurePublish, for an event and its agenda rather than a training's page.
 */
export interface AgendaPublishSample {
  run: number
  title: string
  /** PATCH sent → the agenda's first page (/fr/agenda/) serves the new title. */
  liveMs: number
  /** PATCH sent → the event's own page serves it (polled after the agenda, so never before it). */
  eventPageMs: number
  /** The PATCH request itself (save, hooks, rebuild queued). */
  patchMs: number
  /** PATCH sent → the build's site-builds record was created. */
  queuedMs?: number
  /** The build as it records itself. */
  buildMs?: number
  pages?: number
  buildStatus?: string
}

export interface AgendaPublishResult {
  event: { id: number | string; slug: string; agendaPath: string; eventPath: string }
  samples: AgendaPublishSample[]
  medianLiveMs: number
  startupBuild: SiteBuildRecord
  stackReadyMs: number
  builds: SiteBuildRecord[]
}

const authorised = (stack: Stack) => ({ Authorization: `JWT ${stack.token}` })

const fetchJson = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

const pageShows = async (url: string, text: string) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    return response.status === 200 && (await response.text()).includes(text)
  } catch {
    return false
  }
}

/** Polls `url` every 200 ms until it shows `text`; ms since `since`. */
const untilShown = async (url: string, text: string, since: number, timeoutMs: number, label: string) => {
  for (;;) {
    if (await pageShows(url, text)) return performance.now() - since
    const elapsed = performance.now() - since
    if (elapsed > timeoutMs) throw new Error(`${label}: ${url} did not show the new title after ${Math.round(timeoutMs / 1000)} s`)
    status(`    ${label}: ${(elapsed / 1000).toFixed(1)} s`)
    await sleep(200)
  }
}

/** No build running, and none finished in the last `quietMs` (a queued rebuild starts within debounce + poll). */
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

/** The published event that starts soonest from now: the first the agenda's first page lists. */
const soonestComingEvent = async (stack: Stack) => {
  const query = `where[_status][equals]=published&where[startsAt][greater_than]=${encodeURIComponent(new Date().toISOString())}&sort=startsAt&limit=1&depth=0&locale=fr`
  const { docs } = await fetchJson<{ docs: { id: number | string; slug: string }[] }>(`${stack.cmsUrl}/api/events?${query}`, {
    headers: authorised(stack),
  })
  const event = docs[0]
  if (!event) throw new Error('No coming published event in the demo content')
  return event
}

/**
 * On a running stack: waits for the warm site builder's first build, then `runs` times renames the soonest coming
 * event and publishes it, timing until the agenda (then the event's page) shows the new title.
 */
export const measureAgendaPublish = async (
  stack: Stack,
  { runs, timeoutMs, tag }: { runs: number; timeoutMs: number; tag: string },
): Promise<AgendaPublishResult> => {
  const startupBuild = await waitForBuild(
    stack,
    'start-up build',
    (record) => record.reason === warmBuilderStartReason && new Date(record.startedAt) >= stack.spawnedAtDate,
    timeoutMs,
  )
  log(
    `    start-up build: ${startupBuild.status}, ${((startupBuild.durationMs ?? 0) / 1000).toFixed(1)} s, ${startupBuild.pages ?? '?'} pages`,
  )
  await waitUntilIdle(stack, timeoutMs)
  const event = await soonestComingEvent(stack)
  const agendaUrl = `${stack.siteUrl}${agendaPath('fr')}`
  const eventUrl = `${stack.siteUrl}${eventPath('fr', event.slug)}`
  const samples: AgendaPublishSample[] = []
  for (let run = 1; run <= runs; run += 1) {
    const title = `Publication mesurée ${run} ${tag}`
    const sentAt = new Date()
    const since = performance.now()
    await fetchJson(`${stack.cmsUrl}/api/events/${event.id}?locale=fr&depth=0`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...authorised(stack) },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    const patchMs = performance.now() - since
    const liveMs = await untilShown(agendaUrl, title, since, timeoutMs, `publish ${run}/${runs}`)
    const eventPageMs = await untilShown(eventUrl, title, since, timeoutMs, `publish ${run}/${runs}, event page`)
    const record = await waitForBuild(
      stack,
      `publish ${run}/${runs}`,
      (candidate) => (candidate.reason ?? '').includes(title),
      timeoutMs,
    ).catch(() => undefined)
    samples.push({
      run,
      title,
      liveMs,
      eventPageMs,
      patchMs,
      queuedMs: record ? new Date(record.startedAt).getTime() - sentAt.getTime() : undefined,
      buildMs: record?.durationMs ?? undefined,
      pages: record?.pages ?? undefined,
      buildStatus: record?.status,
    })
    log(
      `    publish ${run}/${runs}: on the agenda after ${(liveMs / 1000).toFixed(1)} s (build ${((record?.durationMs ?? Number.NaN) / 1000).toFixed(1)} s)`,
    )
    await waitUntilIdle(stack, timeoutMs)
  }
  return {
    event: { id: event.id, slug: event.slug, agendaPath: agendaPath('fr'), eventPath: eventPath('fr', event.slug) },
    samples,
    medianLiveMs: median(samples.map((sample) => sample.liveMs)),
    startupBuild,
    stackReadyMs: stack.readyMs,
    builds: await siteBuilds(stack, 50),
  }
}
