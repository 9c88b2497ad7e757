import type { PictureFraming, ResponsiveImage } from '../../publication/schema'

export interface PictureSources {
  /** One <source> per format, AVIF first: browsers take the first they can show. */
  sources: { type: `image/${string}`; srcset: string }[]
  /** The <img>: the widest WebP copy offered, or the uploaded file when there is no copy. */
  img: { src: string; width: number; height: number }
}

/**
 * The copies of a picture worth sending where it is shown: those up to
 * `largest` pixels wide (the place's widest size on a high-density screen),
 * so a phone never downloads the infographic's 1440 px copy for a card. The
 * narrowest copy is kept when even it is wider.
 */
export function pictureSources(image: ResponsiveImage, largest: number): PictureSources {
  const fitting = (copies: ResponsiveImage['webp']) => {
    const within = copies.filter((copy) => copy.width <= largest)
    return within.length > 0 ? within : copies.slice(0, 1)
  }
  const [avif, webp] = [fitting(image.avif), fitting(image.webp)]
  const sources = [
    { type: 'image/avif' as const, copies: avif },
    { type: 'image/webp' as const, copies: webp },
  ]
    .filter(({ copies }) => copies.length > 0)
    .map(({ type, copies }) => ({ type, srcset: copies.map((copy) => `${copy.url} ${copy.width}w`).join(', ') }))
  const widest = webp.at(-1)
  if (widest) return { sources, img: { src: widest.url, width: widest.width, height: widest.height } }
  if (!image.original) throw new Error('A picture without copies is published with its original file')
  return { sources, img: { src: image.original, width: image.width, height: image.height } }
}

/**
 * How a box of other proportions (a card's 16:10) shows a picture: cut around
 * the editor's focal point, or, for a picture whose text must stay whole,
 * fitted on the colour of its own edge. None for a cut around the centre, the
 * box's own rule.
 */
export function framingStyle(framing: PictureFraming | undefined): string | undefined {
  if (framing?.whole) return `object-fit: contain;${framing.background ? ` background-color: ${framing.background};` : ''}`
  if (!framing || (framing.focus.x === 50 && framing.focus.y === 50)) return undefined
  return `object-position: ${framing.focus.x}% ${framing.focus.y}%;`
}
