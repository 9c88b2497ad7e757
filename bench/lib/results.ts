/** Where a benchmark run ends: its raw samples under bench/results/ and its section of docs/BENCHMARKS.md. */
import fs from 'node:fs'
import path from 'node:path'

import { root } from './children'
import { replaceSection } from './markdown'
import { log } from './progress'

/** Writes `bench/results/<name>-<stamp>.json` and replaces section `name` of docs/BENCHMARKS.md with `section`. */
export function saveRun(name: string, title: string, stamp: string, results: unknown, section: string): void {
  const resultsFile = path.join(root, 'bench', 'results', `${name}-${stamp}.json`)
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const docFile = path.join(root, 'docs', 'BENCHMARKS.md')
  const doc = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : '# Benchmarks\n'
  fs.writeFileSync(docFile, replaceSection(doc, name, section))
  log(`\nWrote docs/BENCHMARKS.md (${title}) and ${path.relative(root, resultsFile)}.`)
}
