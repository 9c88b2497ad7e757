import type { Machine } from './machine'
import { browserRunRows, row } from './markdown'
import { median, percentile } from './stats'

export interface IndexBuild {
  label: string
  records: number
  bytes: number
  files: number
  samplesMs: number[]
  /** The French vocabulary ("did you mean"), all its parts, raw and gzipped as one. */
  vocabularyBytes: number
  vocabularyGzipBytes: number
}

export interface QueryRun {
  label: string
  /** The languages searched, each with its queries of the relevance set. */
  locales: string[]
  /** The search code loaded with the page (minified, gzipped): not in the query bytes. Each language's stemmer is, loaded by a first query. */
  engineGzipBytes: number
  /** Each query alone on a fresh page: the bytes and time of a page's first query. */
  firstQueries: QueryMeasure[]
  /** Each language's queries in turn on one page, in the order run: the first of each loads what the later ones share. */
  queries: QueryMeasure[]
}

export interface QueryMeasure {
  locale: string
  query: string
  ms: number
  bytes: number
}

export interface SearchBenchResults {
  command: string
  stamp: string
  machine: Machine
  chromium: string
  code: string
  options: { count: number; runs: number }
  loadAverage: Record<string, number>
  indexBuilds: IndexBuild[]
  queryRuns: QueryRun[]
  finishedAt: string
}

export const searchTargets = { indexBuildMs: 10_000, firstQueryBytes: 50 * 1024, laterP95Ms: 50 }

const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${value.toFixed(1)} ms`

/** The queries after the first of each language's page. */
const laterQueries = (run: QueryRun) =>
  run.queries.filter((query, index) => run.queries.findIndex((other) => other.locale === query.locale) !== index)

/** Per language, the heaviest first query. */
const heaviestFirst = (run: QueryRun) =>
  run.locales.flatMap((locale) => {
    const [heaviest] = run.firstQueries.filter((query) => query.locale === locale).sort((a, b) => b.bytes - a.bytes)
    return heaviest ? [heaviest] : []
  })

export function renderSearchSection(results: SearchBenchResults): string {
  const large = (label: string) => label.includes('trainings')
  const indexRows = results.indexBuilds.flatMap((build) => [
    row([
      `Index build, ${build.label}: time (median of ${build.samplesMs.length})`,
      `${(median(build.samplesMs) / 1000).toFixed(2)} s`,
      large(build.label) ? '≤ 10 s' : '—',
      large(build.label) ? mark(median(build.samplesMs) <= searchTargets.indexBuildMs) : '',
    ]),
    row([
      `Index build, ${build.label}: size`,
      `${(build.bytes / 1024 ** 2).toFixed(1)} MiB in ${build.files} files, ${build.records.toLocaleString('en-US')} records`,
      '—',
      '',
    ]),
    row([
      `Index build, ${build.label}: French vocabulary, all its parts ("did you mean"; a correction loads the three of lengths near its word's)`,
      `${kb(build.vocabularyBytes)} (${kb(build.vocabularyGzipBytes)} gzipped)`,
      '—',
      '',
    ]),
  ])
  const queryRows = results.queryRuns.flatMap((run) => {
    const later = laterQueries(run)
    const heaviest = heaviestFirst(run)
    const firstMs = run.locales.map((locale) =>
      median(run.firstQueries.filter((query) => query.locale === locale).map((query) => query.ms)),
    )
    const p95 = percentile(
      later.map((query) => query.ms),
      95,
    )
    const laterBytes = [50, 95, 100].map((p) =>
      percentile(
        later.map((query) => query.bytes),
        p,
      ),
    )
    return [
      row([
        `${run.label}: first query of a page, bytes transferred, heaviest of each language (${run.locales.join(' / ')})`,
        heaviest.map((query) => `${kb(query.bytes)} (${query.locale}: “${query.query}”)`).join(' / '),
        '≤ 50 KB in each language',
        mark(heaviest.length === run.locales.length && heaviest.every((query) => query.bytes <= searchTargets.firstQueryBytes)),
      ]),
      row([
        `${run.label}: first query of a page, bytes transferred, median of the ${run.firstQueries.length} queries`,
        kb(median(run.firstQueries.map((query) => query.bytes))),
        '—',
        '',
      ]),
      row([`${run.label}: search code loaded with the page (minified, gzipped)`, kb(run.engineGzipBytes), '—', '']),
      row([
        `${run.label}: first query of a page, latency, median per language (${run.locales.join(' / ')})`,
        firstMs.map(ms).join(' / '),
        '—',
        '',
      ]),
      row([
        `${run.label}: later queries (${later.length}), bytes transferred, median / p95 / max`,
        laterBytes.map(kb).join(' / '),
        '—',
        '',
      ]),
      row([
        `${run.label}: later queries, latency p50 / p95`,
        `${ms(
          percentile(
            later.map((query) => query.ms),
            50,
          ),
        )} / ${ms(p95)}`,
        'p95 ≤ 50 ms',
        mark(p95 <= searchTargets.laterP95Ms),
      ]),
    ]
  })
  return [
    '## Search',
    '',
    `Written by \`${results.command}\` (bench/search.ts); every number below was measured by that run. Raw samples: bench/results/search-${results.stamp}.json (not committed).`,
    '',
    'What is measured, on a fresh SQLite database under var/bench-search/ (removed afterwards):',
    '',
    '- **Index build**: `writeStaticIndex()` (search/staticIndex.ts: the records read from the snapshot; per language, the terms and ' +
      'their weights sharded by their first two letters (three where a shard would be large), the resources’ facets, the result files, the vocabulary for "did you mean" by word length; ' +
      `all written), timed in the bench process, ${results.options.runs} runs. First on the demo content in 7 languages, then after ` +
      `\`content/seed.ts --scale ${results.options.count}\` (synthetic trainings in fr, en, es, added to the demo content) exported with \`SITE_LOCALES=fr,en,es\`.`,
    `- **Queries**: ${results.chromium} (headless, fresh profile), the search page of the demo site build (for the large index: the same pages, ` +
      'with that index in place of the demo one), served by site/server/serveSite.ts over http on 127.0.0.1 (compressed). Once the page has loaded, ' +
      'it imports the code the search island runs to search, bundled by esbuild as the island’s build bundles it (the page’s CSP bypassed for that import): ' +
      'the static index’s engine (search/client/staticIndex.ts) and the island’s own search path, `searchWithCorrection()` ' +
      '(search/client/correctedSearch.ts: a word the index does not know is corrected from the language’s own words and the corrected query searched, ' +
      'the query as typed searched too unless the corrected one has results with every word). Each query of the relevance set ' +
      '(tests/search/relevance.json) is searched in its language, with results, facet counts and the titles and excerpts of a page’s first results (`hitsPerPage`, search/client/engine.ts): ' +
      'first each on a fresh page of its own (a page’s first query: it loads the language’s meta.json, the facets of every resource, and the ' +
      'stemmers of the language and of the French texts standing in for translations), then all of the language in turn on one page (a later ' +
      'query loads the term files of its words and the result files it shows, unless already loaded). The parts of the language’s vocabulary ("did you mean") ' +
      'with the words one letter shorter, as long and one longer than a word the index does not know are loaded only to correct it: counted in the queries that do. Latency: `performance.now()` around ' +
      'that call in the page. Bytes: Playwright’s `request.sizes()` (response body as transferred, compressed, plus headers) of every request ' +
      'finished in the browser context between the start of the query and 50 ms after its end; the browser cache is on, as for a visitor.',
    `- **Machine load**: \`uptime\`’s load averages (1, 5, 15 minutes) when the run began: ${results.machine.loadAverage.join(', ')}, on ` +
      `${results.machine.cores} cores; the 1-minute load when each phase began is in the table below. Times measured on a busy machine are slower and noisier.`,
    '',
    '### Machine',
    '',
    ...browserRunRows(results),
    '',
    '### Results',
    '',
    row(['Measure', 'Result', 'Target', '']),
    row(['---', '---:', '---', '---']),
    ...indexRows,
    ...queryRows,
    '',
  ].join('\n')
}
