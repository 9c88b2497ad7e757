/** Timeline: dated milestones (the item value is the year) along a vertical line. */
import { lighten } from './colour'
import type { ChartContext } from './chart'
import { formatYear } from './format'
import { r1, text, wrap } from './svg'

export function drawTimeline({ x, y, w, h, items, locale, colour, ink }: ChartContext): string {
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.value - b.item.value || a.i - b.i)
  const n = sorted.length
  const rowH = Math.min(320, h / n)
  const yearSize = Math.min(88, rowH * 0.34)
  const labelSize = Math.min(44, Math.max(28, rowH * 0.15))
  const top = y + (h - rowH * n) / 2
  const lx = x + 50
  const dot = Math.min(36, rowH * 0.14)
  const first = top + yearSize * 0.45
  const last = top + (n - 1) * rowH + yearSize * 0.45
  const out: string[] = [
    `<rect x="${r1(lx - 8)}" y="${r1(first)}" width="16" height="${r1(Math.max(0, last - first))}" rx="8" fill="${lighten(colour, 0.7)}"/>`,
  ]
  sorted.forEach(({ item }, k) => {
    const cy = top + k * rowH + yearSize * 0.45
    const tx = lx + dot + 70
    out.push(
      `<circle cx="${r1(lx)}" cy="${r1(cy)}" r="${r1(dot)}" fill="${colour}"/>`,
      `<circle cx="${r1(lx)}" cy="${r1(cy)}" r="${r1(dot * 0.42)}" fill="#ffffff"/>`,
      text(formatYear(item.value, locale), tx, cy + yearSize * 0.36, { size: yearSize, fill: colour, bold: true }),
      text(wrap(item.label, x + w - tx, { size: labelSize, maxLines: 2 }), tx, cy + yearSize * 0.36 + labelSize * 1.5, {
        size: labelSize,
        fill: ink,
        lineHeight: 1.22,
      }),
    )
  })
  return out.join('')
}
