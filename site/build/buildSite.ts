import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import readline from 'node:readline'

import { projectRoot } from '../../cms/env'
import { staticIndexDir } from '../../search/staticIndexFormat'
import type { MediaFile } from '../data/schema'
import { withBuildLock } from './buildLock'
import { pagesEnv, previousPagesEnv, readRenderedCount, reuseUnchangedPages } from './pageManifest'
import { cacheDir, contentDir } from './paths'
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

/** Runs one step of the build in a child process, its output going to the build log. */
function runStep(name: string, args: string[], env: Record<string, string>, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const forward = (line: string) => {
      const plain = line.replace(ansiColours, '').trimEnd()
      // One line per page or optimised image would drown the log: keep the rest.
      if (plain.trim() && !/^\S*\s+(▶|├─|└─)|^\s*\(\+\d+ms\)$/.test(plain)) log(plain)
    }
    const lines = [readline.createInterface({ input: child.stdout }), readline.createInterface({ input: child.stderr })]
    for (const reader of lines) reader.on('line', forward)
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}`))))
  })
}

/** Runs one of scripts/ (TypeScript, through tsx) as a step of the build. */
const runScript = (name: string, script: string, args: string[], log: Log) =>
  runStep(name, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts', script), ...args], {}, log)

/** Exports the published content (scripts/export-site.ts): Payload's memory is freed when it exits. */
const exportContent = (log: Log) => runScript('export', 'export-site.ts', ['--out', contentDir], log)

/**
 * Runs `astro build`. Astro keeps the map of content images in `<root>/.astro/`,
 * shared by every site folder, and rewrites it only when its own cache saw
 * images change: remove it so that each build writes the map of its images.
 */
async function astroBuild(outDir: string, records: PageRecords, log: Log): Promise<void> {
  for (const generated of ['content-assets.mjs', 'content-modules.mjs']) {
    await fs.rm(path.join(projectRoot, '.astro', generated), { force: true })
  }
  const env = {
    HUB_SITE_CONTENT: contentDir,
    HUB_ASTRO_CACHE: cacheDir,
    [pagesEnv]: records.dir,
    ...(records.previous ? { [previousPagesEnv]: records.previous.recordsDir } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    // glibc gives each of sharp's threads its own memory arenas, and keeps them: 2 arenas save ~300 MB at 10,000 resources.
    MALLOC_ARENA_MAX: '2',
  }
  await runStep('astro build', [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env, log)
}

/**
 * Copies the files pages link to (downloads, subtitles, sharing images) into
 * the build, as hard links when possible: instant, and no extra disk space.
 */
async function copyMedia(files: MediaFile[], outDir: string) {
  for (const file of files) {
    const target = path.join(outDir, decodeURIComponent(file.url))
    await fs.mkdir(path.dirname(target), { recursive: true })
    try {
      await fs.link(file.from, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Missing upload ${file.from} (linked at ${file.url})`)
      await fs.copyFile(file.from, target)
    }
  }
}

/**
 * The static search index (search/staticIndex.ts, written by
 * scripts/write-search-index.ts). It needs the export only, not the pages: it
 * is written beside the build while Astro starts, in a process of its own
 * whose memory is given back before Astro renders, then moved in, since
 * `astro build` empties its folder first.
 */
async function writeSearchIndex(stagingDir: string, log: Log) {
  await fs.rm(stagingDir, { recursive: true, force: true })
  await runScript('search index', 'write-search-index.ts', ['--content', contentDir, '--out', stagingDir], log)
}

/** Where the build records its pages, and the earlier build whose unchanged pages it may reuse. */
export interface PageRecords {
  dir: string
  previous?: { buildDir: string; recordsDir: string }
}

/**
 * Export published content, build the static site into `outDir` (emptied), add its media.
 * With `records.previous`, only pages that changed since that build are rendered.
 */
export const buildSite = (outDir: string, records: PageRecords, log: Log): Promise<SiteBuildResult> =>
  withBuildLock(
    () => exportAndBuild(outDir, records, log),
    () => log('Une autre construction est en cours : attente de sa fin…'),
  )

async function exportAndBuild(outDir: string, records: PageRecords, log: Log): Promise<SiteBuildResult> {
  const started = performance.now()
  await exportContent(log)
  const media = JSON.parse(await fs.readFile(path.join(contentDir, 'media.json'), 'utf8')) as MediaFile[]
  await fs.rm(records.dir, { recursive: true, force: true })
  // Before the pages, which show each kit's size; beside the build, since `astro build` empties its folder.
  const kitsDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.kits`)
  await writeVisualKits({ contentDir, kitsDir, recordsDir: records.dir, previous: records.previous, log })
  log(
    records.previous
      ? `Construction des pages modifiées dans ${path.relative(projectRoot, outDir) || outDir}…`
      : `Construction du site dans ${path.relative(projectRoot, outDir) || outDir}…`,
  )
  const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.search`)
  const searchIndex = writeSearchIndex(stagingDir, log)
  // Both finish before anything is decided: a failure of either fails the build, with nothing left running.
  const outcomes = await Promise.allSettled([astroBuild(outDir, records, log), searchIndex])
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
  if (failure) {
    await fs.rm(stagingDir, { recursive: true, force: true })
    await fs.rm(kitsDir, { recursive: true, force: true })
    throw failure.reason
  }
  await fs.rename(path.join(stagingDir, staticIndexDir), path.join(outDir, staticIndexDir))
  await fs.rm(stagingDir, { recursive: true, force: true })
  await fs.mkdir(path.dirname(path.join(outDir, kitsUrl)), { recursive: true })
  await fs.rename(kitsDir, path.join(outDir, kitsUrl))
  let pages = readRenderedCount(records.dir)
  if (records.previous) {
    const reused = await reuseUnchangedPages({ previousBuild: records.previous.buildDir, previousPages: records.previous.recordsDir, pages: records.dir, outDir })
    log(`${pages} pages construites, ${reused} reprises telles quelles de la version en ligne.`)
    pages += reused
  }
  await copyMedia(media, outDir)
  const durationMs = Math.round(performance.now() - started)
  log(`${pages} pages, ${media.length} fichiers, en ${(durationMs / 1000).toFixed(1)} s.`)
  return { pages, mediaFiles: media.length, durationMs }
}
