/** `renderInfographic`: 2000×2600 portrait infographic (title band, chart, source footer). */
import type { ChartSpec } from '../types'
import { drawChart } from './chart'
import { lighten, normal, textOn } from './colour'
import type { ChartLocale } from './format'
import { fit, svgDoc, text, toPng, wrap } from './svg'

const W = 2000
const H = 2600
const M = 140
const INK = '#1d1d24'
const MUTED = '#55555f'

export async function renderInfographic(input: {
  title: string
  chart: ChartSpec
  locale: ChartLocale
  colour: string
  source: string
}): Promise<Buffer> {
  const colour = normal(input.colour)
  const title = fit(input.title, W - 2 * M, 420, { maxSize: 104, minSize: 56, maxLines: 4, bold: true, lineHeight: 1.12 })
  const titleTop = 230
  const headerH = titleTop + title.lines.length * title.size * 1.12 + 120
  const items = input.chart.items.map((item) => ({
    label: item.label[input.locale] ?? item.label.fr,
    value: Number.isFinite(item.value) ? item.value : 0,
  }))
  const footerY = H - 250
  const sourceLabel = input.locale === 'fr' ? 'Source\u00a0: ' : 'Source: '
  const source = wrap(sourceLabel + input.source, W - 2 * M, { size: 34, maxLines: 2 })
  const body =
    `<rect width="${W}" height="${H}" fill="#f8f7f4"/>` +
    `<rect width="${W}" height="${headerH}" fill="${colour}"/>` +
    `<circle cx="${W - 60}" cy="40" r="240" fill="${lighten(colour, 0.12)}"/>` +
    `<circle cx="${W - 60}" cy="40" r="120" fill="${lighten(colour, 0.24)}"/>` +
    `<rect x="${M}" y="${titleTop - 110}" width="130" height="22" rx="11" fill="${lighten(colour, 0.6)}"/>` +
    text(title.lines, M, titleTop + title.size * 0.8, { size: title.size, fill: textOn(colour), bold: true, lineHeight: 1.12 }) +
    drawChart(input.chart.kind, {
      x: M,
      y: headerH + 130,
      w: W - 2 * M,
      h: footerY - headerH - 250,
      items,
      unit: input.chart.unit,
      locale: input.locale,
      colour,
      ink: INK,
      muted: MUTED,
    }) +
    `<rect x="${M}" y="${footerY}" width="${W - 2 * M}" height="4" rx="2" fill="${INK}" fill-opacity="0.12"/>` +
    text(source, M, footerY + 90, { size: 34, fill: MUTED, lineHeight: 1.3 }) +
    `<rect y="${H - 28}" width="${W}" height="28" fill="${colour}"/>`
  return toPng(svgDoc(W, H, body))
}
