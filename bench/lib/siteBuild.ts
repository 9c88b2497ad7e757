import fs from 'node:fs'
import path from 'node:path'

import { root, runToEnd } from './children'
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
  /** Counting the .html files of the finished build again, ms: the part of "media copy + page count" that is the count. */
  countPagesMs: number
  memory: {
    /** Whole tree (tsx, build-site, astro, esbuild…), bytes. */
    peakRss: number
    /** ms after spawn. */
    peakAt: number
    /** The `astro build` child alone, bytes. */
    astroPeakRss: number
    /** The build-site process (Payload, the export) alone, bytes. */
    exportPeakRss: number
  }
  /** Lines of Astro's per-page output ("(+3ms)"): one per page rendered. */
  renderedPageLines: number
  /** The output, each line with its arrival time (ms after spawn), per-page lines left out. */
  lines: { at: number; line: string }[]
  /** RSS samples, thinned to about one a second for the raw results. */
  rssSamples: { at: number; rss: number }[]
}

export interface BuildStages {
  /** Spawn → "Export du contenu publié": Node + tsx, getPayload(), lock, site-builds record. */
  bootMs: number
  /** The Local API export of published content, every collection and language. */
  exportMs: number
  /** "Construction du site" → the astro child exits. */
  astroMs: number
  /** Astro exits → "N pages, M fichiers" line: copyMedia() + countPages(). */
  mediaAndCountMs: number
  /** That line → exit: swap of `current`, pruning, site-builds record, exit. */
  finishMs: number
}

export interface AstroStages {
  /** astro.mjs start → "[content] Syncing content": config, Vite dependency optimisation. */
  startupMs?: number
  /** Content layer: loaders parse and store every entry. */
  contentSyncMs?: number
  /** Types generation and build info. */
  typesMs?: number
  /** Vite bundles the pages (server and client builds). */
  bundleMs?: number
  /** "generating static routes" → "✓ Completed": getStaticPaths and every page rendered to HTML. */
  renderMs?: number
  /** "generating optimized images" → "✓ Completed": AVIF/WebP variants (cached between builds). */
  imagesMs?: number
  /** Images done → "[build] Complete!": sitemap and the rest. */
  finishMs?: number
}

// Astro colours its output; the build strips colours before logging, the tsx loader's warnings may not.
// eslint-disable-next-line no-control-regex
const ansi = /\x1b\[[0-9;]*m/g
const pageLine = /^\s*(\(\+\d+ms\)|\S*\s+(▶|├─|└─))/
const summaryLine = /^(\d+) pages, (\d+) fichiers, en ([\d.]+) s\.$/
const entriesLine = /^\s{2}(\w+) : (\d+)$/

/**
 * The shared `.astro/` folder at the project root holds content-assets.mjs, which
 * Astro rewrites only when an entry with images changed: a build with an unchanged
 * cache then imports whatever image list the last build of *another* site folder
 * (tests, the developer's site) left there, and fails (ImageNotFound) or bundles
 * the wrong images. A cold build rewrites it anyway; removing it before each of our
 * builds makes a warm build do the same. See the report ("Bottlenecks and bugs").
 */
export const clearSharedAstroImports = (): void => {
  for (const file of ['content-assets.mjs', 'content-modules.mjs']) fs.rmSync(path.join(root, '.astro', file), { force: true })
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`

const countHtml = (dir: string): { pages: number; ms: number } => {
  const started = performance.now()
  const pages = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.html')).length
  return { pages, ms: performance.now() - started }
}

const at = (lines: SiteBuildMeasure['lines'], pattern: RegExp, after = 0): number | undefined =>
  lines.find((entry) => entry.at >= after && pattern.test(entry.line))?.at

const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? to - from : undefined)

const astroStagesOf = (lines: SiteBuildMeasure['lines'], astroStart: number, astroEnd: number): AstroStages => {
  const syncStart = at(lines, /\[content\] Syncing content/, astroStart)
  const syncEnd = at(lines, /\[content\] Synced content/, astroStart)
  const bundleStart = at(lines, /\[build\] Building static entrypoints/, astroStart)
  const renderStart = at(lines, /^\s*generating static routes/, astroStart)
  const renderEnd = renderStart === undefined ? undefined : at(lines, /✓ Completed in/, renderStart)
  const imagesStart = at(lines, /^\s*generating optimized images/, astroStart)
  const imagesEnd = imagesStart === undefined ? undefined : at(lines, /✓ Completed in/, imagesStart)
  const complete = at(lines, /\[build\] Complete!/, astroStart) ?? astroEnd
  return {
    startupMs: span(astroStart, syncStart),
    contentSyncMs: span(syncStart, syncEnd),
    typesMs: span(syncEnd, bundleStart),
    bundleMs: span(bundleStart, renderStart),
    renderMs: span(renderStart, renderEnd),
    imagesMs: span(imagesStart, imagesEnd),
    finishMs: span(imagesEnd ?? renderEnd, complete),
  }
}

/** The last completed build under `<siteDir>/current`. */
export const liveDir = (siteDir: string): string => fs.realpathSync(path.join(siteDir, 'current'))

/**
 * Runs one live build (`scripts/build-site.ts`) with `env` (DATABASE_URL,
 * HUB_SITE_DIR, SITE_LOCALES…) and measures it. Progress on the status line.
 */
export const measureSiteBuild = async (label: string, env: NodeJS.ProcessEnv, siteDir: string, timeoutMs: number): Promise<SiteBuildMeasure> => {
  clearSharedAstroImports()
  const lines: SiteBuildMeasure['lines'] = []
  let renderedPageLines = 0
  let stage = 'starting'
  let watcher: ReturnType<typeof watchProcessTree> | undefined
  const started = performance.now()
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
  const show = () =>
    status(`    ${label}: ${elapsed()}, ${stage}${renderedPageLines ? `, ${renderedPageLines.toLocaleString('en-US')} pages rendered` : ''}, RSS ${mib(watcher?.current() ?? 0)}`)
  const ticker = setInterval(show, 1000)
  const onLine = (raw: string) => {
    const line = raw.replace(ansi, '').trimEnd()
    if (pageLine.test(line)) {
      renderedPageLines += 1
      return
    }
    lines.push({ at: Math.round(performance.now() - started), line })
    if (/^Export du contenu/.test(line)) stage = 'export'
    else if (entriesLine.test(line)) stage = `export (${line.trim()})`
    else if (/^Construction du site/.test(line)) stage = 'astro build'
    else if (/\[content\] Syncing/.test(line)) stage = 'astro: content sync'
    else if (/Building static entrypoints/.test(line)) stage = 'astro: bundling'
    else if (/generating static routes/.test(line)) stage = 'astro: rendering'
    else if (/generating optimized images/.test(line)) stage = 'astro: optimising images'
    else if (/\[build\] Complete!/.test(line)) stage = 'media copy'
  }
  let finished: Awaited<ReturnType<typeof runToEnd>>
  let memory: TreeMemory
  try {
    finished = await runToEnd('tsx', ['scripts/build-site.ts', '--reason', `bench: ${label}`], env, {
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
  if (!summary) throw new Error(`${label}: no "N pages" line in the build output:\n${lines.slice(-15).map((entry) => entry.line).join('\n')}`)
  const astro = memory.processes.filter((process) => /astro\.mjs/.test(process.command))
  const exporter = memory.processes.filter((process) => /build-site\.ts/.test(process.command) && !/^sh /.test(process.command))
  const exportStart = at(lines, /^Export du contenu/) ?? 0
  const astroStart = at(lines, /^Construction du site/) ?? exportStart
  const completeLine = at(lines, /\[build\] Complete!/, astroStart)
  // The astro child was last seen alive at lastSeen: it exited within one interval after.
  const astroEnd = astro.length ? Math.max(...astro.map((process) => process.lastSeen)) + memory.intervalMs / 2 : (completeLine ?? astroStart)
  const summaryAt = at(lines, summaryLine) ?? astroEnd
  const entries = Object.fromEntries(
    lines.flatMap(({ line, at: time }) => {
      const match = time < astroStart ? entriesLine.exec(line) : null
      return match ? [[match[1] as string, Number(match[2])]] : []
    }),
  )
  const count = countHtml(liveDir(siteDir))
  const thinned = memory.samples.filter((_, index) => index % 10 === 0)
  const result: SiteBuildMeasure = {
    label,
    locales: (env.SITE_LOCALES ?? 'all').split(','),
    wallMs: finished.ms,
    pages: Number(summary[1]),
    mediaFiles: Number(summary[2]),
    reportedMs: Number(summary[3]) * 1000,
    entries,
    stages: {
      bootMs: exportStart,
      exportMs: astroStart - exportStart,
      astroMs: astroEnd - astroStart,
      mediaAndCountMs: Math.max(0, summaryAt - astroEnd),
      finishMs: finished.ms - summaryAt,
    },
    astroStages: astroStagesOf(lines, astroStart, astroEnd),
    countPagesMs: count.ms,
    memory: {
      peakRss: memory.peakRss,
      peakAt: memory.peakAt,
      astroPeakRss: Math.max(0, ...astro.map((process) => process.peakRss)),
      exportPeakRss: Math.max(0, ...exporter.map((process) => process.peakRss)),
    },
    renderedPageLines,
    lines,
    rssSamples: thinned.map(({ at: time, rss }) => ({ at: time, rss })),
  }
  if (count.pages !== result.pages) log(`    (the build said ${result.pages} pages, the folder holds ${count.pages} .html files)`)
  log(
    `    ${label}: ${(result.wallMs / 1000).toFixed(1)} s, ${result.pages.toLocaleString('en-US')} pages, ` +
      `${(result.wallMs / result.pages).toFixed(2)} ms/page, peak RSS ${mib(result.memory.peakRss)} (astro ${mib(result.memory.astroPeakRss)})`,
  )
  return result
}
