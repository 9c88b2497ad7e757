/**
 * `npm run bench:site [-- --count N] [--runs N] [--lighthouse-runs N] [--only parts] [--keep]`:
 * on a fresh SQLite database, measures the public site: full builds (demo content in
 * 7 languages, a full build then an incremental rebuild with nothing changed; N synthetic trainings in fr, en, es:
 * a full build with an empty cache, an incremental rebuild, a full build with the cache of the first),
 * publish → live delay through the real stack (scripts/start.ts and its warm site builder: N publications,
 * an unpublication, the builder's memory, a burst of 30 publications), page weight per
 * template in Chromium and Lighthouse scores; then writes the "Public site" section
 * of docs/BENCHMARKS.md (the CMS part is left as it is) and the raw samples to
 * bench/results/. Temporary files live in var/bench-site/<stamp>/, removed unless --keep.
 *
 * --only takes a comma list of: warm, weight, lighthouse, publish, scale (the demo
 * seed and the cold demo build always run: everything else starts from them). The
 * section is written in parts (bench/lib/siteReport.ts): a run rewrites the parts it
 * measured and keeps the others, each naming the run that measured it.
 * --from bench/results/site-<stamp>.json measures nothing: it writes the section
 * again from that run's raw results (after a change to the report's wording).
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { defaultLocale, localeCodes } from '../publication/locales'
import { buildAdmin } from '../scripts/lib/adminBuild'
import { createSiteServer } from '../site/server/serveSite'
import { wholeNumber } from './lib/args'
import { benchEnv, root, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { describeMachine, loadAverage } from './lib/machine'
import { stopOnInterrupt } from './lib/interrupt'
import { log, phase } from './lib/progress'
import { seedDemo, seedSynthetic } from './lib/seed'
import { freePort, host } from './lib/server'
import { liveDir, measureSiteBuild } from './lib/siteBuild'
import { runLighthouse } from './lib/siteLighthouse'
import { measurePublish, startStack } from './lib/sitePublish'
import { replaceSection } from './lib/markdown'
import { type ReportPart, renderSiteSection, type SiteBenchResults } from './lib/siteReport'
import { chromiumPath, measurePageWeights, templatePages } from './lib/siteWeight'

const parts = ['warm', 'weight', 'lighthouse', 'publish', 'scale'] as const
type Part = (typeof parts)[number]

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: parts.join(',') },
    keep: { type: 'boolean', default: false },
    from: { type: 'string' },
  },
})

const count = wholeNumber('count', values.count, 1, 100_000)
const runs = wholeNumber('runs', values.runs, 1, 20)
const lighthouseRuns = wholeNumber('lighthouse-runs', values['lighthouse-runs'], 1, 9)
const only = values.only
  .split(',')
  .map((part) => part.trim())
  .filter(Boolean)
const unknown = only.filter((part) => !(parts as readonly string[]).includes(part))
if (unknown.length > 0) {
  console.error(`--only takes a comma list of ${parts.join(', ')} (got "${unknown.join(', ')}")`)
  process.exit(2)
}
const wants = (part: Part) => only.includes(part)

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const workDir = path.join(root, 'var', 'bench-site', stamp)
const dbFile = path.join(workDir, 'cms.db')
const uploadsDir = path.join(workDir, 'uploads')
const demoSiteDir = path.join(workDir, 'site-demo')
const scaleSiteDir = path.join(workDir, 'site-scale')
const resultsDir = path.join(root, 'bench', 'results')
const minutes = 60_000
const scaleLocales = ['fr', 'en', 'es']
/** Issue 19's languages for page weight and Lighthouse: a Latin one and the Arabic one (the other script, right to left). */
const phoneLocales = ['fr', 'ar']
const lighthouseTemplates = ['home', 'trainings index', 'training', 'lesson', 'video', 'programme', 'search', 'tract']

const interrupted = stopOnInterrupt(`removing var/bench-site/${stamp}`)

/** The commit measured, and the files that differed from it when the run began (the tree is shared and moves). */
const codeVersion = (): { commit: string; changed: string[] } => {
  const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trimEnd()
  try {
    // Not trimmed at the start: each line of `--porcelain` begins with two status columns, the first maybe a space.
    const changed = git(
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      'site',
      'cms',
      'scripts',
      'content',
      'publication',
      'search',
      'tracts',
      'astro.config.mjs',
    )
    return {
      commit: git('log', '-1', '--format=%h %s').trim().slice(0, 100),
      changed: changed ? changed.split('\n').map((line) => line.slice(3)) : [],
    }
  } catch {
    return { commit: 'unknown', changed: [] }
  }
}

const chromiumVersion = (): string => {
  try {
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

const results: SiteBenchResults = {
  command: `npm run bench:site${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
  stamp,
  machine: describeMachine(['payload', 'astro', '@libsql/client', 'sharp', 'playwright-core', 'lighthouse']),
  chromium: chromiumVersion(),
  code: codeVersion(),
  options: { count, runs, lighthouseRuns, only: only.length === parts.length ? [] : only },
  loadAverage: {},
  phaseParts: {},
  seed: {},
  builds: {},
  publish: {},
  errors: [],
  finishedAt: '',
}

/** One phase of a part of the report; its failure is recorded and the run goes on with the next. */
const attempt = async <T>(part: ReportPart, label: string, work: () => Promise<T>, ticker = true): Promise<T | undefined> => {
  results.loadAverage[label] = loadAverage()
  results.phaseParts = { ...results.phaseParts, [label]: part }
  try {
    return await phase(label, work, { ticker })
  } catch (error) {
    if (interrupted()) throw error
    const message = error instanceof Error ? error.message : String(error)
    log(`  ✘ ${label} failed: ${message}`)
    results.errors.push({ phase: label, part, message })
    await stopAll()
    return undefined
  }
}

const secret = randomBytes(24).toString('hex')
/** The environment of builds and of the stack: everything relocated under workDir, nothing of var/ or the usual ports. */
const envFor = (siteDir: string, locales: readonly string[], siteUrl: string, extra: Record<string, string> = {}) =>
  benchEnv({
    DATABASE_URL: `file:${dbFile}`,
    UPLOADS_DIR: uploadsDir,
    HUB_SITE_DIR: siteDir,
    SITE_LOCALES: locales.join(','),
    PAYLOAD_SECRET: secret,
    SITE_URL: siteUrl,
    ...extra,
  })

/** Demo trainings (not synthetic) in French, in export order: the first is published, the last ones unpublished. */
const demoTrainings = (siteDir: string): string[] => {
  const entries = JSON.parse(fs.readFileSync(path.join(siteDir, 'snapshot', 'trainings.json'), 'utf8')) as {
    locale: string
    slug: string
  }[]
  return entries.filter((entry) => entry.locale === 'fr' && !entry.slug.startsWith('synthetique-')).map((entry) => entry.slug)
}

const listen = (server: http.Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })

const publishOnStack = async (
  label: string,
  siteDir: string,
  locales: readonly string[],
  sitePort: number,
  unpublishSlug: string,
  timeoutMs: number,
) => {
  const cmsPort = await freePort()
  const siteUrl = `http://${host}:${sitePort}`
  const cmsUrl = `http://${host}:${cmsPort}`
  const env = envFor(siteDir, locales, siteUrl, {
    PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    SERVER_URL: cmsUrl,
    HUB_JOBS: 'on',
    HUB_SITE_REBUILD: 'on',
  })
  log(`    scripts/start.ts: CMS ${cmsUrl}, site ${siteUrl}, languages ${locales.join(', ')}`)
  const stack = await startStack(env, cmsUrl, siteUrl, 10 * minutes)
  try {
    const [training] = demoTrainings(siteDir)
    if (!training) throw new Error('No demo training in the snapshot')
    return await measurePublish(stack, { slug: training, unpublishSlug, runs, timeoutMs, tag: `${label} ${stamp}` })
  } finally {
    await stack.stop()
  }
}

const main = async () => {
  const { machine } = results
  log(
    `Public site benchmark: ${only.length === parts.length ? 'everything' : `demo builds + ${only.join(', ')}`}; ${count} synthetic trainings; ${runs} publications`,
  )
  log(
    `  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${results.chromium}, load ${loadAverage()}`,
  )
  log(`  working folder var/bench-site/${stamp}${values.keep ? ' (kept)' : ''}`)
  fs.mkdirSync(workDir, { recursive: true })
  onCleanup(`var/bench-site/${stamp}`, async () => {
    if (values.keep) return
    log(`Removing var/bench-site/${stamp} (databases, uploads, site builds)…`)
    await fs.promises.rm(workDir, { recursive: true, force: true })
  })
  if (wants('publish')) await phase('admin build (skipped when up to date)', () => buildAdmin())
  // One port for the site all along: SITE_URL is baked into the pages (canonical, sharing links).
  const sitePort = await freePort()
  const siteUrl = `http://${host}:${sitePort}`
  const demoEnv = envFor(demoSiteDir, localeCodes, siteUrl)
  const demoSeed = await attempt('demo', 'demo seed (fresh database)', () => seedDemo(demoEnv))
  if (!demoSeed) return
  results.seed.demo = demoSeed
  const buildTimeout = (pages: number) => 20 * minutes + pages * 50
  results.builds.demoCold = await attempt(
    'demo',
    'demo build, 7 languages, cold Astro cache',
    () => measureSiteBuild('demo, cold', demoEnv, demoSiteDir, buildTimeout(2000)),
    false,
  )
  if (!results.builds.demoCold) return
  if (wants('warm')) {
    results.builds.demoWarm = await attempt(
      'warm',
      'demo rebuild, 7 languages, nothing changed',
      () => measureSiteBuild('demo, rebuild', demoEnv, demoSiteDir, buildTimeout(2000)),
      false,
    )
  }
  const trainings = demoTrainings(demoSiteDir)
  if (wants('weight') || wants('lighthouse')) {
    const server = createSiteServer({ root: async () => liveDir(demoSiteDir), locales: localeCodes, defaultLocale })
    await listen(server, sitePort)
    const closeServer = onCleanup('static site server', () => new Promise<void>((resolve) => server.close(() => resolve())))
    try {
      const pages = phoneLocales.flatMap((locale) => templatePages(path.join(demoSiteDir, 'snapshot'), trainings[0] ?? '', locale))
      if (wants('weight')) {
        results.weights = await attempt('weight', `page weight on a phone, ${pages.length} pages (Chromium)`, () =>
          measurePageWeights(siteUrl, pages),
        )
      }
      if (wants('lighthouse')) {
        const audited = pages.filter((page) => lighthouseTemplates.includes(page.template))
        results.lighthouse = await attempt('lighthouse', `Lighthouse, ${audited.length} pages × ${lighthouseRuns} runs`, () =>
          runLighthouse(
            audited.map((page) => ({ template: page.template, locale: page.locale, url: `${siteUrl}${page.path}` })),
            { runs: lighthouseRuns, outDir: path.join(resultsDir, `site-${stamp}`, 'lighthouse'), env: benchEnv({}) },
          ),
        )
      }
    } finally {
      await closeServer()
    }
  }
  if (wants('publish')) {
    results.publish.demo = await attempt(
      'publish',
      `publish → live, demo content (${runs} runs + unpublish + burst)`,
      () => publishOnStack('demo', demoSiteDir, localeCodes, sitePort, trainings.at(-1) ?? '', 15 * minutes),
      false,
    )
  }
  if (wants('scale')) {
    const scaleEnv = envFor(scaleSiteDir, scaleLocales, siteUrl)
    results.seed.synthetic = await attempt('scale', `seed --scale ${count} (${scaleLocales.join(', ')})`, () =>
      seedSynthetic(scaleEnv, count, scaleLocales),
    )
    if (results.seed.synthetic) {
      results.builds.scaleCold = await attempt(
        'scale',
        `${count} trainings build, ${scaleLocales.join(', ')}, cold Astro cache`,
        () => measureSiteBuild(`${count} trainings, cold`, scaleEnv, scaleSiteDir, buildTimeout(count * 8)),
        false,
      )
      if (results.builds.scaleCold && wants('warm')) {
        results.builds.scaleWarm = await attempt(
          'scale',
          `${count} trainings rebuild, ${scaleLocales.join(', ')}, nothing changed`,
          () => measureSiteBuild(`${count} trainings, rebuild`, scaleEnv, scaleSiteDir, buildTimeout(count * 8)),
          false,
        )
        results.builds.scaleFull = await attempt(
          'scale',
          `${count} trainings full build, ${scaleLocales.join(', ')}, warm Astro cache`,
          () => measureSiteBuild(`${count} trainings, full`, scaleEnv, scaleSiteDir, buildTimeout(count * 8), { full: true }),
          false,
        )
      }
      if (results.builds.scaleCold && wants('publish')) {
        results.publish.scale = await attempt(
          'publish',
          `publish → live, ${count} trainings (${runs} runs + unpublish + burst)`,
          () => publishOnStack(`${count}`, scaleSiteDir, scaleLocales, sitePort, trainings.at(-2) ?? '', 90 * minutes),
          false,
        )
      }
    }
  }
}

const writeResults = () => {
  results.finishedAt = new Date().toISOString()
  results.loadAverage.end = loadAverage()
  const resultsFile = path.join(resultsDir, `site-${stamp}.json`)
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const docFile = writeSection(results)
  log(`\nWrote the "Public site" section of ${path.relative(root, docFile)} and ${path.relative(root, resultsFile)}.`)
}

/** Rewrites the parts `from` measured; the section's other parts stay as they are (see renderSiteSection). */
const writeSection = (from: SiteBenchResults) => {
  const docFile = path.join(root, 'docs', 'BENCHMARKS.md')
  const doc = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : '# Benchmarks\n'
  fs.writeFileSync(docFile, replaceSection(doc, 'site', renderSiteSection(from, doc)))
  return docFile
}

if (values.from) {
  const docFile = writeSection(JSON.parse(fs.readFileSync(values.from, 'utf8')) as SiteBenchResults)
  log(`Wrote the "Public site" section of ${path.relative(root, docFile)} from ${values.from}.`)
  process.exit(0)
}

try {
  await main()
  if (!interrupted()) writeResults()
  if (results.errors.length > 0) process.exitCode = 1
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  if (!interrupted()) {
    await stopAll()
    await cleanupAll()
  }
}
