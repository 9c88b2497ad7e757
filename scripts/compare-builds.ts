/**
 * Compares two built sites, page by page: is the site the same after a change to how it is built?
 *
 *   tsx scripts/compare-builds.ts <before> <after> [--visual] [--shots dir]
 *
 * Every HTML page of either folder is compared after normalisation (scripts/lib/builtPages.ts:
 * asset hashes, scoped-style attributes, tract preview digests and stylesheets set aside; the
 * previews' pictures are compared pixel by pixel instead); pages found in one build
 * only and pages that differ are listed, with where they first differ. How each build delivers
 * its styles is reported apart. With --visual, a sample of pages (one per route kind, in French
 * and Arabic) is shot in Chromium at 360 and 1280 px in both builds and compared pixel by pixel
 * (scripts/lib/screenshots.ts); --shots keeps the screenshots of pairs that differ.
 * Exits 1 when a page differs, is missing from a build, or a screenshot differs.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import sharp from 'sharp'

import { firstDifference, normalisePage, pageUrl, samplePages } from './lib/builtPages'
import { compareVisually } from './lib/screenshots'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { visual: { type: 'boolean', default: false }, shots: { type: 'string' } },
})
const [beforeArg, afterArg] = positionals
if (!beforeArg || !afterArg || positionals.length !== 2) {
  console.error('usage: tsx scripts/compare-builds.ts <before> <after> [--visual] [--shots dir]')
  process.exit(2)
}
const beforeDir = path.resolve(beforeArg)
const afterDir = path.resolve(afterArg)
const readPage = async (dir: string, file: string) => normalisePage(await fs.readFile(path.join(dir, file), 'utf8'))

const htmlFiles = async (dir: string) =>
  new Set(
    (await fs.readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/')),
  )

const [beforeFiles, afterFiles] = await Promise.all([htmlFiles(beforeDir), htmlFiles(afterDir)])
const onlyBefore = [...beforeFiles].filter((file) => !afterFiles.has(file)).sort()
const onlyAfter = [...afterFiles].filter((file) => !beforeFiles.has(file)).sort()
const common = [...beforeFiles].filter((file) => afterFiles.has(file)).sort()

/** Per build: how many pages link how many stylesheets and carry how many inline ones. */
const styleDelivery = { before: new Map<string, number>(), after: new Map<string, number>() }
const count = (map: Map<string, number>, styles: string[]) => {
  const key = `${styles.filter((style) => style.startsWith('link')).length} linked, ${styles.filter((style) => style.startsWith('style')).length} inline`
  map.set(key, (map.get(key) ?? 0) + 1)
}

const differing: string[] = []
/** Tract previews renamed between the builds (their digest covers the engine's sources): before → after. */
const previewPairs = new Map<string, string>()
for (const file of common) {
  const [before, after] = await Promise.all([readPage(beforeDir, file), readPage(afterDir, file)])
  count(styleDelivery.before, before.styles)
  count(styleDelivery.after, after.styles)
  const difference = firstDifference(before.html, after.html)
  if (difference) differing.push(`${pageUrl(file)} ${difference}`)
  else before.previews.forEach((url, index) => previewPairs.set(url, after.previews[index] ?? ''))
}

/** Whether two pictures show the same pixels, whatever their encoding. */
const samePixels = async (beforeFile: string, afterFile: string) => {
  const [a, b] = await Promise.all([beforeFile, afterFile].map((file) => sharp(file).raw().toBuffer({ resolveWithObject: true })))
  return a!.info.width === b!.info.width && a!.info.height === b!.info.height && a!.data.equals(b!.data)
}
const renamedPreviews = [...previewPairs].filter(([before, after]) => before !== after)
const changedPreviews: string[] = []
for (const [before, after] of renamedPreviews) {
  if (!(await samePixels(path.join(beforeDir, before), path.join(afterDir, after)))) changedPreviews.push(`${before} ≠ ${after}`)
}

const list = (title: string, lines: string[], most = 40) => {
  if (lines.length === 0) return
  console.log(`${title} (${lines.length}):`)
  for (const line of lines.slice(0, most)) console.log(`  ${line}`)
  if (lines.length > most) console.log(`  … and ${lines.length - most} more`)
}
list(`Only in ${beforeDir}`, onlyBefore.map(pageUrl))
list(`Only in ${afterDir}`, onlyAfter.map(pageUrl))
list('Differ', differing)
for (const [build, delivery] of Object.entries(styleDelivery)) {
  console.log(`Styles, ${build}: ${[...delivery].map(([how, pages]) => `${pages} pages ${how}`).join('; ')}`)
}
console.log(
  `${common.length + onlyBefore.length + onlyAfter.length} pages: ${common.length - differing.length} equal, ${differing.length} differ, ` +
    `${onlyBefore.length} only before, ${onlyAfter.length} only after`,
)
list('Tract previews that show other pixels', changedPreviews)
console.log(
  `${previewPairs.size} tract preview pictures: ${previewPairs.size - renamedPreviews.length} same name, ` +
    `${renamedPreviews.length - changedPreviews.length} renamed with the same pixels, ${changedPreviews.length} with other pixels`,
)
let failed = differing.length + onlyBefore.length + onlyAfter.length + changedPreviews.length > 0

if (values.visual) {
  const sample = samplePages(common.map(pageUrl), ['fr', 'ar'])
  const shots = await compareVisually(
    beforeDir,
    afterDir,
    sample,
    [360, 1280],
    values.shots === undefined ? undefined : path.resolve(values.shots),
  )
  const changed = shots.filter((shot) => shot.pixels > 0)
  list(
    'Screenshots that differ',
    changed.map(({ url, width, pixels, size }) => `${url} at ${width} px: ${pixels} pixels${size ? ` (${size})` : ''}`),
  )
  console.log(
    `${shots.length} screenshots compared (${sample.length} pages × 360 and 1280 px): ${shots.length - changed.length} equal, ${changed.length} differ`,
  )
  failed ||= changed.length > 0
}
process.exit(failed ? 1 : 0)
