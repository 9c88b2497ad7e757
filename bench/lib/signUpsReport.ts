import type { CodeVersion } from './codeVersion'
import type { DatabaseKind } from './databases'
import type { Machine } from './machine'
import { machineRows, row } from './markdown'
import type { Answer } from './signUpClients'
import { percentile } from './stats'

/** What the bench reads in the database (signUpsData.ts `counts`). */
export interface Counts {
  confirmed: number
  waitlisted: number
  cancelled: number
  /** The event's seats row (confirmed seats, guests included), changed only by conditional updates. */
  seatsRow: number
  queuedEmailJobs: number
}

export interface Check {
  what: string
  expected: number
  actual: number
}

/** A batch of answers: how many, their outcomes, those that were not what a visitor should get, latencies (ms). */
export interface AnswerSummary {
  requests: number
  outcomes: Record<string, number>
  /** No answer, an unexpected status, or an outcome outside those expected. */
  failed: number
  /** Up to 5 distinct failures, as `status outcome (error)`. */
  failures: string[]
  p50: number
  p95: number
  p99: number
  max: number
}

export const summarise = (answers: readonly Answer[], expectedStatus: number, expectedOutcomes: readonly string[]): AnswerSummary => {
  const outcomes: Record<string, number> = {}
  const failures = new Set<string>()
  let failed = 0
  for (const answer of answers) {
    outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1
    if (answer.status !== expectedStatus || !expectedOutcomes.includes(answer.outcome)) {
      failed += 1
      if (failures.size < 5) failures.add(`${answer.status} ${answer.outcome}${answer.error ? ` (${answer.error})` : ''}`)
    }
  }
  const ms = answers.map((answer) => answer.ms)
  return {
    requests: answers.length,
    outcomes,
    failed,
    failures: [...failures],
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: percentile(ms, 100),
  }
}

export interface BurstResult {
  signUps: number
  clients: number
  capacity: number
  wallMs: number
  answers: AnswerSummary
  counts: Counts
  checks: Check[]
  /** Each answer's latency, ms, in the order answered (raw samples). */
  samples: number[]
}

export interface CancellationsResult {
  cancellations: number
  wallMs: number
  answers: AnswerSummary
  before: Counts
  after: Counts
  /** Waitlisted before − waitlisted after, cancelled people excluded (only confirmed people cancelled). */
  promoted: number
  checks: Check[]
  samples: number[]
}

export interface ThroughputResult {
  clients: number
  seconds: number
  warmupSeconds: number
  /** Sign-ups sent during the warm-up: their answers are dropped, their registrations are in the counts. */
  warmupRequests: number
  /** The measured part. */
  wallMs: number
  requestsPerSecond: number
  answers: AnswerSummary
  counts: Counts
  checks: Check[]
  samples: number[]
}

export interface SignUpsDatabaseResult {
  kind: DatabaseKind
  version: string
  settings: string
  setupMs?: number
  serverReadyMs?: number
  burst?: BurstResult
  cancellations?: CancellationsResult
  throughput?: ThroughputResult
  loadAverage: Record<string, number>
  errors: { phase: string; message: string }[]
}

export interface SignUpsBenchResults {
  command: string
  stamp: string
  machine: Machine
  code: CodeVersion
  options: {
    signUps: number
    clients: number
    capacity: number
    cancellations: number
    throughputClients: number
    durationSeconds: number
    warmupSeconds: number
  }
  databases: SignUpsDatabaseResult[]
  finishedAt: string
}

/** How many client addresses the endpoint's flood limit keeps in memory (cms/registrations/floodLimits.ts). */
const floodLimitAddresses = 10_000

/** The issue's target for the endpoint at 20 clients. */
export const p95TargetMs = 100

const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`)
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const outcomesText = (outcomes: Record<string, number>) =>
  Object.entries(outcomes)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ')
const checksPass = (checks: readonly Check[]) => checks.every((check) => check.expected === check.actual)
const checksText = (checks: readonly Check[]) =>
  checks.map((check) => `${check.what} ${check.actual}${check.expected === check.actual ? '' : ` (expected ${check.expected})`}`).join(', ')

const databaseRows = (db: SignUpsDatabaseResult, options: SignUpsBenchResults['options']): string[] => {
  const rows: string[] = []
  const { burst, cancellations, throughput } = db
  if (burst) {
    rows.push(
      row([
        `${burst.signUps} sign-ups by ${burst.clients} clients, event of ${burst.capacity} seats with a waitlist`,
        `${seconds(burst.wallMs)}; answers: ${outcomesText(burst.answers.outcomes)}; in the database: ${checksText(burst.checks)}; p50 ${ms(burst.answers.p50)}, p95 ${ms(burst.answers.p95)}, max ${ms(burst.answers.max)}`,
        `exactly ${burst.capacity} confirmed, ${burst.signUps - burst.capacity} waitlisted, 0 errors`,
        mark(checksPass(burst.checks) && burst.answers.failed === 0),
      ]),
    )
  }
  if (cancellations) {
    rows.push(
      row([
        `${cancellations.cancellations} cancellations at once (the personal link's form, POSTed)`,
        `${seconds(cancellations.wallMs)}; answers: ${outcomesText(cancellations.answers.outcomes)}; ${cancellations.promoted} promoted; in the database: ${checksText(cancellations.checks)}; p50 ${ms(cancellations.answers.p50)}, max ${ms(cancellations.answers.max)}`,
        `exactly ${cancellations.cancellations} promoted, still ${options.capacity} confirmed`,
        mark(checksPass(cancellations.checks) && cancellations.answers.failed === 0),
      ]),
    )
  }
  if (throughput) {
    rows.push(
      row([
        `Sign-up endpoint, ${throughput.clients} clients for ${throughput.seconds} s (after ${throughput.warmupSeconds} s of warm-up), unlimited event`,
        `${throughput.requestsPerSecond.toFixed(1)} sign-ups/s (${throughput.answers.requests} in ${seconds(throughput.wallMs)}); p50 ${ms(throughput.answers.p50)}, p95 ${ms(throughput.answers.p95)}, p99 ${ms(throughput.answers.p99)}, max ${ms(throughput.answers.max)}; ${throughput.answers.failed} errors; in the database: ${checksText(throughput.checks)}`,
        `p95 ≤ ${p95TargetMs} ms`,
        mark(throughput.answers.p95 <= p95TargetMs && throughput.answers.failed === 0 && checksPass(throughput.checks)),
      ]),
    )
  }
  // The endpoint's limit per address keeps at most this many addresses in memory (floodLimits.ts):
  // beyond it, each new address makes it look through the table for one to drop.
  const addresses = (burst?.answers.requests ?? 0) + (throughput ? throughput.warmupRequests + throughput.answers.requests : 0)
  if (addresses > floodLimitAddresses)
    rows.push(
      row([
        'Note',
        `${addresses} sign-ups from as many addresses in one server’s life: more than the ${floodLimitAddresses} addresses the limit per address keeps, so later requests also paid for its clean-up`,
        '',
        '',
      ]),
    )
  for (const error of db.errors) rows.push(row([`✘ ${error.phase}`, error.message.split('\n')[0] ?? '', '', '❌ failed']))
  return rows
}

export const renderSignUpsSection = (results: SignUpsBenchResults): string => {
  const { options } = results
  const lines = [
    '## Agenda and sign-ups: sign-ups',
    '',
    `\`${results.command}\` (bench/signups.ts), issue 16's sign-up targets, on a fresh SQLite file and a fresh PostgreSQL database each.`,
    '',
    'How it is measured, and every shortcut:',
    '',
    '- **The real endpoints over HTTP**: `POST /api/public/sign-up` and `/api/public/cancel` of the admin server `npm start` runs (scripts/serve-cms.ts: Next behind `withClientAddress`), here over a private copy of the built admin (`--dir`), `NODE_ENV=production`, on loopback. The clients (Node `fetch`) run on the same machine and share its cores.',
    '- **As a browser sends the form**: `application/x-www-form-urlencoded`, `Origin` the site, the form’s fields (event, language, first name, email, consent, empty honeypot), with `Accept: application/json` as the island asks; a distinct made-up email per sign-up (so the limit per email never applies).',
    '- **Shortcut: one address per request.** The endpoint limits sign-ups per client address, which would refuse a benchmark from one machine. The server trusts one proxy (`HUB_TRUST_PROXY=1`) and each request carries its own `X-Forwarded-For` address from 10.0.0.0/8, as a reverse proxy in front of the admin would write for that many visitors. The limits themselves are not measured here.',
    '- **Shortcut: jobs off** (`HUB_JOBS=off`): each sign-up queues its email as a job row in its own request (that write is measured); no email is sent during the run. The queued jobs are counted afterwards.',
    '- **Cancel links**: the bench derives each confirmed person’s token from the server’s secret as the emails’ links are (cms/registrations/cancelToken.ts), and posts the cancel page’s form with it, all at once.',
    '- Counts are read from the database afterwards through Payload’s Local API in a separate process (registrations per status, the event’s seats row), never from the answers.',
    '',
    ...machineRows(results.machine),
    row([
      'Code',
      `\`${results.code.commit}\`${results.code.changed.length > 0 ? ` + uncommitted changes in ${results.code.changed.length} files` : ''}`,
    ]),
    row([
      'Packages',
      Object.entries(results.machine.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ]),
    row(['Date', `${results.machine.date} → ${results.finishedAt}`]),
    row(['Load average (1 / 5 / 15 min) at the start', results.machine.loadAverage.join(' / ')]),
    '',
  ]
  for (const db of results.databases) {
    lines.push(
      `### ${db.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${db.version} (${db.settings})`,
      '',
      `Load average (1 min) when each phase began: ${Object.entries(db.loadAverage)
        .map(([phase, load]) => `${phase} ${load}`)
        .join(', ')}.`,
      '',
      row(['Measure', 'Result', 'Target', '']),
      row(['---', '---', '---', '---']),
      ...databaseRows(db, options),
      '',
    )
  }
  lines.push('Raw samples (every answer’s latency, the counts): `bench/results/signups-<stamp>.json`.')
  return lines.join('\n')
}
