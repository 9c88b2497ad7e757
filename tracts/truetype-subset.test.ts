import fontkit from '@pdf-lib/fontkit'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { fontFiles } from './node/assets.ts'
import { subsetTrueType } from './truetype-subset.ts'

describe('subsetTrueType', () => {
  it('keeps the outlines and advances of the glyphs used, composite ones with their parts, in a much smaller file', async () => {
    for (const { id, path } of fontFiles) {
      const bytes = new Uint8Array(await readFile(path))
      const original = fontkit.create(bytes)
      // "é" is a composite glyph (e + accent) in every one of them.
      const glyphs = original.layout(id.startsWith('noto') ? 'شارع مرحبا بكم 1é' : 'Groupe d’action éŒ 1').glyphs
      const subset = subsetTrueType(
        bytes,
        glyphs.map((glyph) => glyph.id),
      )
      expect(subset.length, id).toBeLessThan(bytes.length / 4)
      const parsed = fontkit.create(subset)
      for (const glyph of glyphs) {
        expect(parsed.getGlyph(glyph.id).path.toSVG(), `${id} glyph ${glyph.id}`).toBe(glyph.path.toSVG())
        expect(parsed.getGlyph(glyph.id).advanceWidth, `${id} glyph ${glyph.id}`).toBe(glyph.advanceWidth)
      }
    }
  })
})
