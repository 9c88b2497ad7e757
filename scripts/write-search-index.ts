/**
 * A step of a site build (site/builder/buildSite.ts runs it beside `astro build`):
 * writes the static search index of a snapshot into a folder, then exits, so
 * that its memory is given back before Astro renders the pages.
 *
 *   tsx scripts/write-search-index.ts --snapshot var/site/snapshot --out <folder> [--live <live build's folder>]
 *
 * With --live, the languages whose index is the live build's get their meta.json only (the build
 * takes the rest from the live build: search/staticIndex.ts).
 */
import { parseArgs } from 'node:util'

import { readSnapshotRecords } from '../search/snapshotRecords'
import { indexLogLine, writeStaticIndex } from '../search/staticIndex'

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' }, live: { type: 'string' } } })

let exitCode = 0
try {
  if (!values.snapshot || !values.out) throw new Error('--snapshot <snapshot folder> and --out <folder> are required')
  const started = performance.now()
  const index = await writeStaticIndex(await readSnapshotRecords(values.snapshot), values.out, { liveBuild: values.live })
  console.log(`${indexLogLine(index)}, en ${((performance.now() - started) / 1000).toFixed(1)} s.`)
} catch (error) {
  console.error(`L’index de recherche a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
}
process.exit(exitCode)
