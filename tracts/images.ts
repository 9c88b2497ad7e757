/** Recognises image files by their first bytes and reads the pixel size of PNG and JPEG files (logos are fitted by it). */

export type ImageType = 'png' | 'jpeg' | 'webp' | 'svg'

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  signature.every((byte, index) => bytes[offset + index] === byte)

export function imageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  // SVG is text: look for the root element near the start (after an XML declaration or comments).
  const head = new TextDecoder().decode(bytes.subarray(0, 1024))
  return /<svg[\s>]/i.test(head) ? 'svg' : null
}

const readUint32 = (bytes: Uint8Array, offset: number): number =>
  (bytes[offset] ?? 0) * 2 ** 24 + (((bytes[offset + 1] ?? 0) << 16) | ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0))
const readUint16 = (bytes: Uint8Array, offset: number): number => ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0)

/** JPEG start-of-frame markers (baseline, progressive, lossless…), which carry the image size. */
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1] ?? 0
    if (marker === 0xff) {
      offset += 1 // fill byte
      continue
    }
    if (startOfFrame.has(marker)) return { height: readUint16(bytes, offset + 5), width: readUint16(bytes, offset + 7) }
    offset += 2 + readUint16(bytes, offset + 2)
  }
  return null
}

/** Pixel size of a PNG or JPEG file, or null when it cannot be read. */
export function rasterSize(bytes: Uint8Array, type: 'png' | 'jpeg'): { width: number; height: number } | null {
  if (type === 'png') return bytes.length >= 24 ? { width: readUint32(bytes, 16), height: readUint32(bytes, 20) } : null
  return jpegSize(bytes)
}

/** Base64 without Node's Buffer (the engine also runs in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let index = 0; index < bytes.length; index += chunk) binary += String.fromCharCode(...bytes.subarray(index, index + chunk))
  return btoa(binary)
}
