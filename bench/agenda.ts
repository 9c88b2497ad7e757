/**
 * `npm run bench:agenda [-- --count N] [--runs N] [--only publish,scale] [--keep]`: on a fresh
 * SQLite database with the demo content, issue 16's agenda targets: publish an event → on the
 * agenda (the whole hub as `npm start` runs it, `runs` publications), then N synthetic events: a
 * full site build's time per page and the time to write the .ics files. Writes the "Agenda and
 * sign-ups: the agenda" section of docs/BENCHMARKS.md and the raw results to
 * bench/results/agenda-<stamp>.json. Temporary files live in var/bench-agenda/<stamp>/, removed
 * unless --keep. The demo seed and the demo build always run: the stack serves that build.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { localeCodes } from '../publication/locales'
import { buildAdmin } from '../scripts/lib/adminBuild'
import { measureAgendaPublish } from './lib/agendaPublish'
import { type AgendaBenchResults, renderAgendaSection } from './lib/agendaReport'
import { wholeNumber } from './lib/args'
import { siteCalendars } from './lib/calendarFiles'
import { benchEnv, root, runToEnd, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { codeVersion } from './lib/codeVersion'
import { describeMachine, loadAverage } from './lib/machine'
import { stopOnInterrupt } from './lib/interrupt'
import { log, phase } from './lib/progress'
import { saveRun } from './lib/results'
import { seedDemo } from './lib/seed'
import { freePort, host } from './lib/server'
import { liveDir, measureSiteBuild } from './lib/siteBuild'
import { startStack } from './lib/sitePublish'

const parts = ['publish', 'scale'] as const
type Part = (typeof parts)[number]

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: parts.join(',') },
    keep: { type: 'boolean', default: false },
  },
})

const count = wholeNumber('count', values.count, 1, 100_000)
const runs = wholeNumber('runs', values.runs, 1, 20)
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
const workDir = path.join(root, 'var', 'bench-agenda', stamp)
const demoSiteDir = path.join(workDir, 'site-demo')
const scaleSiteDir = path.join(workDir, 'site-scale')
const scaleLocales = ['fr', 'en', 'es']
const minutes = 60_000

const interrupted = stopOnInterrupt(`removing var/bench-agenda/${stamp}`)

const results: AgendaBenchResults = {
  command: `npm run bench:agenda${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
  stamp,
  machine: describeMachine(['payload', 'astro', '@libsql/client', 'ics']),
  code: codeVersion(),
  options: { count, runs, only: only.length === parts.length ? [] : only },
  loadAverage: {},
  seed: {},
  builds: {},
  errors: [],
  finishedAt: '',
}

/** One phase; its failure is recorded and the run goes on with the next. */
const attempt = async <T>(label: string, work: () => Promise<T>, ticker = true): Promise<T | undefined> => {
  results.loadAverage[label] = loadAverage()
  try {
    return await phase(label, work, { ticker })
  } catch (error) {
    if (interrupted()) throw error
    const message = error instanceof Error ? error.message : String(error)
    log(`  ✘ ${label} failed: ${message}`)
    results.errors.push({ phase: label, message })
    await stopAll()
    return undefined
  }
}

const secret = randomBytes(24).toString('hex')
/** Everything relocated under workDir: database, uploads, site; nothing of var/ or the usual ports. */
const envFor = (siteDir: string, locales: readonly string[], siteUrl: string, extra: Record<string, string> = {}) =>
  benchEnv({
    DATABASE_URL: `file:${path.join(workDir, 'cms.db')}`,
    UPLOADS_DIR: path.join(workDir, 'uploads'),
    HUB_SITE_DIR: siteDir,
    HUB_SITE_REBUILD: 'off',
    SITE_LOCALES: locales.join(','),
    PAYLOAD_SECRET: secret,
    SITE_URL: siteUrl,
    ...extra,
  })

const buildTimeout = (pages: number) => 20 * minutes + pages * 50

const publishOnStack = async (siteUrl: string, sitePort: number) => {
  const cmsPort = await freePort()
  const cmsUrl = `http://${host}:${cmsPort}`
  const env = envFor(demoSiteDir, localeCodes, siteUrl, {
    PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    SERVER_URL: cmsUrl,
    HUB_JOBS: 'on',
    HUB_SITE_REBUILD: 'on',
  })
  log(`    scripts/start.ts: CMS ${cmsUrl}, site ${siteUrl}`)
  const stack = await startStack(env, cmsUrl, siteUrl, 10 * minutes)
  try {
    return await measureAgendaPublish(stack, { runs, timeoutMs: 15 * minutes, tag: stamp })
  } finally {
    await stack.stop()
  }
}

const seedEvents = async (env: NodeJS.ProcessEnv) => {
  const finished = await runToEnd('tsx', ['bench/lib/agendaSeed.ts', String(count)], env, {
    timeoutMs: 10 * minutes + count * 200,
    onLine: (line) => {
      if (/synthetic events/.test(line)) log(`    ${line.trim()}`)
    },
  })
  const line = finished.lines.find((candidate) => candidate.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`agendaSeed printed no result:\n${finished.lines.slice(-10).join('\n')}`)
  const seeded = JSON.parse(line.slice('BENCH_RESULT '.length)) as { count: number; seconds: number }
  return { ...seeded, wallSeconds: finished.ms / 1000 }
}

const main = async () => {
  const { machine } = results
  log(`Agenda benchmark: ${only.join(', ')}; ${count} synthetic events; ${runs} publications`)
  log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${loadAverage()}`)
  log(`  working folder var/bench-agenda/${stamp}${values.keep ? ' (kept)' : ''}`)
  fs.mkdirSync(workDir, { recursive: true })
  onCleanup(`var/bench-agenda/${stamp}`, async () => {
    if (values.keep) return
    log(`Removing var/bench-agenda/${stamp} (database, uploads, site builds)…`)
    await fs.promises.rm(workDir, { recursive: true, force: true })
  })
  if (wants('publish')) await phase('admin build (skipped when up to date)', () => buildAdmin())
  // One port for the site all along: SITE_URL is baked into the pages.
  const sitePort = await freePort()
  const siteUrl = `http://${host}:${sitePort}`
  const demoEnv = envFor(demoSiteDir, localeCodes, siteUrl)
  results.seed.demo = await attempt('demo seed (fresh database)', () => seedDemo(demoEnv))
  if (!results.seed.demo) return
  results.builds.demoCold = await attempt(
    'demo build, 7 languages, cold Astro cache',
    () => measureSiteBuild('demo, cold', demoEnv, demoSiteDir, buildTimeout(2000)),
    false,
  )
  if (!results.builds.demoCold) return
  if (wants('publish')) {
    results.publish = await attempt(`publish → on the agenda, demo content (${runs} runs)`, () => publishOnStack(siteUrl, sitePort), false)
  }
  if (wants('scale')) {
    const scaleEnv = envFor(scaleSiteDir, scaleLocales, siteUrl)
    results.seed.synthetic = await attempt(`${count} synthetic events (Local API)`, () => seedEvents(scaleEnv), false)
    if (!results.seed.synthetic) return
    results.builds.scaleCold = await attempt(
      `${count} events build, ${scaleLocales.join(', ')}, cold Astro cache`,
      () => measureSiteBuild(`${count} events, full`, scaleEnv, scaleSiteDir, buildTimeout(count * 8), { full: true }),
      false,
    )
    if (results.builds.scaleCold) results.calendars = siteCalendars(liveDir(scaleSiteDir), results.builds.scaleCold)
    if (results.calendars) {
      const { feeds, events, stepMs } = results.calendars
      log(
        `    .ics: ${feeds.files} feeds and ${events.files} event files, written in ${stepMs === null ? '?' : (stepMs / 1000).toFixed(1)} s beside Astro`,
      )
    }
  }
}

try {
  await main()
  if (!interrupted()) {
    results.finishedAt = new Date().toISOString()
    results.loadAverage.end = loadAverage()
    saveRun('agenda', 'Agenda and sign-ups: the agenda', stamp, results, renderAgendaSection(results))
  }
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
