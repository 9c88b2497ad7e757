import type { ColdStartResult } from './coldStart'
import type { DatabaseKind } from './databases'
import { type ListResult, type LoadResult, listPath } from './load'
import type { Machine } from './machine'
import type { SeedResult } from './seed'

export interface DatabaseResult {
  kind: DatabaseKind
  version: string
  seed: SeedResult
  coldStart: ColdStartResult
  list: ListResult
  /** 1-minute load average when each phase began. */
  loadAverage: { seed: number; coldStart: number; list: number; end: number }
}

export interface BenchResults {
  command: string
  machine: Machine
  options: { count: number; connections: number; durationSeconds: number; warmupSeconds: number }
  databases: DatabaseResult[]
  failures: { kind: DatabaseKind; error: string }[]
  finishedAt: string
}

export const targets = { seedSeconds: 60, seedCount: 10_000, coldStartMs: 2000, listP95Ms: 50 }

const titles: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

const seconds = (value: number) => `${value.toFixed(1)} s`
const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)
const mark = (ok: boolean) => (ok ? '✅' : '❌')
const integer = (value: number) => Math.round(value).toLocaleString('en-US')

const row = (cells: string[]) => `| ${cells.join(' | ')} |`

const listRows = (depth: number, result: LoadResult): string[] => [
  row([`REST list, depth ${depth}: p50`, ms(result.p50), '—', '']),
  row([`REST list, depth ${depth}: p95`, ms(result.p95), `≤ ${targets.listP95Ms} ms`, mark(result.p95 <= targets.listP95Ms)]),
  row([`REST list, depth ${depth}: requests/s`, integer(result.requestsPerSecond), '—', '']),
  row([
    `REST list, depth ${depth}: errors / non-2xx`,
    `${result.errors} / ${result.non2xx}`,
    '0 / 0',
    mark(result.errors === 0 && result.non2xx === 0),
  ]),
]

const summaryTable = (result: DatabaseResult): string[] => {
  const { seed, coldStart, list } = result
  const seedTarget = seed.count === targets.seedCount
  return [
    row(['Measure', 'Result', 'Target', '']),
    row(['---', '---:', '---', '---']),
    row([
      `Seeding ${integer(seed.count)} synthetic trainings (fr + en)`,
      seconds(seed.syntheticSeconds),
      seedTarget ? `≤ ${targets.seedSeconds} s` : `(target is for ${integer(targets.seedCount)})`,
      seedTarget ? mark(seed.syntheticSeconds <= targets.seedSeconds) : '',
    ]),
    row(['Demo seed (empty database: migrations + demo content)', seconds(seed.demoSeconds), '—', '']),
    row([
      'Cold start: `getPayload()` in a fresh process (median of 5)',
      ms(coldStart.getPayload.medianMs),
      `≤ ${targets.coldStartMs / 1000} s`,
      mark(coldStart.getPayload.medianMs <= targets.coldStartMs),
    ]),
    row([
      'Cold start: `next start` → first 200 from the API (median of 3)',
      ms(coldStart.server.medianMs),
      `≤ ${targets.coldStartMs / 1000} s`,
      mark(coldStart.server.medianMs <= targets.coldStartMs),
    ]),
    ...listRows(0, list.depth0),
    ...listRows(1, list.depth1),
  ]
}

const loadDetails = (depth: number, result: LoadResult) =>
  `- Depth ${depth}: ${integer(result.requests)} requests in ${result.durationSeconds} s; p99 ${ms(result.p99)}, max ${ms(result.max)}; ` +
  `autocannon's own p50 / p97.5: ${result.autocannonP50} / ${result.autocannonP97_5} ms; timeouts ${result.timeouts}.`

const details = (result: DatabaseResult): string[] => {
  const { seed, coldStart, list, loadAverage } = result
  const samples = coldStart.getPayload.samples
  return [
    `- ${result.version}.`,
    `- Load average (1 min) at the start of each phase: seeding ${loadAverage.seed}, cold start ${loadAverage.coldStart}, ` +
      `REST list ${loadAverage.list}; at the end ${loadAverage.end}.`,
    `- \`content/seed.ts --scale ${seed.count}\` took ${seconds(seed.scaleWallSeconds)} in all (process start, migration check, ` +
      `demo content re-checked, then the synthetic trainings above).`,
    `- Demo seed steps, as the seed reports them: ${seed.demoSteps.map((step) => `\`${step}\``).join(', ')}.`,
    `- \`getPayload()\` samples (import of payload + config / \`getPayload()\` itself / since the process started, tsx included), ms: ` +
      samples.map((s) => `${Math.round(s.importMs)} / ${Math.round(s.initMs)} / ${Math.round(s.sinceProcessStartMs)}`).join('; ') +
      `. Median since process start: ${ms(coldStart.getPayload.medianSinceProcessStartMs)}.`,
    `- \`next start\` → first 200 samples: ${coldStart.server.samplesMs.map(ms).join(', ')}.`,
    `- REST list: theme ${list.themeId} matches ${integer(list.matchingTrainings)} of ${integer(list.totalTrainings)} trainings.`,
    loadDetails(0, list.depth0),
    loadDetails(1, list.depth1),
  ]
}

const machineTable = (machine: Machine, results: BenchResults): string[] => [
  row(['', '']),
  row(['---', '---']),
  row(['CPU', `${machine.cpu}, ${machine.cores} cores`]),
  row(['Memory', `${machine.memoryGiB} GiB`]),
  row(['OS', machine.os]),
  row(['Node', machine.node]),
  row(['Databases', results.databases.map((db) => db.version).join('; ') || '—']),
  row(['Packages', Object.entries(machine.packages).map(([name, version]) => `${name} ${version}`).join(', ')]),
  row(['Date', `${machine.date} → ${results.finishedAt}`]),
]

export const renderMarkdown = (results: BenchResults): string => {
  const { options } = results
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (bench/run.ts); every number below was measured by that run. ` +
      'Raw samples are in bench/results/ (not committed).',
    '',
    'What is measured, on each database, freshly created for the run:',
    '',
    `- **Seeding**: \`content/seed.ts\` on the empty database (migrations + demo content: the "demo seed"), then ` +
      `\`content/seed.ts --scale ${options.count}\`, whose "Formations synthétiques" step is the ${integer(options.count)} trainings in fr + en.`,
    '- **Cold start**: `getPayload({ config })` in a fresh `tsx` process with NODE_ENV=production (importing payload and ' +
      'cms/payload.config.ts, then `getPayload()`; the time to start Node and tsx is shown apart, in the details); and, ' +
      'from spawning `next start cms` (NODE_ENV=production, built admin) to the first 200 from `/api/trainings?limit=1`.',
    `- **REST list**: \`${listPath('<theme>', 0)}\` (and the same with \`depth=1\`), ${options.connections} concurrent ` +
      `connections (autocannon) for ${options.durationSeconds} s after ${options.warmupSeconds} s of warm-up whose numbers are dropped. ` +
      'p50 / p95 are computed from every response’s latency; errors are connection errors and timeouts.',
    '',
    '## Machine',
    '',
    ...machineTable(results.machine, results),
    '',
    'autocannon runs in the benchmark’s own process, on the same machine as the server and the database, so the ' +
      'three share its cores; the load averages in the details show how busy the machine was.',
    '',
  ]
  for (const result of results.databases) {
    lines.push(`## ${titles[result.kind]}`, '', ...summaryTable(result), '', ...details(result), '')
  }
  for (const failure of results.failures) {
    lines.push(`## ${titles[failure.kind]}: failed`, '', '```', failure.error, '```', '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
