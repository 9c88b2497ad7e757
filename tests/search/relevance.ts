/**
 * `npx tsx tests/search/relevance.ts [snapshot folder]`: the relevance set
 * (relevance.json) in every language, without a browser or a site build.
 * Writes the static index of a snapshot of the demo content (by default the
 * one the e2e tests' site build leaves in var/e2e/site/snapshot) into a
 * temporary folder, searches each query as the search island does (a typo
 * corrected from the language's own words), and reports the queries whose
 * expected resources are not all among the first 3 results, or that were
 * corrected (`searchedAs`) or left words out (`ignored`) otherwise than
 * expected. Also reports,
 * per language, the most bytes a query transfers when it is the page's
 * first (meta.json, term files, result files, the vocabulary if a word is
 * unknown), raw and gzipped. Exits non-zero on a miss.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { staticIndexEngine } from '../../search/client/staticIndex'
import { readSnapshotRecords } from '../../search/snapshotRecords'
import { writeStaticIndex } from '../../search/staticIndex'
import { searchWithCorrection } from '../../search/client/correctedSearch'
import relevanceSet from './relevance.json' with { type: 'json' }

interface RelevanceQuery {
  locale: string
  query: string
  top3: string[]
  class?: string
  searchedAs?: string | null
  ignored?: string[]
}
const relevance: { queries: RelevanceQuery[] } = relevanceSet

const snapshotDir = path.resolve(process.argv[2] ?? 'var/e2e/site/snapshot')
const site = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-relevance-'))
try {
  await writeStaticIndex(await readSnapshotRecords(snapshotDir), site)
  let transferred = { raw: 0, gzip: 0 }
  globalThis.fetch = async (url) => {
    const body = await fs.readFile(path.join(site, decodeURIComponent(String(url)))).catch(() => null)
    if (!body) return new Response('Not found', { status: 404 })
    transferred = { raw: transferred.raw + body.length, gzip: transferred.gzip + gzipSync(body).length }
    return new Response(body)
  }

  const misses: string[] = []
  const firstQuery = new Map<string, { query: string; raw: number; gzip: number }>()
  for (const { locale, query, top3, searchedAs, ignored } of relevance.queries) {
    transferred = { raw: 0, gzip: 0 }
    // A new engine per query: each is measured as the first of its page.
    const { response, correction } = await searchWithCorrection(staticIndexEngine(locale), query, {}, 'relevance')
    const found = response.hits.slice(0, 3).map((hit) => hit.url)
    const missing = top3.filter((url) => !found.includes(url))
    const asSearched = correction ? ` (searched as "${correction.suggestion}")` : ''
    if (missing.length)
      misses.push(`${locale} "${query}"${asSearched}: expected ${missing.join(', ')} in ${found.join(', ') || 'no result'}`)
    if (searchedAs !== undefined && (correction?.suggestion ?? null) !== searchedAs)
      misses.push(`${locale} "${query}": expected to be searched as ${JSON.stringify(searchedAs)}${asSearched || ' (not corrected)'}`)
    if (ignored && JSON.stringify(response.ignored) !== JSON.stringify(ignored))
      misses.push(`${locale} "${query}": expected ${JSON.stringify(ignored)} left out, not ${JSON.stringify(response.ignored)}`)
    if (transferred.raw > (firstQuery.get(locale)?.raw ?? 0)) firstQuery.set(locale, { query, ...transferred })
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  for (const [locale, { query, raw, gzip }] of firstQuery)
    console.log(`${locale}: largest first query "${query}": ${kb(raw)} (${kb(gzip)} gzipped)`)
  console.log(`${relevance.queries.length - misses.length} passed, ${misses.length} failed`)
  for (const miss of misses) console.log(`  ${miss}`)
  process.exitCode = misses.length ? 1 : 0
} finally {
  await fs.rm(site, { recursive: true, force: true })
}
