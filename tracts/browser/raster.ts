/** Browser-only image conversions through a canvas (the Node adapters use sharp instead). */
import type { ConvertedImageType } from '../assets.ts'

const mimeTypes: Record<ConvertedImageType, string> = { webp: 'image/webp', svg: 'image/svg+xml' }

/** Draws an image (any type the browser decodes) on a canvas of exactly `width`×`height` pixels. */
export async function drawToCanvas(blob: Blob, width: number, height: number): Promise<HTMLCanvasElement> {
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
    return canvas
  } finally {
    URL.revokeObjectURL(url)
  }
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
  )
}

/** `TractAssets.toPng` for the browser: WebP or SVG artwork to a PNG of the given pixel size. */
export async function canvasToPng(bytes: Uint8Array, type: ConvertedImageType, width: number, height: number): Promise<Uint8Array> {
  const canvas = await drawToCanvas(new Blob([bytes as BlobPart], { type: mimeTypes[type] }), width, height)
  return new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer())
}
