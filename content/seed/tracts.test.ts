/** The demo tract templates: valid for the engine in fr and en, artwork at the right size, every field readable on it. */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { toTractTemplate } from '../../publication/toTractTemplate'
import { isPrintTemplate, templateProblems } from '../../tracts/template'
import { contrast, toHex } from '../artwork/colour'
import { renderTractArtworkPdf } from '../artwork/tract-pdf'
import { rasterSize, renderTractArtworkPng } from '../artwork/tract-raster'
import { tracts } from '../data/tracts'
import type { ContentLocale } from '../types'
import { isLocalized } from './localize'
import { isPrintTract, tractCanvas, tractTemplateDoc } from './tracts'

/** A seed value as the CMS reads it in one locale: each text in that language, else in French. */
const inLocale = (value: unknown, locale: ContentLocale): unknown => {
  if (isLocalized(value)) return (value as Record<string, unknown>)[locale] ?? value.fr
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inLocale(inner, locale)]))
  return value
}

/** The engine's template of a demo tract, through the CMS's own mapping, with uploads as a depth-1 read returns them. */
const templateOf = (tract: (typeof tracts)[number], locale: ContentLocale) => {
  const doc = tractTemplateDoc(tract, {
    themes: tract.themes.map((slug) => ({ slug })),
    pdf: isPrintTract(tract) ? { filename: `${tract.slug}.pdf`, mimeType: 'application/pdf' } : null,
    png: { filename: `${tract.slug}.png`, mimeType: 'image/png' },
  })
  return toTractTemplate(inLocale(doc, locale) as never, locale, (upload) => upload.filename ?? null)
}

describe('demo tract templates', () => {
  it('include an A5 leaflet, an A3 poster, a square post and a story, each in French and English', () => {
    expect(tracts.map((tract) => tract.format).sort()).toEqual(['A3', 'A5', 'square', 'story'])
    for (const tract of tracts) {
      expect(tract.languages, tract.slug).toEqual(['fr', 'en'])
      const texts = [
        tract.name,
        tract.description,
        tract.artwork.alt,
        ...tract.fields.flatMap((field) => [field.label, field.help, ...(field.defaultValue ? [field.defaultValue] : [])]),
      ]
      for (const text of texts) expect(text.en, `${tract.slug}: ${text.fr}`).toBeTruthy()
    }
  })

  it.each(tracts.flatMap((tract) => (['fr', 'en'] as const).map((locale) => [tract.slug, locale, tract] as const)))(
    '%s (%s) maps to a template the engine accepts, with the legal zone on print formats',
    (_slug, locale, tract) => {
      const template = templateOf(tract, locale)
      expect(templateProblems(template)).toEqual([])
      expect(template.name).toBe(tract.name[locale])
      expect(template.fields.find((field) => field.key === 'headline')?.defaultValue).toBe(
        tract.fields.find((field) => field.key === 'headline')?.defaultValue?.[locale],
      )
      if (isPrintTemplate(template)) {
        expect(template.legal).not.toBeNull()
        expect(template.artwork).toEqual({ pdf: `${tract.slug}.pdf`, image: `${tract.slug}.png` })
      } else expect(template.artwork).toEqual({ pdf: null, image: `${tract.slug}.png` })
    },
  )
})

describe('demo tract artwork', () => {
  it.each(tracts.map((tract) => [tract.slug, tract] as const))(
    '%s: every field and the legal mention sit on colours they contrast with (≥ 4.5:1)',
    async (_slug, tract) => {
      const canvas = tractCanvas(tract)
      const png = await renderTractArtworkPng(canvas, tract.artwork.layers)
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
      const scale = info.width / canvas.page.width
      const zones = [
        ...tract.fields.map((field) => ({ key: field.key, box: field.box, colour: field.style.colour })),
        ...(tract.legal ? [{ key: 'legal', box: tract.legal.box, colour: tract.legal.style.colour }] : []),
      ]
      for (const { key, box, colour } of zones) {
        // Every pixel of the artwork under the box, edges of shapes included.
        const under = new Set<string>()
        for (let y = Math.floor(box.y * scale); y < Math.ceil((box.y + box.height) * scale); y++)
          for (let x = Math.floor(box.x * scale); x < Math.ceil((box.x + box.width) * scale); x++) {
            const at = (y * info.width + x) * 3
            under.add(toHex([data[at]!, data[at + 1]!, data[at + 2]!]))
          }
        const worst = Math.min(...[...under].map((pixel) => contrast(pixel, colour)))
        expect(worst, `${tract.slug} ${key}`).toBeGreaterThanOrEqual(4.5)
      }
    },
  )

  it.each(tracts.map((tract) => [tract.slug, tract] as const))(
    '%s: the raster has the page’s pixel size (150 dpi for print)',
    async (_slug, tract) => {
      const canvas = tractCanvas(tract)
      const meta = await sharp(await renderTractArtworkPng(canvas, tract.artwork.layers)).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['png', ...Object.values(rasterSize(canvas.page))])
    },
  )

  it('gives the print formats the exact page size, A5 at 874 × 1240 px', () => {
    expect(rasterSize({ unit: 'mm', width: 148, height: 210 })).toEqual({ width: 874, height: 1240 })
    expect(rasterSize({ unit: 'px', width: 1080, height: 1920 })).toEqual({ width: 1080, height: 1920 })
  })

  it.each(tracts.filter(isPrintTract).map((tract) => [tract.slug, tract] as const))(
    '%s: the vector PDF is one page of the exact size, drawn with paths only, and small',
    async (_slug, tract) => {
      const canvas = tractCanvas(tract)
      const bytes = await renderTractArtworkPdf(canvas, tract.artwork.layers, tract.name.fr)
      const doc = await PDFDocument.load(bytes)
      const [page] = doc.getPages()
      expect(doc.getPageCount()).toBe(1)
      expect(page?.getWidth()).toBeCloseTo((canvas.page.width * 72) / 25.4, 2)
      expect(page?.getHeight()).toBeCloseTo((canvas.page.height * 72) / 25.4, 2)
      // No embedded image nor font: shapes only.
      for (const kind of ['XObject', 'Font'])
        expect(page?.node.Resources()?.lookupMaybe(PDFName.of(kind), PDFDict)?.keys() ?? [], kind).toEqual([])
      expect(bytes.length).toBeLessThan(20_000)
    },
  )
})
