/**
 * `npm run bench:translations [-- --documents N] [--runs N] [--saves N] [--calls N]
 * [--db sqlite|postgres|all] [--keep]`: issue 18's translation benchmarks, on a fresh
 * SQLite file and a fresh PostgreSQL database each: N FAQs in 7 languages (written beneath the
 * CMS), their translation status recomputed from the database, computed in memory and kept on
 * one save; the Translations dashboard's figures (its page's render is covered by the end-to-end
 * tests, not timed here).
 * Writes the "Translations" section of docs/BENCHMARKS.md and the raw samples to
 * bench/results/translations-<stamp>.json.
 */
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { parseArgs } from 'node:util'

import { wholeNumber } from './lib/args'
import { runToEnd, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { codeVersion } from './lib/codeVersion'
import { type DatabaseKind, createDatabase, databaseEnv, databaseKindsArg } from './lib/databases'
import { stopOnInterrupt } from './lib/interrupt'
import { describeMachine, loadAverage } from './lib/machine'
import { log, phase } from './lib/progress'
import { saveRun } from './lib/results'
import {
  type StatusResult,
  type TranslationsBenchResults,
  type TranslationsDatabaseResult,
  renderTranslationsSection,
} from './lib/translationsReport'
import { expectedCounts } from './lib/translationsSeed'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    documents: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    saves: { type: 'string', default: '20' },
    calls: { type: 'string', default: '30' },
    db: { type: 'string', default: 'all' },
    keep: { type: 'boolean', default: false },
  },
})

const documents = wholeNumber('documents', values.documents, 40, 100_000)
const runs = wholeNumber('runs', values.runs, 1, 50)
// Three save measures take distinct complete documents (half of them): 3 × saves at most.
const saves = wholeNumber('saves', values.saves, 1, Math.floor(documents / 6))
const calls = wholeNumber('calls', values.calls, 2, 1000)
const kinds = databaseKindsArg(values.db)
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
// The bench editor's password, for this run only.
const editorPassword = randomBytes(18).toString('base64url')
const minutes = 60_000

const interrupted = stopOnInterrupt('removing the temporary databases')

/** One step of bench/lib/translationsData.ts in its own process; its BENCH_RESULT. */
const inDatabase = async <T>(env: NodeJS.ProcessEnv, timeoutMinutes: number, ...step: string[]): Promise<T> => {
  const { lines } = await runToEnd('tsx', ['bench/lib/translationsData.ts', ...step], env, { timeoutMs: timeoutMinutes * minutes })
  const line = lines.find((candidate) => candidate.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`translationsData ${step.join(' ')} printed no result:\n${lines.slice(-10).join('\n')}`)
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T
}

/** The languages whose dashboard figures differ from the seeded plan, as `code: got … expected …`. */
const wrongFigures = (figures: Record<string, Record<string, number>>, moved: number): string[] =>
  Object.entries(expectedCounts(documents, moved)).flatMap(([code, expected]) => {
    const got = figures[code]
    const same = got && (['missing', 'outdated', 'upToDate'] as const).every((state) => got[state] === expected[state])
    return same ? [] : [`${code}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`]
  })

const benchDatabase = async (kind: DatabaseKind): Promise<TranslationsDatabaseResult> => {
  const database = await createDatabase(kind, stamp)
  const drop = onCleanup(`temporary ${kind} database`, values.keep ? async () => undefined : database.drop)
  const result: TranslationsDatabaseResult = {
    kind,
    version: database.version,
    settings: database.settings,
    loadAverage: {},
    errors: [],
    notes: [],
  }
  /** One phase; its failure is recorded and the run goes on where it can. */
  const attempt = async <T>(label: string, work: () => Promise<T>): Promise<T | undefined> => {
    result.loadAverage[label] = loadAverage()
    try {
      return await phase(`${kind}: ${label}`, work, { ticker: false })
    } catch (error) {
      if (interrupted()) throw error
      const message = error instanceof Error ? error.message : String(error)
      log(`  ✘ ${kind}: ${label} failed: ${message}`)
      result.errors.push({ phase: label, message })
      return undefined
    }
  }
  const env = databaseEnv(database, { HUB_SITE_REBUILD: 'off', BENCH_EDITOR_PASSWORD: editorPassword })
  const analyze = async (when: string) => {
    const note = await database.afterSeed()
    if (note) result.notes.push(`${when}: ${note}.`)
  }
  try {
    log(`  ${database.version} (${database.settings}), ${database.url}`)
    const setup = await attempt(`schema, an editor and ${documents} FAQs`, async () => {
      const done = await inDatabase<{ seedMs: number }>(env, 30, 'setup', String(documents))
      await analyze('After seeding')
      return done
    })
    if (!setup) return result
    result.seedMs = setup.seedMs
    const status = await attempt('translation status: recomputes, in memory, saves', async () => {
      const measured = await inDatabase<StatusResult>(env, 120, 'status', String(runs), String(saves))
      await analyze('After the status rows were written')
      return measured
    })
    if (!status) return result
    result.status = status
    log(
      `    recompute ${(status.firstRecompute.ms / 1000).toFixed(2)} s (no status), ${(status.unchangedRecompute.median / 1000).toFixed(2)} s (unchanged); ` +
        `in memory ${(status.pureStored.median / 1000).toFixed(2)} s; one save ${status.saveRevised.median.toFixed(1)} ms`,
    )
    result.dashboard = await attempt(`dashboard figures, ${calls} calls`, () =>
      inDatabase<NonNullable<TranslationsDatabaseResult['dashboard']>>(env, 10, 'dashboard', String(calls)),
    )
    if (result.dashboard) {
      result.wrongFigures = wrongFigures(result.dashboard.figures, status.moved)
      const { first, median, p95 } = result.dashboard.calls
      log(`    first ${first.toFixed(1)} ms; median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`)
      for (const wrong of result.wrongFigures) log(`    ✘ ${wrong}`)
    }
    result.loadAverage.end = loadAverage()
    return result
  } finally {
    await drop()
  }
}

const main = async (): Promise<TranslationsBenchResults> => {
  const machine = describeMachine(['payload', 'next', '@libsql/client', 'pg'])
  log(`Translation benchmarks: ${kinds.join(', ')}; ${documents} FAQs in 7 languages; ${runs} runs, ${saves} saves, ${calls} calls`)
  log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.join(' / ')}`)
  const results: TranslationsBenchResults = {
    command: `npm run bench:translations${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    stamp,
    machine,
    endLoadAverage: [],
    code: codeVersion(),
    options: { documents, runs, saves, calls },
    databases: [],
    finishedAt: '',
  }
  for (const kind of kinds) {
    log(`\n■ ${kind}`)
    results.databases.push(await benchDatabase(kind))
    await stopAll()
  }
  results.finishedAt = new Date().toISOString()
  results.endLoadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100)
  return results
}

try {
  const results = await main()
  if (!interrupted()) {
    saveRun('translations', 'Translations: status and dashboard', stamp, results, renderTranslationsSection(results))
    if (results.databases.some((db) => db.errors.length > 0 || (db.wrongFigures?.length ?? 0) > 0)) process.exitCode = 1
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  if (!interrupted()) {
    await stopAll()
    await cleanupAll()
  }
}
