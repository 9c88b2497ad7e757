/**
 * `npm run bench:signups [-- --signups N] [--clients N] [--capacity N] [--cancellations N]
 * [--throughput-clients N] [--duration S] [--warmup S] [--db sqlite|postgres|all] [--keep]`:
 * on a fresh SQLite file and a fresh PostgreSQL database, issue 16's sign-up benchmarks through the
 * admin server's public endpoints: N sign-ups by many clients at once to an event of limited
 * capacity with a waitlist (exact counts checked in the database), then cancellations at once
 * (the waitlist promoted), then the sign-up endpoint's latency and throughput under a steady load.
 * Writes the "Agenda and sign-ups: sign-ups" section of docs/BENCHMARKS.md and the raw samples to
 * bench/results/signups-<stamp>.json.
 */
import { parseArgs } from 'node:util'

import { buildAdmin } from '../scripts/lib/adminBuild'
import { startAdminServer } from './lib/adminServer'
import { snapshotAdmin } from './lib/adminSnapshot'
import { wholeNumber } from './lib/args'
import { runToEnd, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { codeVersion } from './lib/codeVersion'
import { type DatabaseKind, createDatabase, databaseEnv, databaseKindsArg } from './lib/databases'
import { describeMachine, loadAverage } from './lib/machine'
import { stopOnInterrupt } from './lib/interrupt'
import { log, phase } from './lib/progress'
import { saveRun } from './lib/results'
import { type Server } from './lib/server'
import { forDuration, inPool, postCancel, postSignUp, signUpForm } from './lib/signUpClients'
import {
  type Check,
  type Counts,
  type SignUpsBenchResults,
  type SignUpsDatabaseResult,
  renderSignUpsSection,
  summarise,
} from './lib/signUpsReport'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    signups: { type: 'string', default: '500' },
    clients: { type: 'string', default: '50' },
    capacity: { type: 'string', default: '100' },
    cancellations: { type: 'string', default: '50' },
    'throughput-clients': { type: 'string', default: '20' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    db: { type: 'string', default: 'all' },
    keep: { type: 'boolean', default: false },
  },
})

const signUps = wholeNumber('signups', values.signups, 2, 100_000)
const clients = wholeNumber('clients', values.clients, 1, 1000)
const capacity = wholeNumber('capacity', values.capacity, 1, signUps - 1)
const cancellations = wholeNumber('cancellations', values.cancellations, 1, Math.min(capacity, signUps - capacity))
const throughputClients = wholeNumber('throughput-clients', values['throughput-clients'], 1, 1000)
const durationSeconds = wholeNumber('duration', values.duration, 1, 600)
const warmupSeconds = wholeNumber('warmup', values.warmup, 0, 120)
const kinds = databaseKindsArg(values.db)
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
// The site's address as the form's Origin: the endpoints' CORS allow it (publicCors.ts).
const siteUrl = 'http://127.0.0.1:4321'
const minutes = 60_000

const interrupted = stopOnInterrupt(`removing the temporary databases`)

/** One step of bench/lib/signUpsData.ts in its own process; its BENCH_RESULT. */
const inDatabase = async <T>(env: NodeJS.ProcessEnv, ...step: string[]): Promise<T> => {
  const { lines } = await runToEnd('tsx', ['bench/lib/signUpsData.ts', ...step], env, { timeoutMs: 10 * minutes })
  const line = lines.find((candidate) => candidate.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`signUpsData ${step.join(' ')} printed no result:\n${lines.slice(-10).join('\n')}`)
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T
}

const check = (what: string, expected: number, actual: number): Check => ({ what, expected, actual })
const failIf = (checks: readonly Check[], failed: number) => {
  const wrong = checks.filter((one) => one.expected !== one.actual)
  if (wrong.length > 0 || failed > 0)
    log(
      `    ✘ ${[...wrong.map((one) => `${one.what}: ${one.actual}, expected ${one.expected}`), ...(failed > 0 ? [`${failed} errors`] : [])].join('; ')}`,
    )
}

const benchDatabase = async (kind: DatabaseKind, appDir: string): Promise<SignUpsDatabaseResult> => {
  const database = await createDatabase(kind, stamp)
  const drop = onCleanup(`temporary ${kind} database`, values.keep ? async () => undefined : database.drop)
  const result: SignUpsDatabaseResult = { kind, version: database.version, settings: database.settings, loadAverage: {}, errors: [] }
  /** One phase; its failure is recorded and the run goes on with the next. */
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
  // Jobs off: sign-ups queue their emails, nothing sends them (the report says so). No site to rebuild.
  const env = databaseEnv(database, { HUB_JOBS: 'off', HUB_SITE_REBUILD: 'off', SITE_URL: siteUrl })
  let server: Server | undefined
  try {
    log(`  ${database.version} (${database.settings}), ${database.url}`)
    const setupStarted = performance.now()
    const events = await attempt('schema and events', () =>
      inDatabase<{ limitedEvent: number | string; unlimitedEvent: number | string }>(env, 'setup', String(capacity)),
    )
    if (!events) return result
    result.setupMs = performance.now() - setupStarted
    server = await attempt('admin server start', () => startAdminServer(env, appDir, { trustProxyHops: 1 }))
    if (!server) return result
    result.serverReadyMs = server.readyMs
    const { url } = server
    const limitedEvent = String(events.limitedEvent)
    const unlimitedEvent = String(events.unlimitedEvent)
    const tag = `${stamp}-${kind}`

    result.burst = await attempt(`${signUps} sign-ups by ${clients} clients, ${capacity} seats + waitlist`, async () => {
      const started = performance.now()
      const answers = await inPool(signUps, clients, 'sign-ups', (index) => postSignUp(url, siteUrl, signUpForm(limitedEvent, tag, index)))
      const wallMs = performance.now() - started
      const counts = await inDatabase<Counts>(env, 'counts', limitedEvent)
      const summary = summarise(answers, 200, ['confirmed', 'waitlisted'])
      const checks = [
        check('confirmed', capacity, counts.confirmed),
        check('waitlisted', signUps - capacity, counts.waitlisted),
        check('seats row', capacity, counts.seatsRow),
        check('“confirmed” answers', capacity, summary.outcomes.confirmed ?? 0),
      ]
      log(
        `    ${(wallMs / 1000).toFixed(2)} s; ${counts.confirmed} confirmed, ${counts.waitlisted} waitlisted, seats row ${counts.seatsRow}`,
      )
      failIf(checks, summary.failed)
      return { signUps, clients, capacity, wallMs, answers: summary, counts, checks, samples: answers.map((answer) => answer.ms) }
    })

    if (result.burst) {
      const before = result.burst.counts
      result.cancellations = await attempt(`${cancellations} cancellations at once`, async () => {
        const tokens = await inDatabase<string[]>(env, 'tokens', limitedEvent, String(cancellations))
        if (tokens.length !== cancellations) throw new Error(`Only ${tokens.length} confirmed people to cancel`)
        const started = performance.now()
        const answers = await inPool(tokens.length, tokens.length, 'cancellations', (index) =>
          postCancel(url, siteUrl, tokens[index] ?? ''),
        )
        const wallMs = performance.now() - started
        const after = await inDatabase<Counts>(env, 'counts', limitedEvent)
        const promoted = before.waitlisted - after.waitlisted
        const summary = summarise(answers, 303, ['cancelled'])
        const checks = [
          check('promoted', cancellations, promoted),
          check('confirmed', capacity, after.confirmed),
          check('cancelled', cancellations, after.cancelled),
          check('seats row', capacity, after.seatsRow),
        ]
        log(`    ${(wallMs / 1000).toFixed(2)} s; ${promoted} promoted, ${after.confirmed} confirmed, seats row ${after.seatsRow}`)
        failIf(checks, summary.failed)
        return { cancellations, wallMs, answers: summary, before, after, promoted, checks, samples: answers.map((answer) => answer.ms) }
      })
    }

    result.throughput = await attempt(
      `sign-up endpoint, ${throughputClients} clients, ${warmupSeconds} + ${durationSeconds} s`,
      async () => {
        const send = (index: number) => postSignUp(url, siteUrl, signUpForm(unlimitedEvent, `${tag}-open`, index))
        const warmUp = await forDuration(warmupSeconds, throughputClients, 'warm-up', 0, send)
        const measured = await forDuration(durationSeconds, throughputClients, 'measuring', warmUp.nextIndex, send)
        const counts = await inDatabase<Counts>(env, 'counts', unlimitedEvent)
        const summary = summarise(measured.answers, 200, ['confirmed'])
        const confirmedAnswers = [...warmUp.answers, ...measured.answers].filter((answer) => answer.outcome === 'confirmed').length
        const checks = [check('confirmed (warm-up included)', confirmedAnswers, counts.confirmed)]
        const requestsPerSecond = measured.answers.length / (measured.wallMs / 1000)
        log(
          `    ${requestsPerSecond.toFixed(1)} sign-ups/s; p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms; ` +
            `${summary.failed} errors; ${counts.queuedEmailJobs} email jobs queued in all`,
        )
        failIf(checks, summary.failed)
        return {
          clients: throughputClients,
          seconds: durationSeconds,
          warmupSeconds,
          warmupRequests: warmUp.answers.length,
          wallMs: measured.wallMs,
          requestsPerSecond,
          answers: summary,
          counts,
          checks,
          samples: measured.answers.map((answer) => answer.ms),
        }
      },
    )
    result.loadAverage.end = loadAverage()
    return result
  } finally {
    await server?.stop()
    await drop()
  }
}

const main = async (): Promise<SignUpsBenchResults> => {
  const machine = describeMachine(['payload', 'next', '@libsql/client', 'pg'])
  log(
    `Sign-up benchmarks: ${kinds.join(', ')}; ${signUps} sign-ups by ${clients} clients to ${capacity} seats, ${cancellations} cancellations; ` +
      `${throughputClients} clients for ${durationSeconds} s (+${warmupSeconds} s warm-up)`,
  )
  log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${loadAverage()}`)
  const results: SignUpsBenchResults = {
    command: `npm run bench:signups${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    stamp,
    machine,
    code: codeVersion(),
    options: { signUps, clients, capacity, cancellations, throughputClients, durationSeconds, warmupSeconds },
    databases: [],
    finishedAt: '',
  }
  await phase('admin build (skipped when up to date)', () => buildAdmin())
  const appDir = snapshotAdmin(stamp)
  for (const kind of kinds) {
    log(`\n■ ${kind}`)
    results.databases.push(await benchDatabase(kind, appDir))
    await stopAll()
  }
  results.finishedAt = new Date().toISOString()
  return results
}

try {
  const results = await main()
  if (!interrupted()) {
    saveRun('signups', 'Agenda and sign-ups: sign-ups', stamp, results, renderSignUpsSection(results))
    const failed = results.databases.some(
      (db) =>
        db.errors.length > 0 ||
        [db.burst, db.cancellations, db.throughput].some(
          (part) => part && (part.answers.failed > 0 || part.checks.some((one) => one.expected !== one.actual)),
        ),
    )
    if (failed) process.exitCode = 1
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
