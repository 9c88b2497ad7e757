import type { Machine } from './machine'
import { browserRunRows, row } from './markdown'
import { median, percentile } from './stats'

export interface IndexBuild {
  label: string
  records: number
  bytes: number
  files: number
  samplesMs: number[]
  /** The French vocabulary ("did you mean"), raw and gzipped. */
  vocabularyBytes: number
  vocabularyGzipBytes: number
}

export interface QueryRun {
  label: string
  /** The engine's code, minified and gzipped: part of the search island, loaded with the page (not in the query bytes). */
  engineGzipBytes: number
  /** In the order run: the first of each language loads the language's meta.json. */
  queries: { locale: string; query: string; ms: number; bytes: number }[]
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

export const searchTargets = { indexBuildMs: 10_000, firstQueryBytes: 150 * 1024, laterP95Ms: 50 }

const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${value.toFixed(1)} ms`

/** The first query of each language, and all the others. */
const split = (run: QueryRun) => {
  const firstIndexes = new Set(['fr', 'en'].map((locale) => run.queries.findIndex((query) => query.locale === locale)))
  return {
    first: run.queries.filter((_, index) => firstIndexes.has(index)),
    later: run.queries.filter((_, index) => !firstIndexes.has(index)),
  }
}

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
      `Index build, ${build.label}: French vocabulary ("did you mean")`,
      `${kb(build.vocabularyBytes)} (${kb(build.vocabularyGzipBytes)} gzipped)`,
      '—',
      '',
    ]),
  ])
  const queryRows = results.queryRuns.flatMap((run) => {
    const { first, later } = split(run)
    const firstMax = Math.max(...first.map((query) => query.bytes))
    const p95 = percentile(
      later.map((query) => query.ms),
      95,
    )
    return [
      row([
        `${run.label}: first query, bytes transferred (fr / en)`,
        first.map((query) => kb(query.bytes)).join(' / '),
        large(run.label) ? '≤ 150 KB' : '—',
        large(run.label) ? mark(firstMax <= searchTargets.firstQueryBytes) : '',
      ]),
      row([`${run.label}: engine code in the search island (minified, gzipped; loaded with the page)`, kb(run.engineGzipBytes), '—', '']),
      row([`${run.label}: first query, latency (fr / en)`, first.map((query) => ms(query.ms)).join(' / '), '—', '']),
      row([
        `${run.label}: later queries (${later.length}), bytes transferred, median / p95 / max`,
        [50, 95, 100]
          .map((p) =>
            kb(
              percentile(
                later.map((query) => query.bytes),
                p,
              ),
            ),
          )
          .join(' / '),
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
      'their weights sharded by their first two letters, the resources’ facets, the result files, the vocabulary for "did you mean"; ' +
      `all written), timed in the bench process, ${results.options.runs} runs. First on the demo content in 7 languages, then after ` +
      `\`content/seed.ts --scale ${results.options.count}\` (synthetic trainings in fr, en, es, added to the demo content) exported with \`SITE_LOCALES=fr,en,es\`.`,
    `- **Queries**: ${results.chromium} (headless, fresh profile), the search page of the demo site build (for the large index: the same pages, ` +
      'with that index in place of the demo one), served by site/server/serveSite.ts over http on 127.0.0.1 (gzip). Once the page has loaded, ' +
      'the engine the search island runs (search/client/staticIndex.ts, bundled by esbuild and added to the page as an inline script, the page’s CSP bypassed for it) answers each query of the ' +
      'relevance set (tests/search/relevance.json, in its language) as in the island: results, facet counts, and the first 20 results’ ' +
      'titles and excerpts. Latency: `performance.now()` around that call in the page. Bytes: Playwright’s `request.sizes()` (response ' +
      'body as transferred, compressed, plus headers) of every request finished in the browser context between the start of the query and ' +
      '50 ms after its end; the browser cache is on, as for a visitor. The first query of each language loads the language’s meta.json ' +
      '(facets of every resource); every query loads the term files of its words and the result files it shows, unless already loaded. ' +
      'Not counted: the island also loads the language’s vocabulary (size below), once, the first time a query finds fewer than 10 results.',
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
