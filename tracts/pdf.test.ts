import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, rgb } from 'pdf-lib'
import { pdfTextRuns } from './test-pdf-text.ts'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { nodeAssets } from './node/assets.ts'
import { renderTractPdf } from './pdf.ts'
import { a5Input, a5Template, squareTemplate } from './test-fixtures.ts'
import type { TractTemplate } from './template.ts'

const assets = nodeAssets()
const mm = 72 / 25.4

/** The page's text as pdf.js extracts it, one run per line. */
const extractText = async (bytes: Uint8Array) => (await pdfTextRuns(bytes)).map((run) => run.text).join('\n')

async function inspect(bytes: Uint8Array) {
  const document = await PDFDocument.load(bytes)
  const page = document.getPage(0)
  const objects = document.context.enumerateIndirectObjects().map(([, object]) => object)
  const dicts = objects
    .map((object) => (object instanceof PDFRawStream ? object.dict : object))
    .filter((object) => object instanceof PDFDict)
  const ofType = (key: string, value: string) => dicts.filter((dict) => dict.get(PDFName.of(key))?.toString() === `/${value}`)
  const contents = page.node.Contents()
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
  const content = refs
    .map((ref) => (ref instanceof PDFRef ? document.context.lookup(ref) : ref))
    .filter((stream) => stream instanceof PDFRawStream)
    .map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
    .join('\n')
  return {
    document,
    trim: page.getTrimBox(),
    bleed: page.getBleedBox(),
    media: page.getMediaBox(),
    fontDescriptors: ofType('Type', 'FontDescriptor'),
    // Colour images (a PNG's transparency is a second, grey image: its soft mask).
    images: ofType('Subtype', 'Image').filter((image) => image.get(PDFName.of('ColorSpace'))?.toString() !== '/DeviceGray'),
    forms: ofType('Subtype', 'Form'),
    content,
  }
}

const expectBox = (box: { x: number; y: number; width: number; height: number }, expected: [number, number, number, number]) => {
  ;[box.x, box.y, box.width, box.height].forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? NaN, 2))
}

describe('renderTractPdf', () => {
  let a5: Uint8Array

  beforeAll(async () => {
    a5 = (await renderTractPdf(a5Template, a5Input, assets)).bytes
  })

  it('has exactly the page size of the format', async () => {
    const { trim, media } = await inspect(a5)
    expectBox(trim, [0, 0, 148 * mm, 210 * mm])
    expectBox(media, [0, 0, 148 * mm, 210 * mm])
    const square = await inspect((await renderTractPdf(squareTemplate, a5Input, assets)).bytes)
    // 1 px is 0.75 pt: 1080 px is 810 pt.
    expectBox(square.trim, [0, 0, 810, 810])
  })

  it('adds 3 mm of bleed and crop marks outside it on request', async () => {
    const { trim, bleed, media, content } = await inspect((await renderTractPdf(a5Template, a5Input, assets, { bleed: true })).bytes)
    expectBox(trim, [9 * mm, 9 * mm, 148 * mm, 210 * mm])
    expectBox(bleed, [6 * mm, 6 * mm, 154 * mm, 216 * mm])
    expectBox(media, [0, 0, 166 * mm, 228 * mm])
    // Two lines per corner.
    expect(content.match(/\nS\n/g) ?? []).toHaveLength(8)
    expect((await inspect(a5)).content).not.toMatch(/\nS\n/)
  })

  it('keeps every field’s text and the legal mention as real text', async () => {
    const text = await extractText(a5)
    for (const expected of [
      'Réunion publique',
      'Groupe d’action Lyon 7e',
      'samedi 14 mars 2026',
      '18:30',
      'Salle des fêtes',
      '12 rue de l’Effort, 69007 Lyon',
      'IPNS — Imprimé par nos soins',
      'Ne pas jeter sur la voie publique',
    ])
      expect(text).toContain(expected)
  })

  it('prints the printer’s name and address instead of IPNS when the tract is printed by a print shop', async () => {
    const { bytes } = await renderTractPdf(
      a5Template,
      { ...a5Input, legal: { mode: 'printer', name: 'Imprimerie du Centre', address: '3 rue des Presses, 69001 Lyon' } },
      assets,
    )
    const text = await extractText(bytes)
    expect(text).toContain('Imprimé par Imprimerie du Centre, 3 rue des Presses, 69001 Lyon')
    expect(text).toContain('Ne pas jeter sur la voie publique')
    expect(text).not.toContain('IPNS')
  })

  it('embeds subsets of its fonts', async () => {
    const { fontDescriptors } = await inspect(a5)
    const names = fontDescriptors.map((descriptor) => descriptor.get(PDFName.of('FontName'))?.toString() ?? '')
    // Subset fonts are named with a tag of six capital letters.
    for (const name of names) expect(name).toMatch(/^\/[A-Z]{6}\+/)
    expect(names.map((name) => name.slice(8)).sort()).toEqual(['Anton-Regular', 'Inter-Bold', 'Inter-Regular'])
    for (const descriptor of fontDescriptors) {
      const file = descriptor.lookup(PDFName.of('FontFile2'))
      expect(file).toBeInstanceOf(PDFRawStream)
      // The whole fonts weigh 160 to 340 KB.
      expect((file as PDFRawStream).dict.lookup(PDFName.of('Length1'), PDFNumber).asNumber()).toBeLessThan(40_000)
    }
  })

  it('gives the same bytes for the same tract, and stays small', async () => {
    const again = await renderTractPdf(a5Template, structuredClone(a5Input), nodeAssets())
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(a5))).toBe(0)
    expect(a5.length).toBeLessThan(100_000)
  })

  it('keeps Arabic text extractable in reading order, with the right letters', async () => {
    const template = { ...a5Template, locale: 'ar' }
    const { bytes } = await renderTractPdf(
      template,
      { ...a5Input, values: { ...a5Input.values, group: 'مرحبا بكم', place: 'قاعة الحفلات (الكبرى)\nشارع النصر' } },
      assets,
    )
    const text = await extractText(bytes)
    for (const expected of ['مرحبا بكم', 'قاعة الحفلات (الكبرى)', 'شارع النصر', 'يُرجى عدم الرمي في الطريق العام'])
      expect(text).toContain(expected)
  })

  describe('artwork', () => {
    let directory: string
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'tract-artwork-'))
    })
    const withArtwork = (artwork: TractTemplate['artwork']): TractTemplate => ({ ...a5Template, artwork })

    it('draws a PDF artwork as vector graphics, continued into the bleed', async () => {
      const artwork = await PDFDocument.create()
      artwork.addPage([148 * mm, 210 * mm]).drawCircle({ x: 74 * mm, y: 105 * mm, size: 50 * mm, color: rgb(0.8, 0.1, 0.2) })
      const path = join(directory, 'artwork.pdf')
      await writeFile(path, await artwork.save())
      const { bytes } = await renderTractPdf(withArtwork({ pdf: path, image: join(directory, 'unused.png') }), a5Input, assets, {
        bleed: true,
      })
      const { forms, images, content } = await inspect(bytes)
      expect(forms).toHaveLength(1)
      expect(images).toHaveLength(0)
      // Once in the bleed ring (clipped), once on the trim box.
      expect(content.match(/ Do\n/g) ?? []).toHaveLength(2)
      expect(content).toContain('W*')
    })

    it('converts an SVG artwork to a 300 dpi image for the PDF', async () => {
      const path = join(directory, 'artwork.svg')
      await writeFile(
        path,
        '<svg xmlns="http://www.w3.org/2000/svg" width="148" height="210"><circle cx="74" cy="105" r="50" fill="#c8102e"/></svg>',
      )
      const { images } = await inspect((await renderTractPdf(withArtwork({ pdf: null, image: path }), a5Input, assets)).bytes)
      expect(images.map((image) => [image.get(PDFName.of('Width'))?.toString(), image.get(PDFName.of('Height'))?.toString()])).toEqual([
        ['1748', '2480'],
      ])
    })

    it('embeds a JPEG artwork and a PNG logo as they are', async () => {
      const path = join(directory, 'artwork.jpg')
      await writeFile(
        path,
        await sharp({ create: { width: 40, height: 60, channels: 3, background: '#123456' } })
          .jpeg()
          .toBuffer(),
      )
      const logo = new Uint8Array(
        await sharp({ create: { width: 30, height: 10, channels: 4, background: '#00000000' } })
          .png()
          .toBuffer(),
      )
      const template = withArtwork({ pdf: null, image: path })
      template.fields = [
        ...template.fields,
        { ...template.fields[0]!, key: 'logo', type: 'logo', box: { x: 100, y: 150, width: 30, height: 30 } },
      ]
      const { images } = await inspect((await renderTractPdf(template, { ...a5Input, logos: { logo } }, assets)).bytes)
      const filters = images.map((image) => image.get(PDFName.of('Filter'))?.toString())
      expect(filters).toContain('/DCTDecode')
      expect(filters).toContain('/FlateDecode')
    })
  })
})
