/**
 * The gallery's picture of each tract template: the template filled in with the
 * admin preview's sample data and drawn by the engine, rather than its bare
 * artwork, in the responsive copies (AVIF, WebP) other pictures have. Runs after
 * the snapshot, in Node; pictures are kept by a digest of what they show
 * (template, sample data, engine code), so a rebuild draws only the templates
 * that changed.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { projectRoot } from '../../env'
import { sampleInput } from '../../tracts/sampleInput'
import { encoderOptions, type ResponsiveFormat, responsiveFormats, responsiveWidths } from '../../publication/responsiveImages'
import { nodeAssets } from '../../tracts/node/assets'
import { renderTractPngFile } from '../../tracts/node/png'
import { pixelSize } from '../../tracts/svg'
import type { TractTemplate } from '../../tracts/template'
import { printedTemplate } from '../lib/printedTemplate'
import type { MediaFile, ResponsiveImage } from '../../publication/schema'

type SnapshotTract = TractTemplate & { translated: boolean; preview: ResponsiveImage | null }

/** The gallery's cards and the customiser's page show a preview at most 24rem wide. */
const previewWidths = responsiveWidths.filter((width) => width <= 640)
const previewsUrl = '/media/tract-previews'

/** The responsive copies of one drawing, named after it: their files and the URLs the site serves them at. */
const copiesOf = (name: string, page: TractTemplate['page']) => {
  const size = pixelSize(page)
  return responsiveFormats.flatMap((format) =>
    previewWidths.map((width) => {
      const file = `${name}-${width}.${format}`
      return { format, file, url: `${previewsUrl}/${file}`, width, height: Math.round((width * size.height) / size.width) }
    }),
  )
}

/** The engine's own code: a change to it draws every picture again. */
async function engineDigest(): Promise<string> {
  const hash = createHash('sha256')
  const engineDir = path.join(projectRoot, 'tracts')
  const files = (await fs.readdir(engineDir, { recursive: true }))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
  for (const file of files) hash.update(file).update(await fs.readFile(path.join(engineDir, file)))
  return hash.digest('hex')
}

/**
 * Sets each exported template's `preview` in `<snapshotDir>/tracts.json` to a drawing of it filled in, and
 * adds the drawing's copies to the files the site serves (`media.json`).
 */
export async function renderTractPreviews(snapshotDir: string, log: (line: string) => void = () => {}): Promise<void> {
  const entriesFile = path.join(snapshotDir, 'tracts.json')
  const entries = JSON.parse(await fs.readFile(entriesFile, 'utf8')) as SnapshotTract[]
  const mediaFile = path.join(snapshotDir, 'media.json')
  const media = JSON.parse(await fs.readFile(mediaFile, 'utf8')) as MediaFile[]
  const files = new Map(media.map((file) => [file.url, file.from]))
  const assets = nodeAssets((url) => files.get(url) ?? url)
  const previewDir = path.join(snapshotDir, 'tract-previews')
  await fs.mkdir(previewDir, { recursive: true })
  const engine = await engineDigest()
  // Sample dates fall on a fixed day of the month: the pictures change monthly, not daily.
  const now = new Date()
  const sampleDay = new Date(now.getFullYear(), now.getMonth(), 27)

  const exists = (file: string) =>
    fs.stat(path.join(previewDir, file)).then(
      () => true,
      () => false,
    )
  const previews = new Map<string, ResponsiveImage>()
  const published: MediaFile[] = []
  let drawn = 0
  for (const entry of entries) {
    const template = printedTemplate(entry)
    const input = sampleInput(template, sampleDay)
    const name = createHash('sha256')
      .update(engine)
      .update(JSON.stringify([template, input]))
      .digest('hex')
      .slice(0, 20)
    let preview = previews.get(name)
    if (!preview) {
      const copies = copiesOf(name, template.page)
      if (!(await Promise.all(copies.map((copy) => exists(copy.file)))).every(Boolean)) {
        const { bytes } = await renderTractPngFile(template, input, assets)
        await Promise.all(
          copies.map((copy) =>
            sharp(bytes)
              .resize(copy.width, copy.height, { fit: 'fill' })
              .toFormat(copy.format, encoderOptions[copy.format])
              .toFile(path.join(previewDir, copy.file)),
          ),
        )
        drawn++
      }
      const listed = (format: ResponsiveFormat) =>
        copies.filter((copy) => copy.format === format).map(({ url, width, height }) => ({ url, width, height }))
      preview = { ...pixelSize(template.page), avif: listed('avif'), webp: listed('webp'), original: null }
      previews.set(name, preview)
      published.push(...copies.map((copy) => ({ url: copy.url, from: path.join(previewDir, copy.file) })))
    }
    entry.preview = preview
  }
  await fs.writeFile(entriesFile, JSON.stringify(entries))
  const others = media.filter((file) => !file.url.startsWith(`${previewsUrl}/`))
  await fs.writeFile(mediaFile, JSON.stringify([...others, ...published]))
  const kept = new Set(published.map((file) => path.basename(file.from)))
  for (const stale of (await fs.readdir(previewDir)).filter((file) => !kept.has(file))) await fs.rm(path.join(previewDir, stale))
  log(`  aperçus des tracts : ${previews.size} (${drawn} dessinés)`)
}
