import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { env, projectRoot } from '../../../env'
import { siteLocaleCodes } from '../../../publication/locales'
import type { MediaFile } from '../../../publication/schema'
import { writeSnapshot } from '../../../publication/snapshot/writeSnapshot'
import { indexLogLine, staticIndexDir } from '../../../search/staticIndex'
import { renderTractPreviews } from '../../data/tractPreviews'
import {
  buildLocked,
  copyMedia,
  forgetAstroContentMaps,
  type Log,
  type PageRecords,
  type SiteBuildResult,
  withUnchangedPages,
} from '../buildSite'
import { moveInto } from '../buildFolder'
import { codeFingerprint, linkMissingFiles, pagesEnv, previousPagesEnv, recordedPaths, writeRenderedCount } from '../pageManifest'
import { siteDir, snapshotDir } from '../paths'
import { kitsUrl, writeVisualKits } from '../visualKits'
import { type AstroRenderer, buildWithRenderer, type PagePath } from './astroRenderer'
import { besidePagesWriter } from './besidePages'
import { useSnapshotContent } from './snapshotContent'
import { trackedPages } from './trackedPages'

/** Pages rendered at once: rendering waits on file writes (astro.config.mjs renders 4 at a time too). */
const concurrency = 4

/** Up to this many pages rendered, the build's log names them. */
const namedPagesAtMost = 20

/**
 * `dir`, or when it lies outside the working directory (HUB_SITE_DIR elsewhere), a folder of its own
 * inside: Astro writes its bundled page modules beside its output only when that output is inside the
 * working directory (elsewhere, into the working directory's `.astro/`, which another build removes).
 */
function withinWorkingDirectory(dir: string): string {
  if (path.resolve(dir).startsWith(process.cwd() + path.sep)) return dir
  return path.join(process.cwd(), '.astro', `site-${createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 12)}`)
}

/** The sitemap's files, which the sitemap integration writes at the site's root. */
const isSitemapFile = (name: string) => /^sitemap-[\w-]*\.xml$/.test(name)

const sitemapListingFile = (recordsDir: string) => path.join(recordsDir, 'sitemap.pages')

/**
 * Records which pages the build's sitemap lists, those `rendered` and those recorded (a digest of
 * their addresses), for the next build to compare with its own.
 */
async function recordSitemapListing(rendered: readonly string[], records: PageRecords): Promise<string> {
  // With its trailing slash, which `astro build` gives the 404 page's address and the warm renderer does not.
  const pathOf = (name: string) => `/${name}/`.replace(/\/+$/, '/')
  const listed = createHash('sha1')
    .update([...new Set([...rendered.map(pathOf), ...recordedPaths(records.dir)])].sort().join('\n'))
    .digest('hex')
  await fs.writeFile(sitemapListingFile(records.dir), listed)
  return listed
}

/**
 * Writes the sitemap of the pages rendered and recorded, as `astro build` does, or links the live
 * build's when it lists the same pages (a publication that adds, removes or renames no page): it
 * holds their addresses and languages only, and at 10,000 trainings takes 1.4 s to write.
 */
async function writeSitemap(astro: AstroRenderer, outDir: string, rendered: string[], records: PageRecords, previousBuildDir: string) {
  const listed = await recordSitemapListing(rendered, records)
  const previous = records.previous && (await fs.readFile(sitemapListingFile(records.previous.recordsDir), 'utf8').catch(() => null))
  const previousFiles = (await fs.readdir(previousBuildDir)).filter(isSitemapFile)
  if (previous === listed && previousFiles.length > 0) {
    for (const file of previousFiles) await fs.link(path.join(previousBuildDir, file), path.join(outDir, file))
    return
  }
  await astro.writeSitemap(outDir, rendered)
}

/** Astro's own output folder for the warm builder: it keeps the bundled page modules (astroRenderer.ts). */
const astroOutDir = path.join(withinWorkingDirectory(siteDir), 'warm', 'astro')

/** Astro's cache for the warm builder's `astro build`: its content store stays empty (site/loaders/snapshot.ts). */
const astroCacheDir = path.join(siteDir, 'warm', 'cache')

/**
 * Runs `work` on every item, `concurrency` at a time. After a failure no item is started, and the
 * failure is thrown once every running one has ended: nothing of a failed build goes on writing.
 */
async function eachAtOnce<Item>(items: readonly Item[], work: (item: Item) => Promise<void>) {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const ended = await Promise.allSettled(Array.from({ length: concurrency }, worker))
  const failure = ended.find((outcome) => outcome.status === 'rejected')
  if (failure) throw failure.reason
}

/** The build's page records for the page templates (site/lib/changedPages.ts reads them when it runs). */
const usePageRecords = (records: PageRecords) => {
  // eslint-disable-next-line no-restricted-syntax -- not configuration: read by site/lib/changedPages.ts, in this process
  process.env[pagesEnv] = records.dir
  // eslint-disable-next-line no-restricted-syntax -- as above
  if (records.previous) process.env[previousPagesEnv] = records.previous.recordsDir
  // eslint-disable-next-line no-restricted-syntax -- as above
  else delete process.env[previousPagesEnv]
}

/**
 * Builds the site in this process, as site/builder/buildSite.ts does in processes of its own, with
 * what stays warm from one build to the next: Payload (the snapshot), the snapshot's parsed entries and
 * Astro's renderer. The first build, or one after the site's code changed, runs `astro build` (and
 * keeps its renderer); the others render only the pages whose records changed, and link the rest
 * from the live build.
 */
export function createWarmBuild(payload: Payload, { pastTimeLimit }: { pastTimeLimit: () => void }) {
  let renderer: { fingerprint: string; astro: AstroRenderer } | undefined
  const writeBesidePages = besidePagesWriter()

  /** `astro build` in this process, into the warm builder's folder, then moved to `outDir`. */
  const astroBuild = async (outDir: string, records: PageRecords, fingerprint: string, log: Log): Promise<number> => {
    log('Construction par Astro (le constructeur garde ses modules pour les publications suivantes)…')
    // The pages read the snapshot's entries this builder keeps (snapshotContent.ts), as in its later
    // builds; Astro's content layer loads none of them (site/loaders/snapshot.ts), and keeps its cache
    // apart from other builds' (theirs holds the content). The web fonts read the snapshot's texts.
    // eslint-disable-next-line no-restricted-syntax -- not configuration: read by site/styles/webFonts.ts, in this process
    process.env.HUB_SITE_SNAPSHOT = snapshotDir
    // eslint-disable-next-line no-restricted-syntax -- as above: astro.config.mjs's cache folder
    process.env.HUB_ASTRO_CACHE = astroCacheDir
    useSnapshotContent(snapshotDir)
    await forgetAstroContentMaps()
    renderer = undefined
    const rendered: { page: PagePath; reads: Set<string> }[] = []
    const astro = await buildWithRenderer(astroOutDir, env.siteUrl, (page, reads) => rendered.push({ page, reads }))
    // Every page was rendered: the reads of the last build are not needed.
    const tracked = trackedPages(records.dir, undefined)
    for (const { page, reads } of rendered) tracked.rendered(page, reads)
    await tracked.write()
    // The next build, if its pages are the same, links this one's sitemap rather than writing it again.
    // Decoded, as the warm renderer's paths are: Astro's build gives each page the address it requests.
    const pageNames = rendered
      .filter(({ page }) => page.route.type === 'page')
      .map(({ page }) => decodeURI(page.pathname).replace(/^\//, ''))
    await recordSitemapListing(pageNames, records)
    renderer = { fingerprint, astro }
    await fs.mkdir(outDir, { recursive: true })
    await moveInto(astroOutDir, outDir, { keep: '.prerender' })
    return Number(await fs.readFile(path.join(records.dir, 'rendered.txt'), 'utf8'))
  }

  /**
   * Renders the pages whose records changed, and those of templates without records whose content
   * read last time changed (trackedPages.ts), with the kept renderer.
   */
  const warmRender = async (
    astro: AstroRenderer,
    outDir: string,
    records: PageRecords,
    previous: { recordsDir: string; buildDir: string },
    log: Log,
  ): Promise<number> => {
    useSnapshotContent(snapshotDir)
    const paths = await astro.paths()
    const tracked = trackedPages(records.dir, previous.recordsDir)
    const pageNames: string[] = []
    await eachAtOnce(paths, async (page: PagePath) => {
      if (!(await tracked.mustRender(page))) return
      const { written, reads } = await astro.render(page, outDir)
      tracked.rendered(page, reads)
      if (written && page.route.type === 'page') pageNames.push(page.pathname.replace(/^\//, ''))
    })
    await tracked.write()
    // In a stable order for the log, whatever order the renders ended in.
    pageNames.sort()
    writeRenderedCount(records.dir, pageNames.length)
    // Files of site/public, as Astro copies them.
    await linkMissingFiles(path.join(projectRoot, 'site', 'public'), outDir)
    await writeSitemap(astro, outDir, pageNames, records, previous.buildDir)
    // A few pages are named: what a publication rendered is then seen on the dashboard.
    const named = pageNames.length <= namedPagesAtMost ? ` : ${pageNames.map((name) => `/${name}`).join(', ')}` : ''
    log(`${pageNames.length} pages rendues par le constructeur chaud${named}.`)
    return pageNames.length
  }

  /** One build: export, kits, pages (with the search index and calendars beside them), unchanged pages, media. */
  const warmBuild = async (outDir: string, records: PageRecords, log: Log): Promise<SiteBuildResult> => {
    const started = performance.now()
    const split: string[] = []
    let stepStarted = started
    /** Notes how long the step that just ended took: the build's last line gives the split. */
    const stepDone = (name: string) => {
      const now = performance.now()
      split.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)} s`)
      stepStarted = now
    }
    await fs.rm(records.dir, { recursive: true, force: true })
    usePageRecords(records)
    log(`Export du contenu publié (${siteLocaleCodes.join(', ')})…`)
    await writeSnapshot(payload, { locales: siteLocaleCodes, outDir: snapshotDir })
    await renderTractPreviews(snapshotDir, log)
    stepDone('export')
    const media = JSON.parse(await fs.readFile(path.join(snapshotDir, 'media.json'), 'utf8')) as MediaFile[]
    const kitsDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.kits`)
    await writeVisualKits({ snapshotDir, kitsDir, recordsDir: records.dir, previous: records.previous, log })
    stepDone('kits')
    // Before the worker is given its task: once it runs, nothing may throw before it is waited for.
    const fingerprint = codeFingerprint(projectRoot)
    // Written from the snapshot alone, on the other core, beside the build's folder (then moved in).
    const indexStaging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.search`)
    const calendarsDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.calendars`)
    const besidePages = writeBesidePages({
      snapshotDir,
      indexDir: indexStaging,
      liveBuild: records.previous?.buildDir,
      calendarsDir,
      locales: siteLocaleCodes,
      siteUrl: env.siteUrl,
    })
    const rendering =
      renderer && renderer.fingerprint === fingerprint && records.previous
        ? warmRender(renderer.astro, outDir, records, records.previous, log)
        : astroBuild(outDir, records, fingerprint, log)
    // Both end before anything is decided: a failure of either fails the build, with nothing left running.
    const [rendered, written] = await Promise.allSettled([rendering, besidePages])
    if (rendered.status === 'rejected' || written.status === 'rejected') {
      await fs.rm(indexStaging, { recursive: true, force: true })
      await fs.rm(calendarsDir, { recursive: true, force: true })
      await fs.rm(kitsDir, { recursive: true, force: true })
      throw rendered.status === 'rejected' ? rendered.reason : (written as PromiseRejectedResult).reason
    }
    await fs.rename(path.join(indexStaging, staticIndexDir), path.join(outDir, staticIndexDir))
    await fs.rm(indexStaging, { recursive: true, force: true })
    log(`${indexLogLine(written.value)}.`)
    stepDone('pages, with the search index and calendars beside them')
    await fs.mkdir(path.dirname(path.join(outDir, kitsUrl)), { recursive: true })
    await fs.rename(kitsDir, path.join(outDir, kitsUrl))
    await moveInto(calendarsDir, outDir)
    await copyMedia(media, outDir)
    stepDone('kits, calendars, media moved in')
    const pages = await withUnchangedPages(outDir, records, rendered.value, log)
    stepDone('unchanged files added')
    const durationMs = Math.round(performance.now() - started)
    log(`${pages} pages, ${media.length} fichiers, en ${(durationMs / 1000).toFixed(1)} s (${split.join(', ')}).`)
    return { pages, mediaFiles: media.length, durationMs }
  }

  return (outDir: string, records: PageRecords, log: Log): Promise<SiteBuildResult> =>
    buildLocked(log, async () => {
      // Unlike a build's processes, a build in this process cannot be stopped: past its time limit, the
      // builder is (scripts/site-builder.ts exits; the job records the build failed, npm start restarts it).
      const timeLimit = setTimeout(pastTimeLimit, env.buildTimeLimitMinutes * 60_000)
      try {
        return await warmBuild(outDir, records, log)
      } finally {
        clearTimeout(timeLimit)
      }
    })
}
