/** `renderSheetPdf`: A4 printable practical sheet (header, summary, numbered steps, paginated, footer). */
import { PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib'
import { normal, parse, textOn, lighten } from './colour'
import { parseMarkdown, inline, type Run } from './markdown'
import { embedFonts, wrapRuns, type Fonts } from './pdf-text'

const PAGE: [number, number] = [595.28, 841.89]
const M = 56
const COL = PAGE[0] - 2 * M
const BOTTOM = 70
const INK = rgb(0.11, 0.11, 0.14)
const MUTED = rgb(0.33, 0.33, 0.37)

const toRgb = (hex: string): RGB => {
  const [r, g, b] = parse(hex)
  return rgb(r / 255, g / 255, b / 255)
}

class Cursor {
  page!: PDFPage
  y = 0
  constructor(
    private doc: PDFDocument,
    private accent: RGB,
  ) {}
  newPage(): void {
    this.page = this.doc.addPage(PAGE)
    this.page.drawRectangle({ x: 0, y: PAGE[1] - 8, width: PAGE[0], height: 8, color: this.accent })
    this.y = PAGE[1] - M
  }
  /** Start a new page unless `height` still fits. */
  need(height: number): void {
    if (this.y - height < BOTTOM) this.newPage()
  }
}

function paragraph(c: Cursor, fonts: Fonts, runs: Run[], o: { x: number; width: number; size: number; lead: number; colour: RGB }): void {
  for (const line of wrapRuns(runs, fonts, o.size, o.width)) {
    c.need(o.lead)
    c.y -= o.lead
    for (const { word, x } of line) c.page.drawText(word.text, { x: o.x + x, y: c.y, size: o.size, font: word.font, color: o.colour })
  }
}

export async function renderSheetPdf(input: {
  title: string
  summary: string
  steps: { title: string; body: string }[]
  colour: string
  footer: string
}): Promise<Buffer> {
  const colour = normal(input.colour)
  const accent = toRgb(colour)
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setTitle(input.title)
  doc.setProducer('resource-hub artwork')
  const fonts = await embedFonts(doc)
  const c = new Cursor(doc, accent)
  c.newPage()

  // Header band with the title.
  const titleLines = wrapRuns([{ text: input.title, bold: true }], fonts, 22, COL)
  const headerH = 62 + titleLines.length * 27 + 26
  c.page.drawRectangle({ x: 0, y: PAGE[1] - headerH, width: PAGE[0], height: headerH, color: accent })
  c.page.drawCircle({ x: PAGE[0] - 20, y: PAGE[1] - 10, size: 90, color: toRgb(lighten(colour, 0.12)) })
  c.page.drawRectangle({ x: M, y: PAGE[1] - 44, width: 38, height: 6, color: toRgb(lighten(colour, 0.6)) })
  c.y = PAGE[1] - 62
  paragraph(c, fonts, [{ text: input.title, bold: true }], { x: M, width: COL, size: 22, lead: 27, colour: toRgb(textOn(colour)) })
  c.y = PAGE[1] - headerH - 14

  // Summary.
  for (const block of parseMarkdown(input.summary)) {
    paragraph(c, fonts, block.runs, { x: M, width: COL, size: 12, lead: 17.5, colour: MUTED })
    c.y -= 6
  }
  c.y -= 10
  c.page.drawRectangle({ x: M, y: c.y, width: COL, height: 1, color: rgb(0.85, 0.85, 0.87) })
  c.y -= 14

  // Steps.
  const indent = 38
  input.steps.forEach((step, i) => {
    const titleRuns = inline(step.title).map((r) => ({ ...r, bold: true }))
    const lines = wrapRuns(titleRuns, fonts, 14, COL - indent)
    c.need(20 + lines.length * 19 + 2 * 15.5)
    c.y -= 12
    const top = c.y
    const label = String(i + 1)
    c.page.drawCircle({ x: M + 13, y: top - 14, size: 13, color: accent })
    c.page.drawText(label, {
      x: M + 13 - fonts.bold.widthOfTextAtSize(label, 11) / 2,
      y: top - 18,
      size: 11,
      font: fonts.bold,
      color: toRgb(textOn(colour)),
    })
    paragraph(c, fonts, titleRuns, { x: M + indent, width: COL - indent, size: 14, lead: 19, colour: INK })
    c.y -= 4
    for (const block of parseMarkdown(step.body)) {
      const size = block.kind === 'heading' ? 11.5 : 10.5
      if (block.kind === 'bullet' || block.kind === 'ordered') {
        c.need(15.5)
        const y0 = c.y
        if (block.kind === 'bullet') c.page.drawCircle({ x: M + indent + 3, y: y0 - 15.5 + 3.5, size: 2.2, color: accent })
        else
          c.page.drawText(fonts.clean(block.marker ?? '', fonts.bold), {
            x: M + indent,
            y: y0 - 15.5,
            size,
            font: fonts.bold,
            color: accent,
          })
        paragraph(c, fonts, block.runs, { x: M + indent + 16, width: COL - indent - 16, size, lead: 15.5, colour: INK })
        c.y -= 2
      } else {
        if (block.kind === 'heading') c.y -= 4
        paragraph(c, fonts, block.runs, {
          x: M + indent,
          width: COL - indent,
          size,
          lead: block.kind === 'heading' ? 17 : 15.5,
          colour: INK,
        })
        c.y -= 6
      }
    }
    c.y -= 10
  })

  // Footer on every page.
  const pages = doc.getPages()
  pages.forEach((page, i) => {
    const number = `${i + 1}/${pages.length}`
    const size = 8.5
    const numberW = fonts.regular.widthOfTextAtSize(number, size)
    page.drawRectangle({ x: M, y: 46, width: COL, height: 0.8, color: rgb(0.85, 0.85, 0.87) })
    const footer = wrapRuns([{ text: input.footer, bold: false }], fonts, size, COL - numberW - 20)[0] ?? []
    for (const { word, x } of footer) page.drawText(word.text, { x: M + x, y: 30, size, font: word.font, color: MUTED })
    page.drawText(number, { x: PAGE[0] - M - numberW, y: 30, size, font: fonts.regular, color: MUTED })
  })
  return Buffer.from(await doc.save())
}
