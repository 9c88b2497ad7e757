import type { StoredFileType } from './fileTypes'

/**
 * Whether a file of a recognised type is whole. Payload checks these after
 * our hooks and refuses a damaged file with an untranslated "The following
 * field is invalid: file"; validateUpload runs the same tests first, so that
 * the refusal says why in the editor's language. Each one matches Payload's
 * (payload/dist/utilities/validatePDF.js, uploads/validateISOBaseMediaFile.js):
 * stricter would refuse files Payload takes, looser would leave its message.
 */

/** A PDF's header, and its cross-reference table and end marker in its last KB. */
export const isCompletePdf = (bytes: Buffer): boolean => {
  if (!bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-')) return false
  const end = bytes.subarray(bytes.length - Math.min(1024, bytes.length)).toString('latin1')
  return end.includes('%%EOF') && end.includes('xref')
}

/** The stored types built of ISO base media boxes (MP4, AVIF). */
export const isoMediaTypes: readonly StoredFileType[] = ['video/mp4', 'image/avif']

/** Boxes a QuickTime-style file may start with instead of `ftyp`. */
const quickTimeFirstBoxes = new Set(['free', 'mdat', 'moov', 'wide'])
const maxBoxes = 10_000

/** Boxes that follow one another from the first byte to the last, the first a well-formed `ftyp` not alone in the file. */
export const isCompleteIsoMedia = (bytes: Buffer): boolean => {
  const size = bytes.length
  if (size < 24) return false
  let position = 0
  for (let count = 1; position < size; count += 1) {
    if (count > maxBoxes || size - position < 8) return false
    const size32 = bytes.readUInt32BE(position)
    const type = bytes.toString('latin1', position + 4, position + 8)
    let headerSize = 8
    let boxSize = size32
    if (size32 === 0) boxSize = size - position
    else if (size32 === 1) {
      if (size - position < 16) return false
      const size64 = bytes.readBigUInt64BE(position + 8)
      if (size64 > BigInt(Number.MAX_SAFE_INTEGER)) return false
      boxSize = Number(size64)
      headerSize = 16
    }
    if (boxSize < headerSize || boxSize > size - position) return false
    if (position === 0 && type === 'ftyp') {
      const contentSize = boxSize - headerSize
      if (size32 === 0 || contentSize < 8 || (contentSize - 8) % 4 !== 0 || boxSize === size) return false
    } else if (position === 0 && !quickTimeFirstBoxes.has(type)) {
      return false
    }
    position += boxSize
  }
  return position === size
}
