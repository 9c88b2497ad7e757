/** Donut chart with percentages on the ring, the largest share in the centre and a legend below. */
import { textOn, series } from './colour'
import type { ChartContext } from './chart'
import { formatPercent, formatValue } from './format'
import { fit, r1, text, wrap } from './svg'

export function drawDonut({ x, y, w, h, items, unit, locale, colour, ink, muted }: ChartContext): string {
  const values = items.map((i) => Math.max(0, i.value))
  const total = values.reduce((a, b) => a + b, 0) || 1
  const colours = series(colour, items.length)
  const rowH = Math.min(92, (h * 0.42) / items.length)
  const legendH = rowH * items.length
  const R = Math.min(w * 0.34, (h - legendH - 120) / 2)
  const th = R * 0.38
  const rm = R - th / 2
  const cx = x + w / 2
  const cy = y + (h - (2 * R + 100 + legendH)) / 2 + R
  const out: string[] = [
    `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rm)}" fill="none" stroke="${colour}" stroke-opacity="0.08" stroke-width="${r1(th)}"/>`,
  ]
  const big = values.indexOf(Math.max(...values))
  const gap = items.length > 1 ? 0.014 : 0
  const pt = (a: number, r: number) => `${r1(cx + r * Math.cos(a))},${r1(cy + r * Math.sin(a))}`
  let a0 = -Math.PI / 2
  values.forEach((v, i) => {
    const share = v / total
    const a1 = a0 + share * Math.PI * 2
    if (share >= 0.9999)
      out.push(`<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rm)}" fill="none" stroke="${colours[i]}" stroke-width="${r1(th)}"/>`)
    else if (share > 0) {
      const s = a0 + Math.min(gap, share * Math.PI)
      const e = a1 - Math.min(gap, share * Math.PI)
      out.push(
        `<path d="M${pt(s, rm)}A${r1(rm)},${r1(rm)} 0 ${e - s > Math.PI ? 1 : 0} 1 ${pt(e, rm)}" fill="none" stroke="${colours[i]}" stroke-width="${r1(th)}"/>`,
      )
    }
    if (share >= 0.05 && i !== big) {
      const mid = (a0 + a1) / 2
      const size = th * 0.26
      out.push(
        text(formatPercent(share, locale), cx + rm * Math.cos(mid), cy + rm * Math.sin(mid) + size * 0.36, {
          size,
          fill: textOn(colours[i]!),
          bold: true,
          anchor: 'middle',
        }),
      )
    }
    a0 = a1
  })
  const inner = (R - th) * 2 * 0.78
  const bigSize = Math.min(R * 0.3, 150)
  const caption = fit(items[big]!.label, inner, R * 0.5, { maxSize: 40, minSize: 26, maxLines: 3 })
  const blockH = bigSize + 20 + caption.lines.length * caption.size * 1.15
  const by = cy - blockH / 2 + bigSize * 0.8
  out.push(text(formatPercent(values[big]! / total, locale), cx, by, { size: bigSize, fill: colour, bold: true, anchor: 'middle' }))
  out.push(text(caption.lines, cx, by + 20 + caption.size * 1.1, { size: caption.size, fill: muted, anchor: 'middle' }))
  const isShare = unit === '%' && Math.abs(total - 100) < 0.5
  const ly = cy + R + 100
  const size = Math.min(40, rowH * 0.46)
  items.forEach((item, i) => {
    const ty = ly + i * rowH
    const value = formatValue(item.value, unit, locale)
    const detail = isShare ? value : `${value} · ${formatPercent(values[i]! / total, locale)}`
    out.push(
      `<rect x="${r1(x)}" y="${r1(ty - size * 0.95)}" width="${r1(size * 1.2)}" height="${r1(size * 1.2)}" rx="${r1(size * 0.3)}" fill="${colours[i]}"/>`,
      text(wrap(item.label, w * 0.62, { size, maxLines: 1 }), x + size * 1.9, ty, { size, fill: ink }),
      text(detail, x + w, ty, { size, fill: ink, bold: true, anchor: 'end' }),
    )
    if (i < items.length - 1)
      out.push(`<rect x="${r1(x)}" y="${r1(ty + rowH / 2 - 12)}" width="${r1(w)}" height="2" fill="${ink}" fill-opacity="0.08"/>`)
  })
  return out.join('')
}
