import { createHash } from 'node:crypto'

import sharp from 'sharp'

/** A point of the picture in percent of its width and height, from the top left: the editor's focal point. */
export interface Focus {
  x: number
  y: number
}

/** How a copy of fixed proportions is framed: the whole picture on its own colour, or a crop around the focus. */
export interface Framing {
  whole: boolean
  focus: Focus
  /** `#rrggbb`: what fills the sides of a whole picture. */
  background: string
}

export interface FramedSize {
  width: number
  height: number
  formatOptions: { format: 'jpeg' | 'webp'; options: object }
}

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0')

/** How many pixels of a side, on a 64 px reduction, count as the edge. */
const edgeDepth = 2
const reduced = 64
/** Edge pixels are grouped by colour at 4 bits a channel: shades of one paper count as one. */
const bucketOf = (red: number, green: number, blue: number) => ((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4)

/**
 * The colour of a picture's edge: the commonest among its outermost pixels
 * (read on a small reduction), as their mean. A whole picture fitted on it
 * looks framed by its own margin (an infographic's paper, a cover's ground),
 * not by bands of another colour, whatever title band crosses the edge.
 */
export async function edgeColour(picture: Buffer): Promise<string> {
  const { data, info } = await sharp(picture)
    .flatten({ background: '#ffffff' })
    .resize(reduced, reduced, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const buckets = new Map<number, { sums: [number, number, number]; count: number }>()
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const onEdge = x < edgeDepth || y < edgeDepth || x >= info.width - edgeDepth || y >= info.height - edgeDepth
      if (!onEdge) continue
      const offset = (y * info.width + x) * info.channels
      const [red, green, blue] = [data[offset]!, data[offset + 1]!, data[offset + 2]!]
      const key = bucketOf(red, green, blue)
      const bucket = buckets.get(key) ?? { sums: [0, 0, 0], count: 0 }
      bucket.sums[0] += red
      bucket.sums[1] += green
      bucket.sums[2] += blue
      bucket.count++
      buckets.set(key, bucket)
    }
  }
  const commonest = [...buckets.values()].reduce((best, bucket) => (bucket.count > best.count ? bucket : best))
  return `#${commonest.sums.map((sum) => hex(sum / commonest.count)).join('')}`
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * A copy of exactly `size`: the whole picture, scaled to fit and centred on the
 * background, or the picture scaled to cover the size and cut around the focus
 * (the cut kept inside the picture, as Payload's own focal-point crops do).
 */
export async function framedCopy(picture: Buffer, size: FramedSize, framing: Framing) {
  const { width, height } = size
  let image = sharp(picture)
  if (framing.whole) {
    image = image.flatten({ background: framing.background }).resize(width, height, { fit: 'contain', background: framing.background })
  } else {
    const original = await sharp(picture).metadata()
    const scale = Math.max(width / original.width, height / original.height)
    const scaled = {
      width: Math.max(width, Math.round(original.width * scale)),
      height: Math.max(height, Math.round(original.height * scale)),
    }
    const left = clamp(Math.round((scaled.width * framing.focus.x) / 100 - width / 2), 0, scaled.width - width)
    const top = clamp(Math.round((scaled.height * framing.focus.y) / 100 - height / 2), 0, scaled.height - height)
    image = image.resize(scaled.width, scaled.height, { fit: 'fill' }).extract({ left, top, width, height })
  }
  const { format, options } = size.formatOptions
  return image.toFormat(format, options).toBuffer({ resolveWithObject: true })
}

/** A copy's file name: the upload's, its size and a digest of its bytes, so that a name never changes content. */
export const framedCopyName = (uploadName: string, copy: { data: Buffer; info: { width: number; height: number; format: string } }) => {
  const stem = uploadName.replace(/\.[^.]+$/, '')
  const digest = createHash('sha256').update(copy.data).digest('hex').slice(0, 10)
  const extension = copy.info.format === 'jpeg' ? 'jpg' : copy.info.format
  return `${stem}-${copy.info.width}x${copy.info.height}-${digest}.${extension}`
}
