/** Browser-only image conversions through a canvas (the Node adapters use sharp instead). */
import type { ConvertedImageType } from '../assets.ts'

const mimeTypes: Record<ConvertedImageType, string> = { webp: 'image/webp', svg: 'image/svg+xml' }

/**
 * An image (any type the browser decodes) as PNG bytes of exactly `width`×`height` pixels.
 * Encoded with the synchronous `toDataURL`: Chromium runs `toBlob` and `convertToBlob` as
 * idle-time tasks, which wait up to a second when the browser paints no frame (a background
 * tab, a headless browser); a 1080 px PNG encodes in tens of milliseconds either way.
 */
export async function rasterToPng(blob: Blob, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(blob)
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw on a canvas')
    context.drawImage(image, 0, 0, width, height)
    const dataUrl = canvas.toDataURL('image/png')
    if (!dataUrl.startsWith('data:image/png;base64,')) throw new Error('The browser could not encode the PNG')
    return Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (char) => char.charCodeAt(0))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** `TractAssets.toPng` for the browser: WebP or SVG artwork to a PNG of the given pixel size. */
export const canvasToPng = (bytes: Uint8Array, type: ConvertedImageType, width: number, height: number): Promise<Uint8Array> =>
  rasterToPng(new Blob([bytes as BlobPart], { type: mimeTypes[type] }), width, height)
