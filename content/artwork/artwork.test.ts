import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ChartSpec } from '../types'
import * as artwork from './index'
import { renderCover, renderInfographic, renderPoster, renderSheetPdf, renderVisual, renderVtt } from './index'
import { parseMarkdown } from './markdown'
import { esc, wrap } from './svg'

const size = async (buf: Buffer) => {
  const meta = await sharp(buf).metadata()
  return [meta.format, meta.width, meta.height]
}

const nasty = 'Titre <script>alert("x")</script> & \'citation\' « guillemets »'
const palette = ['#1d3557', '#e63946', '#f1c453']

describe('public entry', () => {
  it('exports exactly the six renderers', () => {
    expect(Object.keys(artwork).sort()).toEqual(
      ['renderCover', 'renderInfographic', 'renderPoster', 'renderSheetPdf', 'renderVisual', 'renderVtt'].sort(),
    )
  })
})

describe('renderVisual', () => {
  const styles = ['slogan', 'pattern', 'landscape', 'crowd', 'icon'] as const
  it.each(styles)('%s renders a 2400×1600 PNG by default', async (style) => {
    const buf = await renderVisual({ style, palette, text: 'Le pouvoir au peuple' })
    expect(await size(buf)).toEqual(['png', 2400, 1600])
  })
  it('honours a custom size', async () => {
    expect(await size(await renderVisual({ style: 'landscape', palette }, { width: 800, height: 500 }))).toEqual(['png', 800, 500])
  })
  it('is deterministic and depends on the input', async () => {
    const a = await renderVisual({ style: 'crowd', palette }, { width: 600, height: 400 })
    const b = await renderVisual({ style: 'crowd', palette }, { width: 600, height: 400 })
    const c = await renderVisual({ style: 'crowd', palette: ['#2d6a4f', '#b7e4c7'] }, { width: 600, height: 400 })
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
  })
  it('escapes text and tolerates odd palettes', async () => {
    for (const style of ['slogan', 'icon'] as const)
      expect(await size(await renderVisual({ style, palette: ['nope'], text: nasty }, { width: 600, height: 400 }))).toEqual([
        'png',
        600,
        400,
      ])
    expect(await size(await renderVisual({ style: 'slogan', palette: [] }, { width: 300, height: 200 }))).toEqual(['png', 300, 200])
  })
})

describe('renderCover', () => {
  it.each(['programme', 'theory', 'practice'] as const)('%s cover is 2400×1260', async (kind) => {
    const buf = await renderCover({ title: 'Comprendre la VIe République', subtitle: 'Niveau débutant', colour: '#7a1f3d', kind })
    expect(await size(buf)).toEqual(['png', 2400, 1260])
  })
  it('is deterministic and escapes the title', async () => {
    const input = { title: nasty, colour: '#1b4d3e', kind: 'theory' as const }
    expect((await renderCover(input)).equals(await renderCover(input))).toBe(true)
  })
})

describe('renderPoster', () => {
  it('is 1920×1080, deterministic and escapes the title', async () => {
    const input = { title: nasty, colour: '#1f3a93', durationSeconds: 725 }
    const a = await renderPoster(input)
    expect(await size(a)).toEqual(['png', 1920, 1080])
    expect(a.equals(await renderPoster(input))).toBe(true)
  })
})

describe('renderInfographic', () => {
  const items = [
    { label: { fr: 'Transports', en: 'Transport' }, value: 32 },
    { label: { fr: 'Agriculture' }, value: 19.5 },
    { label: { fr: 'Industrie <&>' }, value: 1_234_567 },
    { label: { fr: 'Bâtiments' }, value: 1981 },
  ]
  it.each(['bars', 'donut', 'figures', 'timeline'] as const)('%s chart renders a 2000×2600 PNG', async (kind) => {
    const chart: ChartSpec = { kind, unit: kind === 'timeline' ? undefined : '%', items }
    for (const locale of ['fr', 'en'] as const) {
      const buf = await renderInfographic({ title: nasty, chart, locale, colour: '#1b4d3e', source: 'Insee & <Eurostat>' })
      expect(await size(buf)).toEqual(['png', 2000, 2600])
    }
  })
  it('handles negative values, a single item and no items', async () => {
    const base = { title: 'Test', locale: 'fr' as const, colour: '#333366', source: 'x' }
    const neg: ChartSpec = {
      kind: 'bars',
      unit: 'Md€',
      items: [
        { label: { fr: 'a' }, value: -5 },
        { label: { fr: 'b' }, value: 12 },
      ],
    }
    const one: ChartSpec = { kind: 'donut', items: [{ label: { fr: 'tout' }, value: 1 }] }
    const none: ChartSpec = { kind: 'figures', items: [] }
    for (const chart of [neg, one, none]) expect(await size(await renderInfographic({ ...base, chart }))).toEqual(['png', 2000, 2600])
  })
  it('is deterministic', async () => {
    const input = {
      title: 'Émissions',
      chart: { kind: 'donut' as const, unit: '%', items },
      locale: 'en' as const,
      colour: '#1b4d3e',
      source: 'Citepa',
    }
    expect((await renderInfographic(input)).equals(await renderInfographic(input))).toBe(true)
  })
})

describe('renderSheetPdf', () => {
  const body = 'Avant la réunion, **réservez une salle** :\n\n- la capacité ;\n- l’accès PMR.\n\n1. Un\n2. Deux 😀 →'
  const input = {
    title: nasty,
    summary: 'Une **fiche pratique** pour agir.',
    steps: Array.from({ length: 12 }, (_, i) => ({ title: `Étape ${i + 1}`, body })),
    colour: '#1f3a93',
    footer: 'Fiche pratique · CC BY-SA 4.0',
  }
  it('renders A4 pages, paginating long content', async () => {
    const pdf = await PDFDocument.load(await renderSheetPdf(input))
    expect(pdf.getPageCount()).toBeGreaterThan(1)
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize()
      expect(Math.abs(width - 595.28)).toBeLessThan(1)
      expect(Math.abs(height - 841.89)).toBeLessThan(1)
    }
  })
  it('renders a short sheet on one page, deterministically', async () => {
    const short = { ...input, steps: input.steps.slice(0, 1) }
    const a = await renderSheetPdf(short)
    expect((await PDFDocument.load(a)).getPageCount()).toBe(1)
    expect(a.subarray(0, 5).toString()).toBe('%PDF-')
    expect(a.equals(await renderSheetPdf(short))).toBe(true)
  })
})

describe('renderVtt', () => {
  it('writes a valid WebVTT file', () => {
    const vtt = renderVtt([
      { start: 1, end: 4.5, text: 'Bonjour <à> toutes & tous' },
      { start: 3725.5, end: 3727, text: 'Fin\n\nde la vidéo' },
    ])
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true)
    expect(vtt).toContain('00:00:01.000 --> 00:00:04.500')
    expect(vtt).toContain('01:02:05.500 --> 01:02:07.000')
    expect(vtt).toContain('Bonjour &lt;à&gt; toutes &amp; tous')
    expect(vtt).not.toMatch(/Fin\n\n/)
  })
})

describe('helpers', () => {
  it('escapes XML', () => {
    expect(esc('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })
  it('wraps, keeps French punctuation attached and truncates with an ellipsis', () => {
    const lines = wrap('Un deux trois quatre cinq six sept : huit', 300, { size: 40 })
    expect(lines.every((l) => !l.startsWith(':'))).toBe(true)
    const cut = wrap('mot '.repeat(50), 300, { size: 40, maxLines: 2 })
    expect(cut).toHaveLength(2)
    expect(cut[1]!.endsWith('…')).toBe(true)
  })
  it('parses light Markdown', () => {
    expect(parseMarkdown('a **b** *c*\n\n- d\n1. e').map((b) => b.kind)).toEqual(['paragraph', 'bullet', 'ordered'])
    expect(parseMarkdown('a **b** *c*')[0]!.runs).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c', bold: false },
    ])
  })
})
