/** Browser-only image conversions through a canvas (the Node adapters use sharp instead). */
import type { ConvertedImageType } from '../assets.ts'

const mimeTypes: Record<ConvertedImageType, string> = { webp: 'image/webp', svg: 'image/svg+xml' }

/**
 * An image (any type the browser decodes) as a PNG of exactly `width`×`height` pixels.
 * An OffscreenCanvas encodes at once, where `<canvas>.toBlob` may wait for the next
 * painted frame (up to a second in a background tab or a headless browser).
 */
export async function rasterToPng(blob: Blob, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(blob)
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(width, height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('This browser cannot draw on a canvas')
      context.drawImage(image, 0, 0, width, height)
      return await canvas.convertToBlob({ type: 'image/png' })
    }
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw on a canvas')
    context.drawImage(image, 0, 0, width, height)
    return await new Promise((resolve, reject) =>
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** `TractAssets.toPng` for the browser: WebP or SVG artwork to a PNG of the given pixel size. */
export async function canvasToPng(bytes: Uint8Array, type: ConvertedImageType, width: number, height: number): Promise<Uint8Array> {
  const png = await rasterToPng(new Blob([bytes as BlobPart], { type: mimeTypes[type] }), width, height)
  return new Uint8Array(await png.arrayBuffer())
}
