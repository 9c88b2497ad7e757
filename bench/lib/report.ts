import type { CodeVersion } from './codeVersion'
import { type ColdStartResult, firstListPath } from './coldStart'
import type { DatabaseKind } from './databases'
import { type ListResult, type LoadResult, listPages, listPath, timeoutSeconds } from './load'
import type { Machine } from './machine'
import { machineRows, row } from './markdown'
import type { LocalApiSeedResult, SeedResult } from './seed'

export interface DatabaseResult {
  kind: DatabaseKind
  version: string
  settings: string
  notes: string[]
  seed?: SeedResult
  coldStart?: ColdStartResult
  /** With HUB_API_CACHE=off: every request a database query. */
  listUncached?: ListResult
  /** The same with the in-memory cache of anonymous reads (the default). */
  list?: ListResult
  /** Run last, so that the cold start and the lists ran on the adapter's trainings alone. */
  localApiSeed?: LocalApiSeedResult
  /** Phases that failed: their numbers are missing. */
  errors: { phase: string; message: string }[]
  /** 1-minute load average when each phase began, and at the end. */
  loadAverage: Record<string, number>
}

export interface BenchResults {
  command: string
  machine: Machine
  code: CodeVersion
  options: {
    count: number
    /** Trainings written through the Local API, after the other measurements. */
    apiCount: number
    locales: string[]
    connections: number
    durationSeconds: number
    warmupSeconds: number
  }
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

const seedRow = (seed: SeedResult): string => {
  const withTarget = seed.count === targets.seedCount
  return row([
    `Seeding ${integer(seed.count)} synthetic trainings (${seed.locales.join(' + ')}) through the database adapter: no hooks, validation or access rules`,
    seconds(seed.syntheticSeconds),
    withTarget ? `≤ ${targets.seedSeconds} s` : `(target is for ${integer(targets.seedCount)})`,
    withTarget ? mark(seed.syntheticSeconds <= targets.seedSeconds) : '',
  ])
}

/** What one training through the Local API is: a create in French, then an update in each other language. */
const localApiWrites = (locales: string[]) =>
  ['`payload.create` in fr', ...locales.filter((locale) => locale !== 'fr').map((locale) => `\`payload.update\` in ${locale}`)].join(' + ')

const msPerTraining = (seed: LocalApiSeedResult) => (seed.seconds * 1000) / seed.count

const localApiSeedRows = (seed: LocalApiSeedResult): string[] => [
  info(
    `Seeding ${integer(seed.count)} synthetic trainings (${seed.locales.join(' + ')}) through Payload's Local API: hooks and validation, access overridden (server-side import)`,
    seconds(seed.seconds),
  ),
  info(`… per training (${localApiWrites(seed.locales)})`, ms(msPerTraining(seed))),
]

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

/** The p95 target is judged without the cache: with it, the figure is the cache's, not the database's. */
const loadRows = (label: string, result: LoadResult, judged: boolean): string[] => [
  info(`${label}: p50`, ms(result.p50)),
  judged
    ? row([`${label}: p95`, ms(result.p95), `≤ ${targets.listP95Ms} ms`, mark(result.p95 <= targets.listP95Ms)])
    : info(`${label}: p95`, ms(result.p95)),
  info(`${label}: requests/s`, integer(result.requestsPerSecond)),
  row([`${label}: errors / non-2xx`, `${result.errors} / ${result.non2xx}`, '0 / 0', mark(result.errors === 0 && result.non2xx === 0)]),
]

const listRows = (list: ListResult, connections: number, cache: string, judged: boolean): string[] => [
  ...loadRows(`REST list (${cache}), depth 0, ${connections} clients`, list.depth0, judged),
  ...loadRows(`REST list (${cache}), depth 1, ${connections} clients`, list.depth1, judged),
  info(`REST list (${cache}), depth 0, 1 client: p50 / p95`, `${ms(list.single.depth0.p50)} / ${ms(list.single.depth0.p95)}`),
  info(`REST list (${cache}), depth 1, 1 client: p50 / p95`, `${ms(list.single.depth1.p50)} / ${ms(list.single.depth1.p95)}`),
]

const uncachedLabel = 'API cache off'
const cachedLabel = 'API cache on: the cache’s figure'

const summaryTable = (result: DatabaseResult, connections: number): string[] => [
  row(['Measure', 'Result', 'Target', '']),
  row(['---', '---:', '---', '---']),
  ...(result.seed ? [seedRow(result.seed)] : []),
  ...(result.localApiSeed ? localApiSeedRows(result.localApiSeed) : []),
  ...(result.seed ? [info('Demo seed (empty database: migrations + demo content)', seconds(result.seed.demoSeconds))] : []),
  ...(result.coldStart ? coldStartRows(result.coldStart) : []),
  ...(result.listUncached ? listRows(result.listUncached, connections, uncachedLabel, true) : []),
  ...(result.list ? listRows(result.list, connections, cachedLabel, false) : []),
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

const localApiSeedDetails = (seed: LocalApiSeedResult, count: number): string[] => [
  `- \`content/seed.ts --scale ${seed.count} --through local-api\` took ${seconds(seed.wallSeconds)} in all (process start, ` +
    `migration check, demo content re-checked, then the trainings), into the database holding the adapter's ${integer(count)}.`,
  ...(seed.count < count
    ? [
        `- Extrapolated, not measured: ${integer(count)} trainings at ${ms(msPerTraining(seed))} each would take about ` +
          `${((msPerTraining(seed) * count) / 60_000).toFixed(0)} min through the Local API.`,
      ]
    : []),
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

const listDetails = (list: ListResult, connections: number, cache: string): string[] => {
  const matching = list.themes.map((theme) => theme.matchingTrainings)
  return [
    `- REST list (${cache}): ${list.depth0.paths.length} URLs a depth (${list.themes.length} themes × pages ${list.pages.join(', ')} × ${list.locales.join(', ')}); ` +
      `each theme matches ${integer(Math.min(...matching))}–${integer(Math.max(...matching))} of ${integer(list.totalTrainings)} trainings.`,
    loadDetails(`Depth 0, ${connections} clients (${cache})`, list.depth0),
    loadDetails(`Depth 1, ${connections} clients (${cache})`, list.depth1),
    loadDetails(`Depth 0, 1 client (${cache})`, list.single.depth0),
    loadDetails(`Depth 1, 1 client (${cache})`, list.single.depth1),
  ]
}

const details = (result: DatabaseResult, connections: number): string[] => [
  `- ${result.version}; ${result.settings}.`,
  ...result.notes.map((note) => `- ${note}.`),
  `- Load average (1 min) at the start of each phase: ${Object.entries(result.loadAverage)
    .map(([phase, value]) => `${phase} ${value}`)
    .join(', ')}.`,
  ...(result.seed ? seedDetails(result.seed) : []),
  ...(result.localApiSeed ? localApiSeedDetails(result.localApiSeed, result.seed?.count ?? 0) : []),
  ...(result.coldStart ? coldStartDetails(result.coldStart) : []),
  ...(result.listUncached ? listDetails(result.listUncached, connections, uncachedLabel) : []),
  ...(result.list ? listDetails(result.list, connections, cachedLabel) : []),
  ...result.errors.flatMap((error) => ['', `${error.phase} failed:`, '', '```', error.message, '```']),
]

const machineTable = (results: BenchResults): string[] => {
  const { machine, code } = results
  const changed = code.changed.length > 0 ? `; uncommitted changes in ${code.changed.length} measured files when it began` : ''
  return [
    ...machineRows(machine),
    row(['Code', `\`${code.commit}\`${changed}`]),
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

const method = (options: BenchResults['options']): string[] => {
  const { count, apiCount, locales } = options
  const others = locales.filter((locale) => locale !== 'fr')
  const examplePath = listPath({
    theme: '<theme>',
    page: `<${listPages[0]}–${listPages.at(-1)}>`,
    locale: `<${locales.join('|')}>`,
    depth: 0,
  })
  return [
    'What is measured, on each database, freshly created for the run:',
    '',
    `- **Seeding through the database adapter**: \`content/seed.ts\` on the empty database (migrations + demo content: the "demo seed"), then ` +
      `\`content/seed.ts --scale ${count} --locales ${locales.join(',')}\`, whose "Formations synthétiques" step writes the ${integer(count)} trainings ` +
      `in ${locales.join(' + ')} through the database adapter: no hooks, validation or access rules (\`payload.db.create\` and ` +
      '`payload.db.createVersion` of data generated valid, in batches of 250, six at a time), as a bulk load would.',
    `- **Seeding through Payload's Local API**: last, so that the cold start and the lists below ran on the same ${integer(count)} trainings, ` +
      `\`content/seed.ts --scale ${apiCount} --locales ${locales.join(',')} --through local-api\` adds ${integer(apiCount)} more (slugs of their own) ` +
      `as an import of real content would, hooks and validation included: \`payload.create\` of each in French, published` +
      (others.length > 0 ? `, then \`payload.update\` in ${others.join(', ')}, published` : '') +
      ', one training at a time, access rules overridden (`overrideAccess`) as a server-side import does; site rebuilds and search ' +
      'updates are not queued, as for the adapter\'s trainings. Its "Formations synthétiques (API locale)" step is the figure. ' +
      'No target is stated for it.',
    '- **Cold start**: `getPayload({ config })` in a fresh `tsx` process with NODE_ENV=production (importing payload and ' +
      'cms/payload.config.ts, then `getPayload()`; the time to start Node and tsx is shown apart, in the details); and, from ' +
      `spawning \`next start\` (NODE_ENV=production, the built admin) to the first 200 from \`${firstListPath}\`, asked as ` +
      'soon as `/api/trainings/count` answers. The production server is the second: the first compiles TypeScript on the ' +
      'fly (tsx), as scripts and tests do.',
    `- **REST list**: \`${examplePath}\` over every theme, pages ${listPages[0]}–${listPages.at(-1)} and ${locales.join(', ')}, ` +
      'asked in turn as visitors’ requests vary (each request, whichever connection sends it, asks for the next URL), and the same ' +
      `set with \`depth=1\`, measured apart: ${options.connections} concurrent connections (autocannon) for ${options.durationSeconds} s after ` +
      `${options.warmupSeconds} s of warm-up whose numbers are dropped, then one connection for ${Math.min(options.durationSeconds, 5)} s; ` +
      'the server is left to finish what is queued before each measured run. p50 / p95 are computed from every response’s latency, ' +
      `a request unanswered after ${timeoutSeconds} s counting as slower than that (and as an error: errors are connection errors and ` +
      'such timeouts); requests still in flight when a run ends are not counted. It runs first with `HUB_API_CACHE=off`, every ' +
      'request a database query: the figure the p95 target is judged on. Then with the in-memory cache of anonymous reads ' +
      '(cms/cache/publicResponses.ts, on by default), which answers each URL from memory after its first request, until the next ' +
      'save or its expiry: the cache’s figure.',
  ]
}

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
