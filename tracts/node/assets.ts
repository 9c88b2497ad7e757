/** Node assets (command, tests, snapshot): the bundled fonts from node_modules, artwork from disk, conversions by sharp. */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import sharp from 'sharp'
import { memoise, type ConvertedImageType, type TractAssets } from '../assets.ts'
import { fontPackageFiles } from '../fonts.ts'
import { fontIds, type FontId } from '../template.ts'

const require = createRequire(import.meta.url)

/** Absolute paths of the bundled fonts' files (the snapshot copies them to `fontUrl(id)`). */
export const fontFiles: { id: FontId; path: string }[] = fontIds.map((id) => ({ id, path: require.resolve(fontPackageFiles[id]) }))

/** Font files never change while the process runs: read once for every asset set (and parsed once, by bytes). */
const readFont = memoise(async (id: FontId) => new Uint8Array(await readFile(require.resolve(fontPackageFiles[id]))))

/** Renders an SVG at a density where it is at least the target size, so that it is never enlarged as pixels. */
async function svgDensity(bytes: Uint8Array, width: number, height: number): Promise<number> {
  const { width: naturalWidth, height: naturalHeight } = await sharp(bytes).metadata()
  if (!naturalWidth || !naturalHeight) return 72
  return Math.min(72 * Math.max(width / naturalWidth, height / naturalHeight), 100_000)
}

/** `TractAssets.toPng` for Node: WebP or SVG to a PNG of exactly `width`×`height` pixels. */
export async function sharpToPng(bytes: Uint8Array, type: ConvertedImageType, width: number, height: number): Promise<Uint8Array> {
  const density = type === 'svg' ? await svgDensity(bytes, width, height) : undefined
  const png = await sharp(bytes, density ? { density } : {})
    .resize(width, height, { fit: 'fill' })
    .png()
    .toBuffer()
  return new Uint8Array(png)
}

/** Artwork refs are file paths, unless `resolveRef` maps them (e.g. a site URL to a file of the build). */
export function nodeAssets(resolveRef: (ref: string) => string = (ref) => ref): TractAssets {
  const readArtwork = memoise(async (ref: string) => new Uint8Array(await readFile(resolveRef(ref))))
  return { font: readFont, file: readArtwork, toPng: sharpToPng }
}
