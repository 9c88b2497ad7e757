import { type ColdStartResult, firstListPath } from './coldStart'
import type { DatabaseKind } from './databases'
import { type ListResult, type LoadResult, listPath, timeoutSeconds } from './load'
import type { Machine } from './machine'
import { machineRows, row } from './markdown'
import type { SeedResult } from './seed'

export interface DatabaseResult {
  kind: DatabaseKind
  version: string
  settings: string
  notes: string[]
  seed?: SeedResult
  coldStart?: ColdStartResult
  /** With the in-memory cache of anonymous reads (the default). */
  list?: ListResult
  /** The same with HUB_API_CACHE=off: every request a database query. */
  listUncached?: ListResult
  /** Phases that failed: their numbers are missing. */
  errors: { phase: string; message: string }[]
  /** 1-minute load average when each phase began, and at the end. */
  loadAverage: Record<string, number>
}

export interface BenchResults {
  command: string
  machine: Machine
  options: { count: number; locales: string[]; connections: number; durationSeconds: number; warmupSeconds: number }
  databases: DatabaseResult[]
  /** Databases that could not even be created. */
  failures: { kind: DatabaseKind; error: string }[]
  finishedAt: string
}

export const targets = { seedSeconds: 60, seedCount: 10_000, coldStartMs: 2000, listP95Ms: 50 }

const titles: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

const seconds = (value: number) => `${value.toFixed(1)} s`
const ms = (value: number) => {
  if (Number.isNaN(value)) return 'no response'
  if (value === Number.POSITIVE_INFINITY) return `> ${timeoutSeconds} s (timed out)`
  if (value >= 10_000) return seconds(value / 1000)
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`
}
const mark = (ok: boolean) => (ok ? '✅' : '❌')
const integer = (value: number) => Math.round(value).toLocaleString('en-US')
const info = (label: string, value: string) => row([label, value, '—', ''])

const seedRows = (seed: SeedResult): string[] => {
  const withTarget = seed.count === targets.seedCount
  return [
    row([
      `Seeding ${integer(seed.count)} synthetic trainings (${seed.locales.join(' + ')})`,
      seconds(seed.syntheticSeconds),
      withTarget ? `≤ ${targets.seedSeconds} s` : `(target is for ${integer(targets.seedCount)})`,
      withTarget ? mark(seed.syntheticSeconds <= targets.seedSeconds) : '',
    ]),
    info('Demo seed (empty database: migrations + demo content)', seconds(seed.demoSeconds)),
  ]
}

const coldStartRows = (coldStart: ColdStartResult): string[] => [
  row([
    'Cold start: `getPayload()` in a fresh process (median of 5)',
    ms(coldStart.getPayload.medianMs),
    `≤ ${targets.coldStartMs / 1000} s`,
    mark(coldStart.getPayload.medianMs <= targets.coldStartMs),
  ]),
  row([
    `Cold start: \`next start\` → first 200 from \`${firstListPath}\` (median of 3)`,
    ms(coldStart.server.medianFirstListMs),
    `≤ ${targets.coldStartMs / 1000} s`,
    mark(coldStart.server.medianFirstListMs <= targets.coldStartMs),
  ]),
  info('… of which `next start` → first 200 from `/api/trainings/count` (server and Payload up)', ms(coldStart.server.medianReadyMs)),
]

const loadRows = (label: string, result: LoadResult): string[] => [
  info(`${label}: p50`, ms(result.p50)),
  row([`${label}: p95`, ms(result.p95), `≤ ${targets.listP95Ms} ms`, mark(result.p95 <= targets.listP95Ms)]),
  info(`${label}: requests/s`, integer(result.requestsPerSecond)),
  row([`${label}: errors / non-2xx`, `${result.errors} / ${result.non2xx}`, '0 / 0', mark(result.errors === 0 && result.non2xx === 0)]),
]

const listRows = (list: ListResult, connections: number, cache: string): string[] => [
  ...loadRows(`REST list (${cache}), depth 0, ${connections} clients`, list.depth0),
  ...loadRows(`REST list (${cache}), depth 1, ${connections} clients`, list.depth1),
  info(`REST list (${cache}), depth 0, 1 client: p50 / p95`, `${ms(list.single.depth0.p50)} / ${ms(list.single.depth0.p95)}`),
  info(`REST list (${cache}), depth 1, 1 client: p50 / p95`, `${ms(list.single.depth1.p50)} / ${ms(list.single.depth1.p95)}`),
]

const summaryTable = (result: DatabaseResult, connections: number): string[] => [
  row(['Measure', 'Result', 'Target', '']),
  row(['---', '---:', '---', '---']),
  ...(result.seed ? seedRows(result.seed) : []),
  ...(result.coldStart ? coldStartRows(result.coldStart) : []),
  ...(result.list ? listRows(result.list, connections, 'API cache on') : []),
  ...(result.listUncached ? listRows(result.listUncached, connections, 'API cache off') : []),
  ...result.errors.map((error) => row([`${error.phase}`, 'failed (below)', '', '❌'])),
]

const loadDetails = (label: string, result: LoadResult) =>
  `- ${label}: ${integer(result.requests)} responses in ${result.durationSeconds} s; p99 ${ms(result.p99)}, max ${ms(result.max)}; ` +
  `autocannon's own p50 / p97.5: ${result.autocannonP50} / ${result.autocannonP97_5} ms; timeouts ${result.timeouts}.`

const seedDetails = (seed: SeedResult): string[] => [
  `- \`content/seed.ts --scale ${seed.count}\` took ${seconds(seed.scaleWallSeconds)} in all (process start, migration check, ` +
    'demo content re-checked, then the synthetic trainings).',
  `- Demo seed steps, as the seed reports them: ${seed.demoSteps.map((step) => `\`${step}\``).join(', ')}.`,
]

const coldStartDetails = (coldStart: ColdStartResult): string[] => [
  '- `getPayload()` samples, ms (import of payload / import of cms/payload.config.ts / `getPayload()` / since the process ' +
    'started, Node and tsx included): ' +
    coldStart.getPayload.samples
      .map((s) => [s.payloadImportMs, s.configImportMs, s.initMs, s.sinceProcessStartMs].map(Math.round).join(' / '))
      .join('; ') +
    `. Median since the process started: ${ms(coldStart.getPayload.medianSinceProcessStartMs)}.`,
  `- \`import('payload')\` in plain Node (no tsx loader), 5 fresh processes: median ${ms(coldStart.plainNodePayloadImport.medianMs)} ` +
    `(${coldStart.plainNodePayloadImport.samplesMs.map(Math.round).join(', ')} ms).`,
  `- \`next start\` samples (→ \`/api/trainings/count\` / → \`${firstListPath}\`): ` +
    `${coldStart.server.samples.map((s) => `${ms(s.readyMs)} / ${ms(s.firstListMs)}`).join('; ')}.`,
]

const listDetails = (list: ListResult, connections: number, cache: string): string[] => [
  `- REST list (${cache}): theme ${list.themeId} matches ${integer(list.matchingTrainings)} of ${integer(list.totalTrainings)} trainings.`,
  loadDetails(`Depth 0, ${connections} clients (${cache})`, list.depth0),
  loadDetails(`Depth 1, ${connections} clients (${cache})`, list.depth1),
  loadDetails(`Depth 0, 1 client (${cache})`, list.single.depth0),
  loadDetails(`Depth 1, 1 client (${cache})`, list.single.depth1),
]

const details = (result: DatabaseResult, connections: number): string[] => [
  `- ${result.version}; ${result.settings}.`,
  ...result.notes.map((note) => `- ${note}.`),
  `- Load average (1 min) at the start of each phase: ${Object.entries(result.loadAverage)
    .map(([phase, value]) => `${phase} ${value}`)
    .join(', ')}.`,
  ...(result.seed ? seedDetails(result.seed) : []),
  ...(result.coldStart ? coldStartDetails(result.coldStart) : []),
  ...(result.list ? listDetails(result.list, connections, 'API cache on') : []),
  ...(result.listUncached ? listDetails(result.listUncached, connections, 'API cache off') : []),
  ...result.errors.flatMap((error) => ['', `${error.phase} failed:`, '', '```', error.message, '```']),
]

const machineTable = (results: BenchResults): string[] => {
  const { machine } = results
  return [
    ...machineRows(machine),
    row(['Databases', results.databases.map((db) => db.version).join('; ') || '—']),
    row([
      'Packages',
      Object.entries(machine.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ]),
    row(['Date', `${machine.date} → ${results.finishedAt}`]),
    row(['Load average at the start (1 / 5 / 15 min)', machine.loadAverage.join(' / ')]),
  ]
}

const method = (options: BenchResults['options']): string[] => [
  'What is measured, on each database, freshly created for the run:',
  '',
  `- **Seeding**: \`content/seed.ts\` on the empty database (migrations + demo content: the "demo seed"), then ` +
    `\`content/seed.ts --scale ${options.count} --locales ${options.locales.join(',')}\`, whose "Formations synthétiques" step is the ${integer(options.count)} trainings in ${options.locales.join(' + ')}.`,
  '- **Cold start**: `getPayload({ config })` in a fresh `tsx` process with NODE_ENV=production (importing payload and ' +
    'cms/payload.config.ts, then `getPayload()`; the time to start Node and tsx is shown apart, in the details); and, from ' +
    `spawning \`next start\` (NODE_ENV=production, the built admin) to the first 200 from \`${firstListPath}\`, asked as ` +
    'soon as `/api/trainings/count` answers. The production server is the second: the first compiles TypeScript on the ' +
    'fly (tsx), as scripts and tests do.',
  `- **REST list**: \`${listPath('<theme>', 0)}\` (and the same with \`depth=1\`), ${options.connections} concurrent ` +
    `connections (autocannon) for ${options.durationSeconds} s after ${options.warmupSeconds} s of warm-up whose numbers are dropped, ` +
    `then one connection for ${Math.min(options.durationSeconds, 5)} s; the server is left to finish what is queued ` +
    'before each measured run. p50 / p95 are computed from every response’s latency, a request unanswered after ' +
    `${timeoutSeconds} s counting as slower than that (and as an error: errors are connection errors and such timeouts); ` +
    'requests still in flight when a run ends are not counted. It runs twice: with the in-memory cache of anonymous reads ' +
    '(cms/cache/publicResponses.ts, on by default: repeated requests are answered from memory until the next save) and with ' +
    '`HUB_API_CACHE=off`, where every request is a database query.',
]

export const renderMarkdown = (results: BenchResults): string => {
  const { connections } = results.options
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (bench/run.ts); every number below was measured by that run. ` +
      'Raw samples are in bench/results/ (not committed).',
    '',
    ...method(results.options),
    '',
    '## Machine',
    '',
    ...machineTable(results),
    '',
    'autocannon runs in the benchmark’s own process, on the same machine as the server and the database: the three share ' +
      'its cores. The load averages show how busy the machine was (other work included).',
    '',
  ]
  for (const result of results.databases) {
    lines.push(`## ${titles[result.kind]}`, '', ...summaryTable(result, connections), '', ...details(result, connections), '')
  }
  for (const failure of results.failures) {
    lines.push(`## ${titles[failure.kind]}: failed`, '', '```', failure.error, '```', '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
