import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { nodeAssets } from './node/assets.ts'
import { renderTractPngFile } from './node/png.ts'
import { qrModules, quietZone } from './qr.ts'
import { renderTractSvg } from './svg.ts'
import { a5Input, a5Template, squareTemplate, storyTemplate } from './test-fixtures.ts'

const assets = nodeAssets()
const squareInput = {
  values: { headline: 'On lâche rien !', group: 'Groupe d’action Lyon 7e', date: '2026-03-14', contact: 'example.org/lyon' },
  legal: { mode: 'ipns' as const },
}

/** The colour of one pixel, as #rrggbb. */
async function pixel(png: Uint8Array, x: number, y: number): Promise<string> {
  const { data } = await sharp(png)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return `#${[...data].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

describe('renderTractPngFile', () => {
  it('makes a square post of exactly 1080 × 1080 pixels, with its text and QR code drawn', async () => {
    const { bytes, warnings } = await renderTractPngFile(squareTemplate, squareInput, assets)
    expect(warnings).toEqual([])
    const metadata = await sharp(bytes).metadata()
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1080, 1080])
    expect(await pixel(bytes, 5, 5)).toBe('#c8102e')
    // White letters in the headline's box; the QR code's finder pattern is black in its top-left corner.
    const headline = await sharp(bytes).extract({ left: 60, top: 80, width: 960, height: 200 }).removeAlpha().raw().toBuffer()
    expect(headline.some((value, index) => index % 3 === 0 && value > 240 && (headline[index + 1] ?? 0) > 240)).toBe(true)
    const moduleSize = 300 / (qrModules('https://example.org/lyon').length + 2 * quietZone)
    expect(await pixel(bytes, Math.round(390 + (quietZone + 0.5) * moduleSize), Math.round(600 + (quietZone + 0.5) * moduleSize))).toBe(
      '#000000',
    )
  })

  it('draws WebP artwork under the fields', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'tract-artwork-'))
    const path = join(directory, 'artwork.webp')
    await writeFile(
      path,
      await sharp({ create: { width: 108, height: 108, channels: 3, background: '#2040a0' } })
        .webp({ lossless: true })
        .toBuffer(),
    )
    const { bytes } = await renderTractPngFile({ ...squareTemplate, artwork: { pdf: null, image: path } }, squareInput, assets)
    expect(await pixel(bytes, 5, 5)).toBe('#2040a0')
  })

  it('makes a story of exactly 1080 × 1920 pixels, and a print format at 150 dpi', async () => {
    const story = await sharp((await renderTractPngFile(storyTemplate, squareInput, assets)).bytes).metadata()
    expect([story.width, story.height]).toEqual([1080, 1920])
    const a5 = await sharp((await renderTractPngFile(a5Template, a5Input, assets)).bytes).metadata()
    expect([a5.width, a5.height]).toEqual([874, 1240])
  })
})

describe('renderTractSvg', () => {
  it('is self-contained, in the page’s unit, with glyphs as paths', async () => {
    const { svg, width, height } = await renderTractSvg(a5Template, a5Input, assets)
    expect([width, height]).toEqual([874, 1240])
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="874" height="1240" viewBox="0 0 148 210">/)
    expect(svg).toContain('<title>Tract A5 — réunion publique</title>')
    expect(svg).toMatch(/<path id="g0" d="M/)
    // No text element, no font and nothing fetched: the preview looks the same everywhere.
    expect(svg).not.toMatch(/<text|@font-face|href="(?!#|data:)/)
  })
})
