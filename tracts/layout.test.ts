import { describe, expect, it } from 'vitest'
import { layoutTract, unitsPerSize, type TextItem, type TractLayout } from './layout.ts'
import { nodeAssets } from './node/assets.ts'
import { qrModules } from './qr.ts'
import { a5Input, a5Template, squareTemplate } from './test-fixtures.ts'
import type { TractField, TractInput, TractTemplate } from './template.ts'

const assets = nodeAssets()

const textOf = (layout: TractLayout, field: string): TextItem[] =>
  layout.items.filter((item): item is TextItem => item.kind === 'text' && item.field === field)
const charsOf = (items: TextItem[]): string =>
  items
    .flatMap((item) => item.glyphs.flatMap((glyph) => glyph.codePoints))
    .map((code) => String.fromCodePoint(code))
    .join('')
/** Font size in the style's unit (pt on A5). */
const sizeOf = (items: TextItem[], template: TractTemplate): number =>
  Math.round(((items[0]?.size ?? 0) / unitsPerSize(template.page)) * 100) / 100
const field = (key: string): TractField => {
  const found = a5Template.fields.find((candidate) => candidate.key === key)
  if (!found) throw new Error(key)
  return found
}
const input = (values: Record<string, string>): TractInput => ({ ...a5Input, values: { ...a5Input.values, ...values } })

describe('layoutTract', () => {
  it('lays out every field at its largest size when it fits, and the legal mention', async () => {
    const layout = await layoutTract(a5Template, a5Input, assets)
    expect(layout.warnings).toEqual([])
    expect(sizeOf(textOf(layout, 'group'), a5Template)).toBe(20)
    expect(charsOf(textOf(layout, 'date'))).toBe('samedi 14 mars 2026')
    expect(charsOf(textOf(layout, 'time'))).toBe('18:30')
    expect(charsOf(textOf(layout, 'legal'))).toBe('IPNS — Imprimé par nos soinsNe pas jeter sur la voie publique')
    const qr = layout.items.find((item) => item.kind === 'qr')
    expect(qr).toMatchObject({ field: 'contact', x: 105, y: 66, size: 33, modules: qrModules('https://example.org/lyon-7') })
  })

  it('keeps the lines typed in a multiline field, and joins them in a one-line field', async () => {
    const layout = await layoutTract(a5Template, input({ place: 'Salle des fêtes\n12 rue de l’Effort', group: 'Groupe\nLyon' }), assets)
    expect(new Set(textOf(layout, 'place').map((item) => item.baseline)).size).toBe(2)
    expect(new Set(textOf(layout, 'group').map((item) => item.baseline)).size).toBe(1)
    expect(charsOf(textOf(layout, 'group'))).toBe('Groupe Lyon')
  })

  it('shrinks text that does not fit, within the size range, then warns when even the smallest size overflows', async () => {
    const style = field('group').style
    const longer = await layoutTract(a5Template, input({ group: 'Groupe d’action de la Croix-Rousse et des pentes' }), assets)
    const size = sizeOf(textOf(longer, 'group'), a5Template)
    expect(size).toBeLessThan(style.maxSize)
    expect(size).toBeGreaterThanOrEqual(style.minSize)
    expect(longer.warnings).toEqual([{ field: 'group', code: 'shrunk' }])
    // It is the largest size that fits: a quarter point more would not.
    const lastGlyph = textOf(longer, 'group').at(-1)?.glyphs.at(-1)
    expect(lastGlyph?.x).toBeLessThanOrEqual(field('group').box.x + field('group').box.width)

    const far = await layoutTract(a5Template, input({ group: 'Groupe d’action '.repeat(12) }), assets)
    expect(sizeOf(textOf(far, 'group'), a5Template)).toBe(style.minSize)
    expect(far.warnings).toEqual([{ field: 'group', code: 'overflow' }])
    // Drawn anyway, past its box: never clipped.
    expect(charsOf(textOf(far, 'group'))).toBe('Groupe d’action '.repeat(12).trim())
  })

  it('wraps a multiline field before shrinking it, and counts its height too', async () => {
    const place = field('place')
    const wrapped = await layoutTract(
      a5Template,
      input({ place: 'Maison des associations, salle Louise Michel, 12 rue de l’Effort' }),
      assets,
    )
    const baselines = new Set(textOf(wrapped, 'place').map((item) => item.baseline))
    expect(baselines.size).toBeGreaterThan(1)
    for (const item of textOf(wrapped, 'place'))
      for (const glyph of item.glyphs) expect(glyph.x).toBeLessThanOrEqual(place.box.x + place.box.width)
    const tall = await layoutTract(a5Template, input({ place: 'a\nb\nc\nd\ne\nf\ng\nh' }), assets)
    expect(sizeOf(textOf(tall, 'place'), a5Template)).toBeLessThan(place.style.maxSize)
    expect(tall.warnings).toContainEqual({ field: 'place', code: 'shrunk' })
  })

  it('aligns text at the start, the centre or the end of its box', async () => {
    const x = async (align: 'start' | 'center' | 'end') => {
      const template = {
        ...a5Template,
        fields: a5Template.fields.map((f) => (f.key === 'group' ? { ...f, style: { ...f.style, align } } : f)),
      }
      const items = textOf(await layoutTract(template, input({ group: 'Lyon' }), assets), 'group')
      return items[0]?.glyphs[0]?.x ?? NaN
    }
    const [start, center, end] = [await x('start'), await x('center'), await x('end')]
    expect(start).toBeCloseTo(field('group').box.x, 0)
    expect(center).toBeGreaterThan(start)
    expect(end).toBeGreaterThan(center)
  })

  it('leaves out characters no font has, and says which', async () => {
    const layout = await layoutTract(a5Template, input({ group: 'Lyon 😀 en fête 🎉' }), assets)
    expect(layout.warnings).toEqual([{ field: 'group', code: 'missingGlyphs', chars: '😀 🎉' }])
    const glyphs = textOf(layout, 'group').flatMap((item) => item.glyphs)
    expect(glyphs.every((glyph) => glyph.glyph.id !== 0)).toBe(true)
    expect(charsOf(textOf(layout, 'group'))).toBe('Lyon  en fête')
  })

  it('shapes Arabic into joined forms and lays it out right to left', async () => {
    const layout = await layoutTract(a5Template, input({ group: 'مرحبا بكم' }), assets)
    const items = textOf(layout, 'group')
    // The field's font (Inter Bold) has no Arabic: Noto Sans Arabic Bold stands in.
    expect(items.map((item) => item.font)).toEqual(['noto-sans-arabic-bold'])
    const glyphs = items[0]?.glyphs ?? []
    const font = layout.fonts.get('noto-sans-arabic-bold')?.font
    const meem = 'م'.codePointAt(0) ?? 0
    const isolated = font?.glyphForCodePoint(meem).id
    const meems = glyphs.filter((glyph) => glyph.codePoints.includes(meem))
    expect(meems).toHaveLength(2)
    // Right to left: the first letter of "مرحبا" (initial form) is the rightmost glyph, the last of "بكم" (final form) the leftmost.
    const [left, right] = [...meems].sort((a, b) => a.x - b.x)
    expect(right?.x).toBe(Math.max(...glyphs.map((glyph) => glyph.x)))
    expect(left?.x).toBe(Math.min(...glyphs.map((glyph) => glyph.x)))
    expect(new Set([isolated, left?.glyph.id, right?.glyph.id]).size).toBe(3)
    // Right-aligned: the start of a right-to-left paragraph is the right edge of the box.
    const box = field('group').box
    expect(
      Math.max(...glyphs.map((glyph) => glyph.x + glyph.glyph.advanceWidth * ((items[0]?.size ?? 0) / (font?.unitsPerEm ?? 1)))),
    ).toBeCloseTo(box.x + box.width, 0)
  })

  it('orders mixed Arabic, digits and Latin by the Unicode bidi algorithm, and mirrors brackets', async () => {
    const layout = await layoutTract(a5Template, input({ group: 'شارع 12 France (ليون)' }), assets)
    const glyphs = textOf(layout, 'group').flatMap((item) => item.glyphs)
    const x = (char: string) => glyphs.find((glyph) => glyph.codePoints.includes(char.codePointAt(0) ?? 0))?.x ?? NaN
    // Visual order, left to right: (ليون) France 12 شارع
    expect(x('ش')).toBeGreaterThan(x('1'))
    expect(x('1')).toBeLessThan(x('2'))
    expect(x('2')).toBeGreaterThan(x('F'))
    expect(x('F')).toBeLessThan(x('e'))
    expect(x('F')).toBeGreaterThan(x('ن'))
    // The bracket typed first is drawn on the right, as ")" would be drawn in left-to-right text.
    expect(x('(')).toBeGreaterThan(x(')'))
  })

  it('spells out dates and times in the template’s language', async () => {
    const english = await layoutTract({ ...a5Template, locale: 'en' }, a5Input, assets)
    expect(charsOf(textOf(english, 'date'))).toBe('Saturday, March 14, 2026')
    expect(charsOf(textOf(english, 'legal'))).toContain('Please do not throw on the street')
    const typedAsIs = await layoutTract(a5Template, input({ date: 'samedi prochain' }), assets)
    expect(charsOf(textOf(typedAsIs, 'date'))).toBe('samedi prochain')
  })

  it('prints the printer’s name and address, and no legal mention on social formats', async () => {
    const printer = await layoutTract(
      a5Template,
      { ...a5Input, legal: { mode: 'printer', name: 'Imprimerie du Centre', address: '3 rue des Presses, Lyon' } },
      assets,
    )
    expect(charsOf(textOf(printer, 'legal'))).toBe(
      'Imprimé par Imprimerie du Centre, 3 rue des Presses, LyonNe pas jeter sur la voie publique',
    )
    const square = await layoutTract(squareTemplate, a5Input, assets)
    expect(textOf(square, 'legal')).toEqual([])
  })
})
