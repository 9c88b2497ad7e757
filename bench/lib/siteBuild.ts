import fs from 'node:fs'
import path from 'node:path'

import { runToEnd } from './children'
import { log, status } from './progress'
import { type TreeMemory, watchProcessTree } from './siteProcessTree'

/**
 * One run of `tsx scripts/build-site.ts` (export via the Local API → `astro
 * build` in a child → media copy → swap of `current`), as the CMS job runs it,
 * with the memory of its process tree sampled every 100 ms and every output
 * line time-stamped on arrival, to split the wall time into its stages.
 */
export interface SiteBuildMeasure {
  label: string
  locales: string[]
  /** Spawn → exit of the build process. */
  wallMs: number
  /**
   * Time spent waiting for the checkout-wide build lock (site/builder/buildLock.ts)
   * held by someone else's build (tests running at the same time): 0 when none.
   */
  lockWaitMs: number
  /** wallMs − lockWaitMs: what the build itself took. */
  ownMs: number
  /** From the build's last line (`N pages, M fichiers, en X s.`). */
  pages: number
  mediaFiles: number
  /** buildSite()'s own duration (export + astro + media copy + page count), as it logs it. */
  reportedMs: number
  /** Export entries per collection, as the build logs them. */
  entries: Record<string, number>
  /** Stages, ms, from the time-stamped lines (see stagesOf). */
  stages: BuildStages
  /** Astro's own stages, ms (from its log lines). */
  astroStages: AstroStages
  /** Pages linked unchanged from the live build (an incremental build), as the build logs it; 0 for a full build. */
  reusedPages: number
  /** The .html files by kind (from their paths). */
  pageKinds: Record<string, number>
  memory: {
    /** Whole tree (tsx, build-site, astro, esbuild…), bytes. */
    peakRss: number
    /** ms after spawn. */
    peakAt: number
    /** The `astro build` child alone, bytes. */
    astroPeakRss: number
    /** The build-site process (Payload, the snapshot) alone, bytes. */
    snapshotPeakRss: number
  }
  /** Lines of Astro's per-page output ("(+3ms)"): one per page rendered. */
  renderedPageLines: number
  /** The output, each line with its arrival time (ms after spawn), per-page lines left out. */
  lines: { at: number; line: string }[]
  /** RSS samples, thinned to about one a second for the raw results. */
  rssSamples: { at: number; rss: number }[]
}

export interface BuildStages {
  /** Spawn → "Export du contenu publié": Node + tsx, then the snapshot process's own Node + tsx and getPayload() (a wait for the build lock excluded). */
  bootMs: number
  /** The Local API export of published content, every collection and language. */
  snapshotMs: number
  /** "Construction du site" (or "des pages modifiées") → the astro child exits. */
  astroMs: number
  /** Astro exits → "N pages, M fichiers" line: linking unchanged pages from the live build (incremental builds), copyMedia(). */
  mediaAndCountMs: number
  /** That line → exit: swap of `current`, pruning old builds, getPayload() and the site-builds record, exit. */
  finishMs: number
}

export interface AstroStages {
  /** End of the snapshot → "[content] Syncing content": what is left of Astro's start-up (config, Vite), which overlaps the snapshot. */
  startupMs?: number
  /** Content layer, from the end of the snapshot: loaders parse and store every entry. */
  contentSyncMs?: number
  /** Types generation and build info. */
  typesMs?: number
  /** Vite bundles the pages (server and client builds). */
  bundleMs?: number
  /** "generating static routes" → "✓ Completed": getStaticPaths and every page rendered to HTML. */
  renderMs?: number
  /** Pages done → "[build] Complete!": sitemap and the rest. (Pictures are made at upload: Astro optimises none.) */
  finishMs?: number
}

// Astro colours its output; the build strips colours before logging, the tsx loader's warnings may not.
// eslint-disable-next-line no-control-regex
const ansi = /\x1b\[[0-9;]*m/g
const pageLine = /^\s*(\(\+\d+ms\)|\S*\s+(▶|├─|└─))/
const summaryLine = /^(\d+) pages, (\d+) fichiers, en ([\d.]+) s\.$/
const entriesLine = /^\s{2}(\w+) : (\d+)$/
const reusedLine = /^\d+ pages construites, (\d+) reprises/

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`

/** The .html files of a finished build: checks the count the build reports, and sorts pages by kind. */
const countHtml = async (dir: string): Promise<{ pages: number; files: string[] }> => {
  const files = (await fs.promises.readdir(dir, { recursive: true, encoding: 'utf8' })).filter((entry) => entry.endsWith('.html'))
  return { pages: files.length, files }
}

/** What the pages are, from their paths: `<lang>/<type>/<slug>/index.html`, listings under `<type>/filter/…`. */
const pageKindsOf = (files: string[]): Record<string, number> => {
  const kinds: Record<string, number> = {}
  for (const file of files) {
    const parts = file.split(path.sep).slice(0, -1)
    let kind = 'other (home, FAQ, programme, themes, 404…)'
    if (parts[2] === 'filter') kind = 'listing pages with filters or page > 1'
    else if (parts.length === 2 && !['faq', 'programme', 'themes', '404'].includes(parts[1] ?? '')) kind = 'listing first pages'
    else if (parts[1] === 'trainings' && parts.length === 4) kind = 'lessons'
    else if (parts.length === 3 && parts[1] !== 'themes') kind = `${parts[1]} pages`
    kinds[kind] = (kinds[kind] ?? 0) + 1
  }
  return kinds
}

/** Index of the first line matching `pattern` from index `from` (lines arriving in one chunk share a time: order decides). */
const find = (lines: SiteBuildMeasure['lines'], pattern: RegExp, from = 0): number | undefined => {
  for (let index = Math.max(0, from); index < lines.length; index += 1) if (pattern.test(lines[index]?.line ?? '')) return index
  return undefined
}
const timeOf = (lines: SiteBuildMeasure['lines'], index: number | undefined) => (index === undefined ? undefined : lines[index]?.at)
const at = (lines: SiteBuildMeasure['lines'], pattern: RegExp, from = 0) => timeOf(lines, find(lines, pattern, from))

const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? to - from : undefined)

const astroStagesOf = (lines: SiteBuildMeasure['lines'], astroIndex: number, astroStart: number, astroEnd: number): AstroStages => {
  // Astro starts while the snapshot runs (site/builder/buildSite.ts): it may announce the sync before the snapshot ends.
  const syncStart = find(lines, /\[content\] Syncing content/)
  const syncEnd = find(lines, /\[content\] Synced content/)
  const bundleStart = find(lines, /\[build\] Building static entrypoints/, astroIndex)
  const renderStart = find(lines, /^\s*generating static routes/, astroIndex)
  const renderEnd = renderStart === undefined ? undefined : find(lines, /✓ Completed in/, renderStart + 1)
  const complete = timeOf(lines, find(lines, /\[build\] Complete!/, astroIndex)) ?? astroEnd
  const t = (index: number | undefined) => timeOf(lines, index)
  return {
    startupMs: Math.max(0, span(astroStart, t(syncStart)) ?? 0),
    contentSyncMs: span(Math.max(astroStart, t(syncStart) ?? astroStart), t(syncEnd)),
    typesMs: span(t(syncEnd), t(bundleStart)),
    bundleMs: span(t(bundleStart), t(renderStart)),
    renderMs: span(t(renderStart), t(renderEnd)),
    finishMs: span(t(renderEnd), complete),
  }
}

/** The last completed build under `<siteDir>/current`. */
export const liveDir = (siteDir: string): string => fs.realpathSync(path.join(siteDir, 'current'))

/**
 * Runs one live build (`scripts/build-site.ts`) with `env` (DATABASE_URL,
 * HUB_SITE_DIR, SITE_LOCALES…) and measures it. Progress on the status line.
 */
export const measureSiteBuild = async (
  label: string,
  env: NodeJS.ProcessEnv,
  siteDir: string,
  timeoutMs: number,
  { full = false }: { full?: boolean } = {},
): Promise<SiteBuildMeasure> => {
  const lines: SiteBuildMeasure['lines'] = []
  let renderedPageLines = 0
  let stage = 'starting'
  let watcher: ReturnType<typeof watchProcessTree> | undefined
  const started = performance.now()
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
  const show = () =>
    status(
      `    ${label}: ${elapsed()}, ${stage}${renderedPageLines ? `, ${renderedPageLines.toLocaleString('en-US')} pages rendered` : ''}, RSS ${mib(watcher?.current() ?? 0)}`,
    )
  const ticker = setInterval(show, 1000)
  const onLine = (raw: string) => {
    const line = raw.replace(ansi, '').trimEnd()
    if (pageLine.test(line)) {
      renderedPageLines += 1
      return
    }
    lines.push({ at: Math.round(performance.now() - started), line })
    if (/^Une autre construction est en cours/.test(line)) stage = 'waiting for another build (lock)'
    else if (/^Export du contenu/.test(line)) stage = 'snapshot'
    else if (entriesLine.test(line)) stage = `snapshot (${line.trim()})`
    else if (/^Construction (du site|des pages)/.test(line)) stage = 'astro build'
    else if (/\[content\] Syncing/.test(line)) stage = 'astro: content sync'
    else if (/Building static entrypoints/.test(line)) stage = 'astro: bundling'
    else if (/generating static routes/.test(line)) stage = 'astro: rendering'
    else if (/\[build\] Complete!/.test(line)) stage = 'media copy'
  }
  let finished: Awaited<ReturnType<typeof runToEnd>>
  let memory: TreeMemory
  try {
    finished = await runToEnd('tsx', ['scripts/build-site.ts', '--reason', `bench: ${label}`, ...(full ? ['--full'] : [])], env, {
      timeoutMs,
      onLine,
      onStart: (child) => {
        if (child.pid !== undefined) watcher = watchProcessTree(child.pid)
      },
    })
  } finally {
    clearInterval(ticker)
    memory = watcher?.stop() ?? { intervalMs: 100, peakRss: 0, peakAt: 0, samples: [], processes: [] }
  }
  const summary = lines.map(({ line }) => summaryLine.exec(line)).find(Boolean)
  if (!summary)
    throw new Error(
      `${label}: no "N pages" line in the build output:\n${lines
        .slice(-15)
        .map((entry) => entry.line)
        .join('\n')}`,
    )
  const astro = memory.processes.filter((process) => /astro\.mjs/.test(process.command))
  const snapshotProcesses = memory.processes.filter(
    (process) => /write-snapshot\.ts/.test(process.command) && !/^sh /.test(process.command),
  )
  const snapshotStart = at(lines, /^Export du contenu/) ?? 0
  const lockWaitStart = at(lines, /^Une autre construction est en cours/)
  const lockWaitMs = lockWaitStart === undefined ? 0 : snapshotStart - lockWaitStart
  const astroIndex = find(lines, /^Construction (du site|des pages)/) ?? 0
  const astroStart = timeOf(lines, astroIndex) ?? snapshotStart
  const completeLine = at(lines, /\[build\] Complete!/, astroIndex)
  // The astro child was last seen alive at lastSeen: it exited within one interval after.
  const astroEnd = astro.length
    ? Math.max(...astro.map((process) => process.lastSeen)) + memory.intervalMs / 2
    : (completeLine ?? astroStart)
  const summaryAt = at(lines, summaryLine) ?? astroEnd
  const entries = Object.fromEntries(
    lines.slice(0, astroIndex).flatMap(({ line }) => {
      const match = entriesLine.exec(line)
      return match ? [[match[1] as string, Number(match[2])]] : []
    }),
  )
  const count = await countHtml(liveDir(siteDir))
  const thinned = memory.samples.filter((_, index) => index % 10 === 0)
  const result: SiteBuildMeasure = {
    label,
    locales: (env.SITE_LOCALES ?? 'all').split(','),
    wallMs: finished.ms,
    lockWaitMs,
    ownMs: finished.ms - lockWaitMs,
    pages: Number(summary[1]),
    mediaFiles: Number(summary[2]),
    reusedPages: Number(lines.map(({ line }) => reusedLine.exec(line)?.[1]).find(Boolean) ?? 0),
    reportedMs: Number(summary[3]) * 1000,
    entries,
    stages: {
      bootMs: snapshotStart - lockWaitMs,
      snapshotMs: astroStart - snapshotStart,
      astroMs: astroEnd - astroStart,
      mediaAndCountMs: Math.max(0, summaryAt - astroEnd),
      finishMs: finished.ms - summaryAt,
    },
    astroStages: astroStagesOf(lines, astroIndex, astroStart, astroEnd),
    pageKinds: pageKindsOf(count.files),
    memory: {
      peakRss: memory.peakRss,
      peakAt: memory.peakAt,
      astroPeakRss: Math.max(0, ...astro.map((process) => process.peakRss)),
      snapshotPeakRss: Math.max(0, ...snapshotProcesses.map((process) => process.peakRss)),
    },
    renderedPageLines,
    lines,
    rssSamples: thinned.map(({ at: time, rss }) => ({ at: time, rss })),
  }
  if (count.pages !== result.pages) log(`    (the build said ${result.pages} pages, the folder holds ${count.pages} .html files)`)
  if (lockWaitMs > 0) log(`    (waited ${(lockWaitMs / 1000).toFixed(1)} s for another build's lock: left out of the times below)`)
  log(
    `    ${label}: ${(result.ownMs / 1000).toFixed(1)} s, ${result.pages.toLocaleString('en-US')} pages, ` +
      `${(result.ownMs / result.pages).toFixed(2)} ms/page, peak RSS ${mib(result.memory.peakRss)} (astro ${mib(result.memory.astroPeakRss)})`,
  )
  return result
}
