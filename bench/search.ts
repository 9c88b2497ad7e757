/**
 * `npm run bench:search [-- --count N] [--runs N] [--keep]`: on a fresh SQLite
 * database, measures the static search index (search/staticIndex.ts) with the
 * demo content (7 languages) and with N synthetic trainings in fr, en, es:
 * index build time and size; in Chromium, for each query of the relevance
 * set (tests/search/relevance.json) in each language, searched as the search
 * island searches: bytes transferred as a page's first query and as a later
 * one, and latency (p50, p95). Writes the "Search" section of
 * docs/BENCHMARKS.md and the raw samples to bench/results/. Temporary files
 * live in var/bench-search/<stamp>/, removed unless --keep.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { buildSync } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'

import { defaultLocale, localeCodes } from '../publication/locales'
import type { searchWithCorrection } from '../search/client/correctedSearch'
import type { staticIndexEngine } from '../search/client/staticIndex'
import { readSnapshotRecords } from '../search/snapshotRecords'
import { staticIndexDir, writeStaticIndex } from '../search/staticIndex'
import { createSiteServer } from '../site/server/serveSite'
import relevance from '../tests/search/relevance.json' with { type: 'json' }
import { wholeNumber } from './lib/args'
import { root, runToEnd, stopAll, workDirEnv } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { describeMachine, loadAverage } from './lib/machine'
import { saveRun } from './lib/results'
import { log, phase } from './lib/progress'
import { seedDemo, seedSynthetic } from './lib/seed'
import { freePort, host } from './lib/server'
import { liveDir } from './lib/siteBuild'
import { chromiumPath } from './lib/siteWeight'
import { type IndexBuild, type QueryMeasure, type QueryRun, renderSearchSection, type SearchBenchResults } from './lib/searchReport'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
})
const count = wholeNumber('count', values.count, 1, 100_000)
const runs = wholeNumber('runs', values.runs, 1, 20)

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const workDir = path.join(root, 'var', 'bench-search', stamp)
const siteDir = path.join(workDir, 'site')
const env = workDirEnv(workDir)
const minutes = 60_000
/** The languages of the synthetic trainings, and of the large index. */
const scaleLocales = ['fr', 'en', 'es']

process.on(
  'SIGINT',
  () =>
    void stopAll()
      .then(cleanupAll)
      .finally(() => process.exit(130)),
)
if (!values.keep) onCleanup(`var/bench-search/${stamp}`, () => fs.promises.rm(workDir, { recursive: true, force: true }))

/** Builds the static index of a snapshot `runs` times into `outDir`, timed in this process. */
async function measureIndexBuild(label: string, snapshotDir: string, outDir: string): Promise<IndexBuild> {
  const samples: number[] = []
  let bytes = 0
  let records = 0
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const index = await writeStaticIndex(await readSnapshotRecords(snapshotDir), outDir)
    samples.push(performance.now() - started)
    ;({ bytes, records } = index)
  }
  const files = fs
    .readdirSync(path.join(outDir, staticIndexDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile()).length
  // The French vocabulary, all its parts (a correction loads the three of the lengths near its word's).
  const french = path.join(outDir, staticIndexDir, 'fr')
  const vocabulary = Buffer.concat(
    fs
      .readdirSync(french, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && path.basename(entry.parentPath) === 'vocabulary')
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name))),
  )
  log(
    `    ${label}: ${records} records, ${(bytes / 1024 ** 2).toFixed(1)} MiB in ${files} files, ${samples.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`,
  )
  return {
    label,
    records,
    bytes,
    files,
    samplesMs: samples,
    vocabularyBytes: vocabulary.length,
    vocabularyGzipBytes: gzipSync(vocabulary).length,
  }
}

/** Where the bench's build of the search code is served from, in the site it measures. */
const benchCodeDir = '_bench-search'

/**
 * The code the search island runs to search, bundled as the island's build
 * bundles it: the static index's engine (search/client/staticIndex.ts) and
 * the island's own search path (search/client/correctedSearch.ts: a
 * correction of unknown words, then the search), in one module, with each
 * language's stemmer in a file of its own that the first query loads. Written
 * into the served site, for the page to import: the bench times the search,
 * not the island's typing delay (debounceMs) or its rendering.
 */
function writeSearchCode(siteRoot: string): { url: string; gzipBytes: number } {
  const outDir = path.join(siteRoot, benchCodeDir)
  const built = buildSync({
    stdin: {
      contents: [
        "export { staticIndexEngine } from './search/client/staticIndex'",
        "export { searchWithCorrection } from './search/client/correctedSearch'",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-search.ts',
    },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    outdir: outDir,
    entryNames: 'search-[hash]',
    metafile: true,
  })
  const [entry, output] = Object.entries(built.metafile.outputs).find(([, candidate]) => candidate.entryPoint) ?? []
  if (!entry || !output) throw new Error('esbuild wrote no entry module')
  // Loaded with the page: the entry and what it imports statically (not the stemmers, each loaded by a first query).
  const withPage = [entry, ...output.imports.filter((imported) => imported.kind === 'import-statement').map((imported) => imported.path)]
  const gzipBytes = withPage.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.resolve(root, file))).length, 0)
  return { url: `/${benchCodeDir}/${path.basename(entry)}`, gzipBytes }
}

type SearchCode = {
  staticIndexEngine: typeof staticIndexEngine
  searchWithCorrection: typeof searchWithCorrection
}

/** Whether a request's address is a part of the static index's vocabulary ("did you mean"). */
const isVocabulary = (url: string) => {
  const { pathname } = new URL(url)
  return pathname.startsWith(`/${staticIndexDir}/`) && pathname.includes('/vocabulary/')
}

/** The search page of `locale`, loaded, with the search code imported; each request finished from then on goes to `requests`. */
async function searchPage(browser: Browser, siteURL: string, locale: string, codeUrl: string) {
  // The code is imported by an inline module, which the site's CSP (issue 14) refuses: bypassed for that alone.
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  await page.goto(`${siteURL}/${locale}/search/`, { waitUntil: 'networkidle' })
  await page.addScriptTag({ type: 'module', content: `import * as code from '${codeUrl}'; window.benchSearch = code` })
  await page.waitForFunction(() => 'benchSearch' in window)
  let requests: Promise<{ url: string; bytes: number }>[] = []
  context.on('requestfinished', (request) => {
    requests.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize })))
  })
  /**
   * One query as the island makes it once typed (Search.tsx: no filters, by relevance, not asked "as typed", a
   * page's worth of results), with the page's one engine (what earlier queries loaded stays loaded): its time,
   * bytes, the bytes of the vocabulary parts among them, and the corrected query the island would show.
   */
  const query = async (text: string): Promise<QueryMeasure> => {
    requests = []
    const { ms, correction } = await page.evaluate(
      async ({ text, language }) => {
        const hub = window as unknown as { benchSearch: SearchCode; benchEngine?: ReturnType<SearchCode['staticIndexEngine']> }
        hub.benchEngine ??= hub.benchSearch.staticIndexEngine(language)
        const started = performance.now()
        const found = await hub.benchSearch.searchWithCorrection(hub.benchEngine, text, {}, 'relevance')
        return { ms: performance.now() - started, correction: found.correction?.suggestion ?? null }
      },
      { text, language: locale },
    )
    // Let the last responses' "finished" events arrive.
    await page.waitForTimeout(50)
    const finished = await Promise.all(requests)
    const sum = (some: typeof finished) => some.reduce((total, request) => total + request.bytes, 0)
    return {
      locale,
      query: text,
      ms,
      bytes: sum(finished),
      vocabularyBytes: sum(finished.filter((request) => isVocabulary(request.url))),
      correction,
    }
  }
  return { query, close: () => context.close() }
}

/**
 * In Chromium, on the search page of each language: each query of the
 * relevance set in that language, as the search island makes it
 * (searchWithCorrection with the static index's engine), first each alone on a
 * page of its own (the page's first query: it loads the language's meta.json
 * and stemmers), then all in turn on one page (each loads what earlier ones
 * did not). Time in the page; bytes from the network events.
 */
async function measureQueries(label: string, siteURL: string, siteRoot: string, locales: readonly string[]): Promise<QueryRun> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const code = writeSearchCode(siteRoot)
  const firstQueries: QueryRun['firstQueries'] = []
  const queries: QueryRun['queries'] = []
  try {
    for (const locale of locales) {
      const texts = relevance.queries.filter((entry) => entry.locale === locale).map((entry) => entry.query)
      for (const text of texts) {
        const page = await searchPage(browser, siteURL, locale, code.url)
        firstQueries.push(await page.query(text))
        await page.close()
      }
      const page = await searchPage(browser, siteURL, locale, code.url)
      for (const text of texts) queries.push(await page.query(text))
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return { label, locales: [...locales], engineGzipBytes: code.gzipBytes, firstQueries, queries }
}

async function serve(root: string): Promise<{ url: string; server: http.Server }> {
  const port = await freePort()
  const server = createSiteServer({ root: async () => root, locales: [...localeCodes], defaultLocale })
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  return { url: `http://${host}:${port}`, server }
}

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim()
const results: SearchBenchResults = {
  command: `npm run bench:search${args.length ? ` -- ${args.join(' ')}` : ''}`,
  stamp,
  machine: describeMachine(['astro', 'esbuild', 'playwright-core']),
  chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim(),
  code: git('log', '-1', '--format=%h %s').slice(0, 100),
  options: { count, runs },
  loadAverage: {},
  indexBuilds: [],
  queryRuns: [],
  finishedAt: '',
}
const step = async <T>(label: string, work: () => Promise<T>) => {
  results.loadAverage[label] = loadAverage()
  return phase(label, work)
}

try {
  fs.mkdirSync(workDir, { recursive: true })
  await step('demo seed', () => seedDemo(env))
  await step('demo site build (with its search index)', () =>
    runToEnd('tsx', ['scripts/build-site.ts', '--reason', 'bench:search'], env, { timeoutMs: 15 * minutes, onLine: () => {} }),
  )
  const demoSite = liveDir(siteDir)
  results.indexBuilds.push(
    await step('demo index build', () =>
      measureIndexBuild('demo content, 7 languages', path.join(siteDir, 'snapshot'), path.join(workDir, 'index-demo')),
    ),
  )
  const demo = await serve(demoSite)
  results.queryRuns.push(await step('demo queries in Chromium', () => measureQueries('demo content', demo.url, demoSite, localeCodes)))
  demo.server.close()

  await step(`seed --scale ${count}`, () => seedSynthetic(env, count, scaleLocales))
  const scaleContent = path.join(workDir, 'content-scale')
  await step(`export of ${count} trainings × fr, en, es`, () =>
    runToEnd(
      'tsx',
      ['scripts/write-snapshot.ts', '--out', scaleContent],
      { ...env, SITE_LOCALES: scaleLocales.join(',') },
      { timeoutMs: 20 * minutes, onLine: () => {} },
    ),
  )
  // The demo site's pages (the search page is the same) with the large index in place of its own.
  const scaleSite = path.join(workDir, 'site-scale')
  execFileSync('cp', ['-al', demoSite, scaleSite])
  fs.rmSync(path.join(scaleSite, staticIndexDir), { recursive: true, force: true })
  results.indexBuilds.push(
    await step('large index build', () => measureIndexBuild(`${count} trainings × fr, en, es (+ demo content)`, scaleContent, scaleSite)),
  )
  const scale = await serve(scaleSite)
  results.queryRuns.push(
    await step('large index queries in Chromium', () =>
      measureQueries(`${count} trainings × fr, en, es`, scale.url, scaleSite, scaleLocales),
    ),
  )
  scale.server.close()
} finally {
  await stopAll()
  await cleanupAll()
}

results.finishedAt = new Date().toISOString()
saveRun('search', 'Search', stamp, results, renderSearchSection(results))
