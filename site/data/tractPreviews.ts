/**
 * The gallery's picture of each tract template: the template filled in with the
 * admin preview's sample data and drawn by the engine (a PNG), rather than its
 * bare artwork. Runs after the export, in Node; pictures are kept by a digest of
 * what they show (template, sample data, engine code), so a rebuild draws only
 * the templates that changed.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { sampleInput } from '../../cms/collections/TractTemplates/components/sampleInput'
import { nodeAssets } from '../../tracts/node/assets'
import { renderTractPngFile } from '../../tracts/node/png'
import type { TractTemplate } from '../../tracts/template'
import { printedTemplate } from '../lib/printedTemplate'
import type { MediaFile } from './schema'

type ExportedTract = TractTemplate & { translated: boolean; preview: string | null }

/** The engine's own code: a change to it draws every picture again. */
async function engineDigest(projectRoot: string): Promise<string> {
  const hash = createHash('sha256')
  const engineDir = path.join(projectRoot, 'tracts')
  const files = (await fs.readdir(engineDir, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort()
  for (const file of files) hash.update(file).update(await fs.readFile(path.join(engineDir, file)))
  return hash.digest('hex')
}

/**
 * Replaces each exported template's `preview` in `<contentDir>/tracts.json` with a drawing of it filled in.
 * `projectRoot` locates the engine's sources (cms/env.ts knows it; importing it here would fix the
 * database and uploads paths before a test sets them).
 */
export async function renderTractPreviews(contentDir: string, projectRoot: string, log: (line: string) => void = () => {}): Promise<void> {
  const entriesFile = path.join(contentDir, 'tracts.json')
  const entries = JSON.parse(await fs.readFile(entriesFile, 'utf8')) as ExportedTract[]
  const media = JSON.parse(await fs.readFile(path.join(contentDir, 'media.json'), 'utf8')) as MediaFile[]
  const files = new Map(media.map((file) => [file.url, file.from]))
  const assets = nodeAssets((url) => files.get(url) ?? url)
  const previewDir = path.join(contentDir, 'tract-previews')
  await fs.mkdir(previewDir, { recursive: true })
  const engine = await engineDigest(projectRoot)
  // Sample dates fall on a fixed day of the month: the pictures change monthly, not daily.
  const now = new Date()
  const sampleDay = new Date(now.getFullYear(), now.getMonth(), 27)

  const kept = new Set<string>()
  let drawn = 0
  for (const entry of entries) {
    const template = printedTemplate(entry)
    const input = sampleInput(template, sampleDay)
    const name = `${createHash('sha256').update(engine).update(JSON.stringify([template, input])).digest('hex').slice(0, 20)}.png`
    const file = path.join(previewDir, name)
    if (!kept.has(name) && !(await fs.stat(file).then(() => true, () => false))) {
      const { bytes } = await renderTractPngFile(template, input, assets)
      await fs.writeFile(file, bytes)
      drawn++
    }
    kept.add(name)
    entry.preview = file
  }
  await fs.writeFile(entriesFile, JSON.stringify(entries))
  for (const stale of (await fs.readdir(previewDir)).filter((name) => !kept.has(name))) await fs.rm(path.join(previewDir, stale))
  log(`  aperçus des tracts : ${kept.size} (${drawn} dessinés)`)
}
