/** Key figures: big numbers with their unit and a caption, on tinted rounded cards. */
import { lighten } from './colour'
import type { ChartContext } from './chart'
import { formatNumber } from './format'
import { FONT, esc, measure, r1, text, wrap } from './svg'

export function drawFigures({ x, y, w, h, items, unit, locale, colour, ink }: ChartContext): string {
  const n = items.length
  const cols = n <= 3 ? 1 : 2
  const rows = Math.ceil(n / cols)
  const gap = 50
  const cw = (w - gap * (cols - 1)) / cols
  const ch = Math.min(600, (h - gap * (rows - 1)) / rows)
  const top = y + (h - (ch * rows + gap * (rows - 1))) / 2
  const suffix = !unit ? '' : unit === '%' ? (locale === 'fr' ? '\u202f%' : '%') : `\u00a0${unit}`
  const pad = Math.min(80, cw * 0.1)
  const numbers = items.map((item) => formatNumber(item.value, locale))
  // One size for every card so the figures read as a set.
  let size = Math.min(ch * 0.36, 230)
  const widest = (s: number) => Math.max(...numbers.map((n) => measure(n, s, true) + measure(suffix, s * 0.5, true)))
  while (size > 40 && widest(size) > cw - 2 * pad) size *= 0.94
  return items
    .map((item, i) => {
      const cx = x + (i % cols) * (cw + gap)
      const cy = top + Math.floor(i / cols) * (ch + gap)
      const number = numbers[i]!
      const capSize = Math.min(46, Math.max(30, ch * 0.09))
      const caption = wrap(item.label, cw - 2 * pad, { size: capSize, maxLines: 3 })
      const blockH = size * 0.8 + 40 + caption.length * capSize * 1.2
      const base = cy + (ch - blockH) / 2 + size * 0.8
      return (
        `<rect x="${r1(cx)}" y="${r1(cy)}" width="${r1(cw)}" height="${r1(ch)}" rx="40" fill="${lighten(colour, 0.9)}"/>` +
        `<rect x="${r1(cx)}" y="${r1(cy + 50)}" width="14" height="${r1(ch - 100)}" rx="7" fill="${colour}"/>` +
        `<text x="${r1(cx + pad)}" y="${r1(base)}" font-family="${FONT}" font-weight="700" font-size="${r1(size)}" fill="${colour}">${esc(number)}<tspan font-size="${r1(size * 0.5)}">${esc(suffix)}</tspan></text>` +
        text(caption, cx + pad, base + 40 + capSize * 1.05, { size: capSize, fill: ink, lineHeight: 1.2 })
      )
    })
    .join('')
}
