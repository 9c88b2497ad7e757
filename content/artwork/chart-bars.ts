/** Horizontal bar chart: label above each bar, value at the bar's end (negatives grow left of a zero axis). */
import { lighten } from './colour'
import type { ChartContext } from './chart'
import { formatValue } from './format'
import { measure, r1, text, wrap } from './svg'

export function drawBars({ x, y, w, h, items, unit, locale, colour, ink }: ChartContext): string {
  const n = items.length
  const rowH = Math.min(250, h / n)
  const labelSize = Math.max(28, Math.min(46, rowH * 0.19))
  const barH = Math.min(92, rowH * 0.4)
  const valueSize = Math.max(28, Math.min(52, barH * 0.56))
  const max = Math.max(0, ...items.map((i) => i.value))
  const min = Math.min(0, ...items.map((i) => i.value))
  const span = max - min || 1
  const zero = x + (-min / span) * w
  const top = y + (h - rowH * n) / 2
  const out: string[] = []
  items.forEach((item, i) => {
    const ry = top + i * rowH
    const by = ry + labelSize * 1.45
    const label = wrap(item.label, w, { size: labelSize, maxLines: 1 })
    out.push(text(label, x, ry + labelSize, { size: labelSize, fill: ink }))
    out.push(
      `<rect x="${r1(x)}" y="${r1(by)}" width="${r1(w)}" height="${r1(barH)}" rx="${r1(barH / 2)}" fill="${lighten(colour, 0.88)}"/>`,
    )
    const len = (Math.abs(item.value) / span) * w
    const neg = item.value < 0
    const bx = neg ? zero - len : zero
    if (len > 0)
      out.push(
        `<rect x="${r1(bx)}" y="${r1(by)}" width="${r1(Math.max(len, barH))}" height="${r1(barH)}" rx="${r1(barH / 2)}" fill="${colour}"/>`,
      )
    const value = formatValue(item.value, unit, locale)
    const vw = measure(value, valueSize, true)
    const base = by + barH / 2 + valueSize * 0.36
    const inside = len > vw + barH * 0.9
    const pad = barH * 0.42
    const end = neg ? bx : bx + Math.max(len, barH)
    if (inside)
      out.push(
        text(value, neg ? end + pad : end - pad, base, { size: valueSize, fill: '#ffffff', bold: true, anchor: neg ? 'start' : 'end' }),
      )
    else
      out.push(
        text(value, neg ? end - pad * 0.6 : end + pad * 0.6, base, {
          size: valueSize,
          fill: ink,
          bold: true,
          anchor: neg ? 'end' : 'start',
        }),
      )
  })
  if (min < 0)
    out.push(`<rect x="${r1(zero - 3)}" y="${r1(top)}" width="6" height="${r1(rowH * n)}" rx="3" fill="${ink}" fill-opacity="0.5"/>`)
  return out.join('')
}
