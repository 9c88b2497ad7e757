import { randomBytes } from 'node:crypto'

import type { ImageSize } from 'payload'

import { responsiveImageSizes } from '../../../publication/responsiveImages'

const webp = { format: 'webp', options: { quality: 82 } } as const

/**
 * Payload makes a copy of fixed proportions again when the focal point moves, with
 * other content: a name of its own each time keeps a name from ever changing content
 * (the site serves /media/ files as immutable).
 */
const freshName: NonNullable<ImageSize['generateImageName']> = ({ originalName, width, height, extension }) =>
  `${originalName}-${width}x${height}-${randomBytes(5).toString('hex')}.${extension}`

/**
 * The copies of fixed proportions: cut around the focal point, or the whole
 * picture fitted on its own colour when the editor keeps it whole
 * (hooks/frameWholePictures).
 */
export const framedSizes = [
  { name: 'thumbnail', width: 320, height: 320, formatOptions: webp, generateImageName: freshName },
  { name: 'card', width: 800, height: 500, formatOptions: webp, generateImageName: freshName },
  {
    name: 'social',
    width: 1200,
    height: 630,
    withoutEnlargement: false,
    formatOptions: { format: 'jpeg', options: { quality: 85 } },
    generateImageName: freshName,
  },
  { name: 'square', width: 1080, height: 1080, withoutEnlargement: false, formatOptions: webp, generateImageName: freshName },
] as const satisfies ImageSize[]
export type FramedSizeName = (typeof framedSizes)[number]['name']

/**
 * The sizes the visuals library offers for download (social networks, print,
 * slides), the original apart, then the responsive copies pages are made of.
 */
export const visualImageSizes: ImageSize[] = [
  ...framedSizes,
  { name: 'full', width: 2400, withoutEnlargement: true, formatOptions: webp },
  ...responsiveImageSizes,
]
