import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { edgeColour, type FramedSize, framedCopy, framedCopyName } from './framing'

const paper = '#f8f7f4'
const red = '#c0182a'

/** A portrait infographic, 1000×2000: a red title band over the top tenth, paper elsewhere, a dark chart in the middle. */
const portrait = () =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="2000">` +
        `<rect width="1000" height="2000" fill="${paper}"/><rect width="1000" height="200" fill="${red}"/>` +
        `<rect x="200" y="900" width="600" height="200" fill="#222222"/></svg>`,
    ),
  )
    .png()
    .toBuffer()

const social: FramedSize = { width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 90 } } }
const square: FramedSize = { width: 1080, height: 1080, formatOptions: { format: 'webp', options: { quality: 90 } } }

/** The colour of one pixel of an encoded picture. */
async function pixel(picture: Buffer, x: number, y: number) {
  const { data, info } = await sharp(picture).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return [data[offset]!, data[offset + 1]!, data[offset + 2]!]
}
const rgb = (colour: string) => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16))
const near = (actual: number[], colour: string) => actual.every((value, channel) => Math.abs(value - rgb(colour)[channel]!) <= 12)

describe('edgeColour', () => {
  it('is the commonest colour of the edge: the paper, not a mix with the title band crossing it', async () => {
    expect(near(rgb(await edgeColour(await portrait())), paper)).toBe(true)
  })
})

describe('framedCopy', () => {
  it('fits a picture kept whole, centred on its own colour, its title band whole and in proportion', async () => {
    const picture = await portrait()
    for (const size of [social, square]) {
      const { data, info } = await framedCopy(picture, size, { whole: true, focus: { x: 50, y: 50 }, background: paper })
      expect([info.width, info.height]).toEqual([size.width, size.height])
      // The picture is as tall as the copy, half as wide, centred: the sides are paper.
      const width = size.height / 2
      const left = (size.width - width) / 2
      expect(near(await pixel(data, 5, size.height / 2), paper)).toBe(true)
      expect(near(await pixel(data, size.width - 5, size.height / 2), paper)).toBe(true)
      // The band covers the top tenth of the picture, across its width.
      for (const x of [left + 5, size.width / 2, left + width - 5]) {
        expect(near(await pixel(data, Math.round(x), Math.round(size.height * 0.05)), red)).toBe(true)
        expect(near(await pixel(data, Math.round(x), Math.round(size.height * 0.15)), paper)).toBe(true)
      }
    }
  })

  it('cuts a picture around the focal point', async () => {
    const picture = await portrait()
    const atCentre = await framedCopy(picture, social, { whole: false, focus: { x: 50, y: 50 }, background: paper })
    expect([atCentre.info.width, atCentre.info.height]).toEqual([1200, 630])
    // The middle of the picture: the chart, no band.
    expect(near(await pixel(atCentre.data, 600, 315), '#222222')).toBe(true)
    expect(near(await pixel(atCentre.data, 600, 5), red)).toBe(false)
    const atTop = await framedCopy(picture, social, { whole: false, focus: { x: 50, y: 0 }, background: paper })
    // Scaled to 1200 wide, the band is 240 px tall at the top of the copy.
    expect(near(await pixel(atTop.data, 600, 200), red)).toBe(true)
    expect(near(await pixel(atTop.data, 600, 280), paper)).toBe(true)
  })

  it('names each copy by its content', async () => {
    const picture = await portrait()
    const whole = await framedCopy(picture, square, { whole: true, focus: { x: 50, y: 50 }, background: paper })
    const cut = await framedCopy(picture, square, { whole: false, focus: { x: 50, y: 50 }, background: paper })
    expect(framedCopyName('infographie.png', whole)).toMatch(/^infographie-1080x1080-[0-9a-f]{10}\.webp$/)
    expect(framedCopyName('infographie.png', whole)).not.toBe(framedCopyName('infographie.png', cut))
    expect(
      framedCopyName('affiche.png', await framedCopy(picture, social, { whole: true, focus: { x: 50, y: 50 }, background: paper })),
    ).toMatch(/\.jpg$/)
  })
})
