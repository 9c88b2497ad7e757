import { describe, expect, it } from 'vitest'

import type { ResponsiveImage } from '../../publication/schema'
import { framingStyle, pictureSources } from './pictures'

const copies = (format: string, widths: number[]) =>
  widths.map((width) => ({ url: `/media/visuals/photo-${width}.${format}`, width, height: width / 2 }))
const photo: ResponsiveImage = {
  width: 2000,
  height: 1000,
  avif: copies('avif', [320, 640, 960, 1440]),
  webp: copies('webp', [320, 640, 960, 1440]),
  original: null,
}

describe('pictureSources', () => {
  it('offers AVIF then WebP, up to the widest copy the place needs', () => {
    const { sources, img } = pictureSources(photo, 640)
    expect(sources).toEqual([
      { type: 'image/avif', srcset: '/media/visuals/photo-320.avif 320w, /media/visuals/photo-640.avif 640w' },
      { type: 'image/webp', srcset: '/media/visuals/photo-320.webp 320w, /media/visuals/photo-640.webp 640w' },
    ])
    expect(img).toEqual({ src: '/media/visuals/photo-640.webp', width: 640, height: 320 })
  })

  it('keeps the narrowest copy when even it is wider than the place', () => {
    expect(pictureSources(photo, 200).img.src).toBe('/media/visuals/photo-320.webp')
  })

  it('offers the copies a small picture has', () => {
    const small: ResponsiveImage = { width: 500, height: 250, avif: copies('avif', [320]), webp: copies('webp', [320]), original: null }
    expect(pictureSources(small, 1440).sources.map((source) => source.srcset)).toEqual([
      '/media/visuals/photo-320.avif 320w',
      '/media/visuals/photo-320.webp 320w',
    ])
  })

  it('shows the uploaded file, with its size, when there is no copy (an SVG)', () => {
    const drawing: ResponsiveImage = { width: 800, height: 600, avif: [], webp: [], original: '/media/visuals/logo.svg' }
    expect(pictureSources(drawing, 640)).toEqual({ sources: [], img: { src: '/media/visuals/logo.svg', width: 800, height: 600 } })
  })
})

describe('framingStyle', () => {
  it('cuts around the focal point', () => {
    expect(framingStyle({ focus: { x: 30, y: 10 }, whole: false, background: null })).toBe('object-position: 30% 10%;')
  })

  it('leaves a centred cut to the box', () => {
    expect(framingStyle({ focus: { x: 50, y: 50 }, whole: false, background: '#ffffff' })).toBeUndefined()
    expect(framingStyle(undefined)).toBeUndefined()
  })

  it('fits a picture kept whole on its own colour, whatever its focal point', () => {
    expect(framingStyle({ focus: { x: 30, y: 10 }, whole: true, background: '#f8f7f4' })).toBe(
      'object-fit: contain; background-color: #f8f7f4;',
    )
    expect(framingStyle({ focus: { x: 50, y: 50 }, whole: true, background: null })).toBe('object-fit: contain;')
  })
})
