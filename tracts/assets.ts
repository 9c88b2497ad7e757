/** Where the engine gets its bytes (fonts, artwork), so one engine runs in the browser, the command and the tests. */
import { fontUrl } from './fonts.ts'
import type { FontId } from './template.ts'
import { canvasToPng } from './browser/raster.ts'

/** Image types pdf-lib cannot embed: they are converted to PNG first. */
export type ConvertedImageType = 'webp' | 'svg'

export interface TractAssets {
  font(id: FontId): Promise<Uint8Array>
  /** An artwork file: a site URL in the browser, a path (or whatever `resolveRef` maps) in Node. */
  file(ref: string): Promise<Uint8Array>
  /**
   * Converts WebP or SVG artwork to a PNG of exactly `width`×`height` pixels for the PDF.
   * Browser: a canvas (tracts/browser/raster.ts); Node: sharp (tracts/node/assets.ts).
   * Without it, a template with such artwork and no PDF artwork cannot be rendered as a PDF.
   */
  toPng?(bytes: Uint8Array, type: ConvertedImageType, width: number, height: number): Promise<Uint8Array>
}

/** Memoises an async loader by key; a failed load is forgotten so that it can be retried. */
export function memoise<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>()
  return (key) => {
    let value = cache.get(key)
    if (!value) {
      value = load(key)
      cache.set(key, value)
      value.catch(() => cache.delete(key))
    }
    return value
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** Browser assets: fonts and artwork fetched from the site once, then kept in memory. */
export function fetchAssets(): TractAssets {
  const load = memoise(fetchBytes)
  return {
    font: (id) => load(fontUrl(id)),
    file: (ref) => load(ref),
    toPng: canvasToPng,
  }
}
