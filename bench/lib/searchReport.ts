import { minTypoLength } from '../../search/vocabulary'
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
  /** Of `bytes`, the vocabulary parts a correction loaded (0 when none was needed or all were already loaded). */
  vocabularyBytes: number
  /** The corrected query whose results the island would show ("Showing results for …"), or null. */
  correction: string | null
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
    /** How many of `queries` the island showed corrected, and how many loaded vocabulary parts to correct a word (with the median of their bytes). */
    const corrections = (queries: QueryMeasure[]) => {
      const shown = queries.filter((query) => query.correction !== null).length
      const loading = queries.filter((query) => query.vocabularyBytes > 0).map((query) => query.vocabularyBytes)
      return `${shown} shown corrected, ${loading.length} loaded vocabulary parts${loading.length ? ` (median ${kb(median(loading))})` : ''}`
    }
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
      row([
        `${run.label}: the island's correction ("did you mean") in these queries: first queries (${run.firstQueries.length}) / later queries (${later.length})`,
        `${corrections(run.firstQueries)} / ${corrections(later)}`,
        '—',
        '',
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
      'it imports the modules the search island (site/islands/Search.tsx) searches with, bundled by esbuild, each stemmer in a file of its own (the page’s CSP bypassed for that import): ' +
      'the static index’s engine, `staticIndexEngine()` (search/client/staticIndex.ts), made once per page as the island makes it, and the function the island calls for each query, ' +
      '`searchWithCorrection()` (search/client/correctedSearch.ts), called as the island calls it for a query typed on a fresh search page: no filters, by relevance, ' +
      'not asked "as typed", a page’s worth of results (`hitsPerPage`, search/client/engine.ts). That call is the island’s whole search: the engine’s `correct()` first ' +
      `(the query’s term files; when a word of ${minTypoLength} letters or more is unknown to the index, the parts of the language’s vocabulary with the words one letter shorter, as long and one longer, ` +
      'and the corrected query), then `search()` of the corrected query if any, then of the query as typed unless the corrected one has results with every word; ' +
      'each search with results, facet counts and the titles and excerpts of the results shown. Each query of the relevance set (tests/search/relevance.json) is searched in its language: ' +
      'first each on a fresh page of its own, uncached (a page’s first query: it loads the language’s meta.json, the facets of every resource, the ' +
      'stemmers of the language and of the French texts standing in for translations, and what its words need), then all of the language in turn on one page (a later ' +
      'query loads the term files, vocabulary parts and result files it needs unless an earlier query of the page did: the engine keeps what it loaded, as the island’s does, and the browser cache is on, as for a visitor). ' +
      '**Timed**: `performance.now()` in the page, from just before that call to its end; the stemmers’ loading is in a first query’s time. ' +
      '**Not timed**: the island’s wait after the last keystroke (`debounceMs`, site/islands/Search.tsx), React’s state updates and rendering of the results, the address update, ' +
      'and loading the search code itself (imported before the first query, as the island’s script is loaded before its first search; its size is below). ' +
      '**Shortcut**: the files come from the local disk over the loopback interface, without a network’s latency or bandwidth limit, so a visitor’s first query also waits for its round trips ' +
      '(meta.json; then the stemmers; then the query’s term files; for an unknown word, then the vocabulary parts and then the corrected query’s term files; then the files of the results shown: each after the one before). ' +
      '**Bytes**: Playwright’s `request.sizes()` (response body as transferred, compressed, plus headers) of every request ' +
      'finished in the browser context between the start of the query and 50 ms after its end.',
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
