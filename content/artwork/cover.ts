/** `renderCover`: 2400×1260 course cover with a kind-dependent motif. */
import type { TrainingKind } from '../types'
import { darken, lighten, normal, textOn } from './colour'
import { pictogram, type PictogramName } from './pictograms'
import { fit, r1, svgDoc, text, toPng, wrap } from './svg'

const W = 2400
const H = 1260

const motifs: Record<TrainingKind, { icon: PictogramName; decor: (c: string, tint: string) => string }> = {
  programme: {
    icon: 'checklist',
    decor: (c, tint) =>
      `<path d="M${W},0 V620 A620,620 0 0 1 ${W - 620},0 Z" fill="${lighten(c, 0.1)}"/>` +
      `<path d="M${W - 900},${H} A300,300 0 0 1 ${W - 300},${H} Z" fill="${darken(c, 0.18)}"/>` +
      Array.from(
        { length: 16 },
        (_, i) => `<circle cx="${W - 300 + (i % 4) * 60}" cy="${H - 260 + Math.floor(i / 4) * 60}" r="13" fill="${tint}"/>`,
      ).join(''),
  },
  theory: {
    icon: 'bulb',
    decor: (c, tint) =>
      [1.55, 1.95, 2.35]
        .map(
          (k, i) =>
            `<circle cx="${W - 520}" cy="${H / 2}" r="${r1(300 * k)}" fill="none" stroke="${lighten(c, 0.18 + i * 0.06)}" stroke-width="26"/>`,
        )
        .join('') + `<circle cx="${W - 170}" cy="190" r="70" fill="${tint}"/>`,
  },
  practice: {
    icon: 'megaphone',
    decor: (c, tint) =>
      Array.from({ length: 6 }, (_, i) => {
        const y = 120 + i * 210
        return `<path d="M${W - 1000},${y} q125,-90 250,0 t250,0 t250,0 t250,0" fill="none" stroke="${lighten(c, 0.14)}" stroke-width="30" stroke-linecap="round"/>`
      }).join('') + `<rect x="${W - 260}" y="80" width="170" height="170" rx="85" fill="${tint}"/>`,
  },
}

export async function renderCover(input: { title: string; subtitle?: string; colour: string; kind: TrainingKind }): Promise<Buffer> {
  const bg = normal(input.colour)
  const ink = textOn(bg)
  const tint = lighten(bg, 0.6)
  const motif = motifs[input.kind] ?? motifs.programme
  const disc = lighten(bg, 0.2)
  const m = 150
  const title = fit(input.title, 1340, 560, { maxSize: 140, minSize: 64, maxLines: 3, bold: true, lineHeight: 1.1 })
  const titleH = title.lines.length * title.size * 1.1
  const sub = input.subtitle?.trim() ? wrap(input.subtitle, 1300, { size: 50, maxLines: 2 }) : []
  const blockH = titleH + (sub.length ? 50 + sub.length * 62 : 0)
  const top = Math.max(m + 80, (H - blockH) / 2 + 20)
  const body =
    `<rect width="${W}" height="${H}" fill="${bg}"/>` +
    motif.decor(bg, tint) +
    `<circle cx="${W - 520}" cy="${H / 2}" r="300" fill="${disc}"/>` +
    pictogram(motif.icon, { x: W - 520 - 190, y: H / 2 - 190, size: 380, fg: '#ffffff', accent: tint, bg: disc }) +
    `<rect x="${m}" y="${r1(top - 110)}" width="140" height="24" rx="12" fill="${tint}"/>` +
    text(title.lines, m, top + title.size * 0.85, { size: title.size, fill: ink, bold: true, lineHeight: 1.1 }) +
    text(sub, m, top + titleH + 50 + 44, { size: 50, fill: ink, opacity: 0.85, lineHeight: 1.24 })
  return toPng(svgDoc(W, H, body))
}
