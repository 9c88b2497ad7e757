/**
 * `npm run bench [-- --count N] [--api-count N] [--db sqlite|postgres|all] [--duration S] [--warmup S] [--keep]`:
 * on a fresh SQLite file and a fresh PostgreSQL database, measures seeding through the
 * database adapter, Payload's cold start and the REST list of trainings under load, then
 * seeding through Payload's Local API, and writes docs/BENCHMARKS.md (and the raw samples to
 * bench/results/).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { buildAdmin } from '../scripts/lib/adminBuild'
import { wholeNumber } from './lib/args'
import { snapshotAdmin } from './lib/adminSnapshot'
import { root, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { codeVersion } from './lib/codeVersion'
import { measureColdStart } from './lib/coldStart'
import { type DatabaseKind, createDatabase, databaseEnv, databaseKindsArg } from './lib/databases'
import { measureList } from './lib/load'
import { describeMachine, loadAverage } from './lib/machine'
import { stopOnInterrupt } from './lib/interrupt'
import { otherBenchesPart } from './lib/markdown'
import { log, phase } from './lib/progress'
import { type BenchResults, type DatabaseResult, renderMarkdown } from './lib/report'
import { seed, seedThroughLocalApi } from './lib/seed'
import { startServer } from './lib/server'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    count: { type: 'string', default: '10000' },
    'api-count': { type: 'string' },
    db: { type: 'string', default: 'all' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
})

const count = wholeNumber('count', values.count, 1, 100_000)
// A training through the Local API took 50–90 ms in smoke runs on a busy 2-core machine (10,000 would take
// 8–15 min per database): by default half as many, the rest extrapolated in the report, labelled as such.
const defaultApiCount = 5000
const apiCount = wholeNumber('api-count', values['api-count'] ?? String(Math.min(count, defaultApiCount)), 0, 100_000)
// The CMS targets are stated for synthetic trainings in 2 languages.
const locales = ['fr', 'en']
const durationSeconds = wholeNumber('duration', values.duration, 1, 300)
const warmupSeconds = wholeNumber('warmup', values.warmup, 0, 60)
const connections = 20
const kinds = databaseKindsArg(values.db)
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)

const interrupted = stopOnInterrupt(`removing the temporary databases`)

const benchDatabase = async (kind: DatabaseKind, appDir: string): Promise<DatabaseResult> => {
  const database = await createDatabase(kind, stamp)
  const drop = onCleanup(`temporary ${kind} database`, values.keep ? async () => undefined : database.drop)
  const result: DatabaseResult = {
    kind,
    version: database.version,
    settings: database.settings,
    notes: [],
    errors: [],
    loadAverage: {},
  }
  /** One phase; its failure is recorded and the run goes on with the next. */
  const attempt = async <T>(name: string, label: string, work: () => Promise<T>): Promise<T | undefined> => {
    result.loadAverage[name] = loadAverage()
    try {
      return await phase(`${kind}: ${label}`, work)
    } catch (error) {
      if (interrupted()) throw error
      const message = error instanceof Error ? error.message : String(error)
      log(`  ✘ ${kind}: ${label} failed: ${message}`)
      result.errors.push({ phase: label, message })
      await stopAll()
      return undefined
    }
  }
  try {
    log(`  ${database.version} (${database.settings}), ${database.url}`)
    const env = databaseEnv(database)
    result.seed = await attempt('seeding', 'seeding', () => seed(env, count, locales))
    if (result.seed) {
      const note = await database.afterSeed()
      if (note) result.notes.push(note)
      result.coldStart = await attempt('cold start', 'cold start', () => measureColdStart(env, appDir))
      const listWith = (cache: 'on' | 'off') =>
        attempt(
          `REST list (cache ${cache})`,
          `REST list (API cache ${cache}), ${connections} connections, ${durationSeconds} s each`,
          async () => {
            const server = await startServer({ ...env, HUB_API_CACHE: cache }, appDir)
            try {
              return await measureList(server.url, locales, { connections, seconds: durationSeconds, warmupSeconds })
            } finally {
              await server.stop()
            }
          },
        )
      result.listUncached = await listWith('off')
      result.list = await listWith('on')
      // Last: the measurements above ran on the adapter's trainings alone.
      if (apiCount > 0) {
        result.localApiSeed = await attempt('Local API seeding', 'seeding through the Local API', () =>
          seedThroughLocalApi(env, apiCount, locales),
        )
      }
    }
    result.loadAverage.end = loadAverage()
    return result
  } finally {
    await drop()
  }
}

const main = async () => {
  const machine = describeMachine()
  // Before the admin build: the code as it was when the run began.
  const code = codeVersion()
  log(
    `Benchmarks: ${kinds.join(', ')}; ${count} synthetic trainings in ${locales.join(' + ')} through the database adapter, ` +
      `${apiCount} through the Local API; lists for ${durationSeconds} s (+${warmupSeconds} s warm-up)`,
  )
  log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${loadAverage()}`)
  await phase('admin build (skipped when up to date)', () => buildAdmin())
  const appDir = snapshotAdmin(stamp)
  const results: BenchResults = {
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    machine,
    code,
    options: { count, apiCount, locales, connections, durationSeconds, warmupSeconds },
    databases: [],
    failures: [],
    finishedAt: '',
  }
  for (const kind of kinds) {
    log(`\n■ ${kind}`)
    try {
      results.databases.push(await benchDatabase(kind, appDir))
    } catch (error) {
      if (interrupted()) return
      const message = error instanceof Error ? error.message : String(error)
      log(`  ✘ ${kind} failed: ${message}`)
      results.failures.push({ kind, error: message })
      await stopAll()
    }
  }
  results.finishedAt = new Date().toISOString()
  const resultsFile = path.join(root, 'bench', 'results', `${stamp}.json`)
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const docFile = path.join(root, 'docs', 'BENCHMARKS.md')
  fs.mkdirSync(path.dirname(docFile), { recursive: true })
  // The part below belongs to the other bench commands: kept as it is.
  const doc = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : ''
  const kept = otherBenchesPart(doc)
  fs.writeFileSync(docFile, [renderMarkdown(results).trimEnd(), kept].filter(Boolean).join('\n\n') + '\n')
  log(`\nWrote ${path.relative(root, docFile)} and ${path.relative(root, resultsFile)}.`)
  if (results.failures.length > 0 || results.databases.some((db) => db.errors.length > 0)) process.exitCode = 1
}

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  if (!interrupted()) {
    await stopAll()
    await cleanupAll()
  }
}
