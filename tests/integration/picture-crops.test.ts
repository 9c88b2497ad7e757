import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, expect, it } from 'vitest'

import type { Visual } from '../../cms/payload-types'
import { documentMedia, filePublisher } from '../../publication/snapshot/media'
import { describeOnDatabase, testPayload } from './database'
import { minimalDocuments, uniqueSlug } from './fixtures'

const paper = [248, 247, 244]
const red = [192, 24, 42]

/** A portrait infographic, 1000×2000: a red title band over its top tenth, paper elsewhere, a dark chart lower down. */
async function portraitFile() {
  const data = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="2000">` +
        `<rect width="1000" height="2000" fill="rgb(${paper.join(',')})"/><rect width="1000" height="200" fill="rgb(${red.join(',')})"/>` +
        `<rect x="200" y="1000" width="600" height="400" fill="#222222"/></svg>`,
    ),
  )
    .png()
    .toBuffer()
  return { name: `${uniqueSlug('infographie')}.png`, data, mimetype: 'image/png', size: data.length }
}

interface Box {
  left: number
  top: number
  width: number
  height: number
}
const near = (pixel: ArrayLike<number>, colour: number[]) => colour.every((value, channel) => Math.abs(pixel[channel]! - value) <= 24)

/**
 * What a picture shows, measured: the box around everything that is not paper,
 * and the height of the red band at its top, as the share of that box.
 */
async function contentOf(file: string): Promise<{ box: Box; size: { width: number; height: number }; bandShare: number }> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (x: number, y: number) => data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)
  let [left, top, right, bottom] = [info.width, info.height, -1, -1]
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (near(at(x, y), paper)) continue
      ;[left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)]
    }
  }
  const box = { left, top, width: right - left + 1, height: bottom - top + 1 }
  const middle = Math.round(left + box.width / 2)
  let band = 0
  while (top + band < info.height && near(at(middle, top + band), red)) band++
  return { box, size: { width: info.width, height: info.height }, bandShare: band / box.height }
}

const visualData = { title: 'Écarts de salaire', alt: 'Infographie', credit: 'Atelier', licence: 'CC-BY-4.0' as const }

describeOnDatabase('copies of fixed proportions keep the text drawn into pictures', () => {
  let payload: Payload
  let staticDir: string
  const fileOf = (visual: Visual, size: 'social' | 'square' | 'thumbnail' | 'card') => {
    const filename = visual.sizes?.[size]?.filename
    if (!filename) throw new Error(`No ${size} copy`)
    return path.join(staticDir, filename)
  }
  const visual = (id: number | string) => payload.findByID({ collection: 'visuals', id, depth: 0 })

  beforeAll(async () => {
    payload = await testPayload()
    staticDir = payload.collections.visuals.config.upload.staticDir as string
  })

  it('cuts a picture around the editor’s focal point, and names the new copies anew when the point moves', async () => {
    // (Payload reads a focal point of 0 as none: 1 % is the top.)
    const created = await payload.create({
      collection: 'visuals',
      data: { ...visualData, focalX: 50, focalY: 1 },
      file: await portraitFile(),
    })
    expect(created.keepWhole).toBe(false)
    // Focal point at the top: the social copy (1200×630 of a portrait) is the top of the picture, its band first.
    const top = await contentOf(fileOf(created, 'social'))
    expect(top.size).toEqual({ width: 1200, height: 630 })
    expect(top.box).toMatchObject({ left: 0, top: 0, width: 1200 })
    expect(top.bandShare * top.box.height).toBeGreaterThan(230)

    // The admin sends a moved focal point as `uploadEdits`: Payload makes every copy again.
    const moved = await payload.update({
      collection: 'visuals',
      id: created.id,
      data: {},
      req: { query: { uploadEdits: { focalPoint: { x: 50, y: 50 } } } },
    })
    // At the centre, the band is cut off.
    const centre = await contentOf(fileOf(moved, 'social'))
    expect([centre.box.top > 0, centre.bandShare]).toEqual([true, 0])
    for (const size of ['social', 'square', 'thumbnail', 'card'] as const) {
      expect(moved.sizes?.[size]?.filename).not.toBe(created.sizes?.[size]?.filename)
      expect(fs.existsSync(fileOf(created, size))).toBe(false)
    }
  })

  it('fits an infographic’s picture whole on its own colour, its title band in proportion, and cuts it again once unticked', async () => {
    const original = await payload.create({ collection: 'visuals', data: visualData, file: await portraitFile() })
    const { infographics } = minimalDocuments({ visual: original.id, vtt: original.id })
    await payload.create({ collection: 'infographics', data: { ...infographics, image: original.id } })

    const fitted = await visual(original.id)
    expect(fitted.keepWhole).toBe(true)
    const edge = [1, 3, 5].map((at) => parseInt(fitted.edgeColour?.slice(at, at + 2) ?? '', 16))
    expect(near(edge, paper)).toBe(true)
    const source = await contentOf(path.join(staticDir, original.filename!))
    for (const size of ['social', 'square'] as const) {
      const copy = await contentOf(fileOf(fitted, size))
      // The whole picture, as tall as the copy, centred: the same content box, scaled.
      const scale = copy.size.height / 2000
      expect(copy.box.top).toBe(Math.round(source.box.top * scale))
      expect(copy.box.height / copy.box.width).toBeCloseTo(source.box.height / source.box.width, 1)
      expect(Math.abs(copy.box.left + copy.box.width / 2 - copy.size.width / 2)).toBeLessThanOrEqual(2)
      expect(copy.bandShare).toBeCloseTo(source.bandShare, 1)
    }
    // The cut copies Payload made first are gone.
    expect(fs.existsSync(fileOf(original, 'social'))).toBe(false)

    const media = documentMedia(filePublisher(payload), [])
    expect(media.picture(fitted)?.framing).toEqual({ focus: { x: 50, y: 50 }, whole: true, background: fitted.edgeColour })
    expect(media.picture(fitted)?.social).toBe(`/media/visuals/${fitted.sizes?.social?.filename}`)

    const cut = await payload.update({ collection: 'visuals', id: original.id, data: { keepWhole: false } })
    const social = await contentOf(fileOf(cut, 'social'))
    expect(social.size).toEqual({ width: 1200, height: 630 })
    expect([social.box.top > 0, social.bandShare]).toEqual([true, 0])
    expect(fs.existsSync(fileOf(fitted, 'social'))).toBe(false)
  })
})
