import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import readline from 'node:readline'

import { env, projectRoot } from '../../env'
import { missingIndexVersions } from '../../search/staticIndex'
import { staticIndexDir } from '../../search/staticIndexFormat'
import type { MediaFile } from '../../publication/schema'
import { buildProcessEnv, snapshotCompleteEnv } from '../loaders/snapshotComplete'
import { withBuildLock } from './buildLock'
import { completeBuildFolder, moveInto } from './buildFolder'
import { inBatches, pagesEnv, previousPagesEnv, readRenderedCount, unchangedFiles } from './pageManifest'
import { cacheDir, snapshotDir } from './paths'
import { kitsUrl, writeVisualKits } from './visualKits'

export interface SiteBuildResult {
  pages: number
  mediaFiles: number
  durationMs: number
}

export type Log = (line: string) => void

// Astro colours its output even when piped; the log stored for editors is plain text.
// eslint-disable-next-line no-control-regex
const ansiColours = /\x1b\[[0-9;]*m/g

/** Preloaded into each step: a step outlives no build (site/builder/exitWithParent.cjs). */
const exitWithParent = path.join(projectRoot, 'site/builder/exitWithParent.cjs')

/** Runs one step of the build in a child process, its output going to the build log; `signal` stops it. */
function runStep(name: string, args: string[], env: Record<string, string>, log: Log, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', exitWithParent, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    })
    const forward = (line: string) => {
      const plain = line.replace(ansiColours, '').trimEnd()
      // One line per page would drown the log: keep the rest.
      if (plain.trim() && !/^\S*\s+(▶|├─|└─)|^\s*\(\+\d+ms\)$/.test(plain)) log(plain)
    }
    const lines = [readline.createInterface({ input: child.stdout }), readline.createInterface({ input: child.stderr })]
    for (const reader of lines) reader.on('line', forward)
    // Stopped by `signal`: settled once the process has exited ('close'), not when it is told to.
    child.on('error', (error) => signal?.aborted || reject(error))
    child.on('close', (code, killedBy) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${killedBy ?? `code ${code}`}`))))
  })
}

/** Runs one of scripts/ (TypeScript, through tsx) as a step of the build. */
const runScript = (name: string, script: string, args: string[], log: Log, signal: AbortSignal) =>
  runStep(
    name,
    // tsx as a loader, not its command (a second process, which exitWithParent would not reach).
    ['--import', 'tsx', path.join(projectRoot, 'scripts', script), ...args],
    {},
    log,
    signal,
  )

/** Writes the snapshot of the published content (scripts/write-snapshot.ts): Payload's memory is freed when it exits. */
const writeSnapshotStep = (log: Log, signal: AbortSignal) => runScript('snapshot', 'write-snapshot.ts', ['--out', snapshotDir], log, signal)

/**
 * For a process that runs `astro build` (its child here, the warm builder itself): memory the allocators
 * keep after use counts against the build's 2 GB (measured at 10,000 resources × 3 languages).
 */
export const allocatorsGivingMemoryBack = {
  // glibc gives each of sharp's threads its own arenas, and keeps them: 2 arenas save ~300 MB;
  MALLOC_ARENA_MAX: '2',
  // glibc serves freed large blocks (libvips images, the sitemap) from its heap rather than giving them back: 70–140 MB;
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
  // the bundler's allocator (mimalloc, in rolldown) keeps what bundling used unless told to return it at once: ~230 MB.
  MIMALLOC_PURGE_DELAY: '0',
}

/**
 * Astro keeps maps of content assets in `<root>/.astro/`, shared by every site folder, and rewrites
 * them only when its own cache saw a change: removed before each `astro build`, so that none is
 * left from another site folder's build.
 */
export async function forgetAstroContentMaps() {
  for (const generated of ['content-assets.mjs', 'content-modules.mjs']) {
    await fs.rm(path.join(projectRoot, '.astro', generated), { force: true })
  }
}

/**
 * Runs `astro build`, started while the snapshot still runs: its loaders wait
 * for `snapshotDone` to exist (site/loaders/snapshotComplete.ts).
 */
async function astroBuild(outDir: string, records: PageRecords, snapshotDone: string, log: Log, signal: AbortSignal): Promise<void> {
  await forgetAstroContentMaps()
  const env = {
    HUB_SITE_SNAPSHOT: snapshotDir,
    [snapshotCompleteEnv]: snapshotDone,
    [buildProcessEnv]: String(process.pid),
    HUB_ASTRO_CACHE: cacheDir,
    [pagesEnv]: records.dir,
    ...(records.previous ? { [previousPagesEnv]: records.previous.recordsDir } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...allocatorsGivingMemoryBack,
  }
  await runStep('astro build', [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env, log, signal)
}

/**
 * Copies the files pages link to (downloads, subtitles, sharing images) into
 * the build, as hard links when possible: instant, and no extra disk space.
 */
export async function copyMedia(files: MediaFile[], outDir: string) {
  await inBatches(files, async (file) => {
    const target = path.join(outDir, decodeURIComponent(file.url))
    await fs.mkdir(path.dirname(target), { recursive: true })
    try {
      await fs.link(file.from, target)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new Error(`Missing upload ${file.from} (linked at ${file.url})`)
      if (code !== 'EXDEV' && code !== 'EPERM') throw error
      // Another file system, or uploads another user owns (fs.protected_hardlinks): a copy, never over a file.
      await fs.copyFile(file.from, target, fs.constants.COPYFILE_EXCL)
    }
  })
}

/**
 * The static search index (search/staticIndex.ts, written by
 * scripts/write-search-index.ts). It needs the snapshot only, not the pages: it
 * is written beside the build while Astro loads the content, in a process of
 * its own whose memory is given back before Astro renders, then moved in,
 * since `astro build` empties its folder first.
 */
async function writeSearchIndex(stagingDir: string, liveBuild: string | undefined, log: Log, signal: AbortSignal) {
  await fs.rm(stagingDir, { recursive: true, force: true })
  const live = liveBuild ? ['--live', liveBuild] : []
  await runScript('search index', 'write-search-index.ts', ['--snapshot', snapshotDir, '--out', stagingDir, ...live], log, signal)
}

/**
 * The iCalendar files (scripts/write-calendars.ts, site/builder/calendars.ts): written from the
 * snapshot in a process of their own while Astro renders, into a folder beside the build.
 */
async function writeCalendarFiles(stagingDir: string, log: Log, signal: AbortSignal) {
  await fs.rm(stagingDir, { recursive: true, force: true })
  await runScript('calendars', 'write-calendars.ts', ['--snapshot', snapshotDir, '--out', stagingDir], log, signal)
}

/**
 * Completes `outDir` with the pages the build did not render (unchanged since the live build) and the
 * files they use (site/builder/buildFolder.ts), saying how many it rendered and reused; the build's
 * page count.
 */
export async function withUnchangedPages(outDir: string, records: PageRecords, rendered: number, log: Log): Promise<number> {
  const unchanged = records.previous
    ? await unchangedFiles({ previousBuild: records.previous.buildDir, previousPages: records.previous.recordsDir, pages: records.dir })
    : { files: [], pages: 0 }
  const { reusedPages, folder } = await completeBuildFolder({ outDir, recordsDir: records.dir, previous: records.previous, unchanged })
  // A language's index is taken from the live build when it did not change: its files must be there before the switch.
  const missing = await missingIndexVersions(outDir)
  if (missing.length) throw new Error(`Index de recherche incomplet, version sans ses fichiers : ${missing.join(', ')}.`)
  if (!records.previous) return rendered
  log(
    `${rendered} pages construites, ${reusedPages} reprises telles quelles de la version en ligne` +
      (folder === 'recycled' ? ' (dans le dossier de la plus ancienne version gardée, mis à jour).' : '.'),
  )
  return rendered + reusedPages
}

/** Where the build records its pages, and the earlier build whose unchanged pages it may reuse. */
export interface PageRecords {
  dir: string
  previous?: { buildDir: string; recordsDir: string }
}

/**
 * Export published content, build the static site into `outDir` (emptied), add its media.
 * With `records.previous`, only pages that changed since that build are rendered.
 * A build that runs longer than its time limit (HUB_BUILD_TIMEOUT_MINUTES) is
 * stopped, its processes with it, and fails: a stuck build never blocks the next.
 */
export const buildSite = (outDir: string, records: PageRecords, log: Log): Promise<SiteBuildResult> =>
  buildLocked(log, async () => {
    const minutes = env.buildTimeLimitMinutes
    const deadline = AbortSignal.timeout(minutes * 60_000)
    try {
      return await snapshotAndBuild(outDir, records, log, deadline)
    } catch (error) {
      if (deadline.aborted)
        throw new Error(`La construction a dépassé sa limite de ${minutes} min (HUB_BUILD_TIMEOUT_MINUTES) et a été arrêtée.`, {
          cause: error,
        })
      throw error
    }
  })

/** Runs a build once no other build of this checkout runs (site/builder/buildLock.ts), saying so when it waits. */
export const buildLocked = <T>(log: Log, work: () => Promise<T>): Promise<T> =>
  withBuildLock(work, () => log('Une autre construction est en cours : attente de sa fin…'))

async function snapshotAndBuild(outDir: string, records: PageRecords, log: Log, deadline: AbortSignal): Promise<SiteBuildResult> {
  const started = performance.now()
  await fs.rm(records.dir, { recursive: true, force: true })
  const snapshotDone = path.join(snapshotDir, '.complete')
  await fs.rm(snapshotDone, { force: true })
  // Beside the build, since `astro build` empties its folder.
  const kitsDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.kits`)
  const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.search`)
  const calendarsDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.calendars`)
  const stopAstro = new AbortController()
  const astro = astroBuild(outDir, records, snapshotDone, log, AbortSignal.any([stopAstro.signal, deadline]))
  // Its outcome is read once the snapshot is done: a failure meanwhile is not an unhandled rejection.
  astro.catch(() => undefined)
  let media: MediaFile[]
  try {
    await writeSnapshotStep(log, deadline)
    media = JSON.parse(await fs.readFile(path.join(snapshotDir, 'media.json'), 'utf8')) as MediaFile[]
    // Before the pages, which show each kit's size.
    await writeVisualKits({ snapshotDir, kitsDir, recordsDir: records.dir, previous: records.previous, log })
  } catch (error) {
    stopAstro.abort()
    await Promise.allSettled([astro])
    await fs.rm(kitsDir, { recursive: true, force: true })
    throw error
  }
  log(
    records.previous
      ? `Construction des pages modifiées dans ${path.relative(projectRoot, outDir) || outDir}…`
      : `Construction du site dans ${path.relative(projectRoot, outDir) || outDir}…`,
  )
  await fs.writeFile(snapshotDone, '')
  // One after the other beside Astro, not at once: each holds the snapshot in memory, and Astro is loading it too.
  const besideAstro = writeSearchIndex(stagingDir, records.previous?.buildDir, log, deadline).then(() =>
    writeCalendarFiles(calendarsDir, log, deadline),
  )
  // Both finish before anything is decided: a failure of either fails the build, with nothing left running.
  const outcomes = await Promise.allSettled([astro, besideAstro])
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
  if (failure) {
    await fs.rm(stagingDir, { recursive: true, force: true })
    await fs.rm(calendarsDir, { recursive: true, force: true })
    await fs.rm(kitsDir, { recursive: true, force: true })
    throw failure.reason
  }
  await fs.rename(path.join(stagingDir, staticIndexDir), path.join(outDir, staticIndexDir))
  await fs.rm(stagingDir, { recursive: true, force: true })
  await fs.mkdir(path.dirname(path.join(outDir, kitsUrl)), { recursive: true })
  await fs.rename(kitsDir, path.join(outDir, kitsUrl))
  // Written whole by every build, beside the pages rendered or reused.
  await moveInto(calendarsDir, outDir)
  await copyMedia(media, outDir)
  const pages = await withUnchangedPages(outDir, records, readRenderedCount(records.dir), log)
  const durationMs = Math.round(performance.now() - started)
  log(`${pages} pages, ${media.length} fichiers, en ${(durationMs / 1000).toFixed(1)} s.`)
  return { pages, mediaFiles: media.length, durationMs }
}
