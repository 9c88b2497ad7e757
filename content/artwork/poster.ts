/** `renderPoster`: 1920×1080 video poster with a play button and the duration. */
import { darken, lighten, normal, textOn } from './colour'
import { fit, measure, r1, svgDoc, text, toPng } from './svg'

const W = 1920
const H = 1080

/** "12 min", "45 s", "1 h 05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0))
  if (s < 60) return `${s} s`
  const min = Math.round(s / 60)
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')}`
}

export async function renderPoster(input: { title: string; colour: string; durationSeconds: number }): Promise<Buffer> {
  const bg = normal(input.colour)
  const ink = textOn(bg)
  const tint = lighten(bg, 0.6)
  const m = 110
  const cx = W / 2
  const cy = 400
  const R = 130
  const rings = [1.6, 2.3, 3.0, 3.7]
    .map(
      (k, i) =>
        `<circle cx="${cx}" cy="${cy}" r="${r1(R * k)}" fill="none" stroke="${lighten(bg, 0.1 + i * 0.02)}" stroke-width="${30 - i * 5}"/>`,
    )
    .join('')
  const title = fit(input.title, W - 2 * m, 260, { maxSize: 84, minSize: 48, maxLines: 2, bold: true, lineHeight: 1.12 })
  const band = 420
  const titleH = title.lines.length * title.size * 1.12
  const titleTop = H - band + (band - titleH) / 2 + 29
  const duration = formatDuration(input.durationSeconds)
  const pillW = measure(duration, 40, true) + 110
  const body =
    `<rect width="${W}" height="${H}" fill="${bg}"/>` +
    rings +
    `<rect y="${H - band}" width="${W}" height="${band}" fill="${darken(bg, 0.25)}"/>` +
    `<circle cx="${cx}" cy="${cy + 14}" r="${R}" fill="${darken(bg, 0.35)}" fill-opacity="0.4"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${R}" fill="#ffffff"/>` +
    `<path d="M${cx - 38},${cy - 62} L${cx + 62},${cy} L${cx - 38},${cy + 62} Z" fill="${bg}" stroke="${bg}" stroke-width="22" stroke-linejoin="round"/>` +
    `<rect x="${m}" y="${m - 20}" width="${r1(pillW)}" height="76" rx="38" fill="#ffffff"/>` +
    `<circle cx="${m + 46}" cy="${m + 18}" r="17" fill="none" stroke="${bg}" stroke-width="6"/>` +
    `<path d="M${m + 46},${m + 8} V${m + 18} H${m + 54}" fill="none" stroke="${bg}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>` +
    text(duration, m + 80, m + 32, { size: 40, fill: darken(bg, 0.1), bold: true }) +
    `<rect x="${m}" y="${r1(titleTop - 40)}" width="110" height="18" rx="9" fill="${tint}"/>` +
    text(title.lines, m, titleTop + title.size * 0.9, {
      size: title.size,
      fill: textOn(darken(bg, 0.25)) === ink ? ink : '#ffffff',
      bold: true,
      lineHeight: 1.12,
    })
  return toPng(svgDoc(W, H, body))
}
