/** `renderVisual`: decorative artwork for the visuals library (slogan, pattern, landscape, crowd, icon). */
import type { VisualSeed } from '../types'
import { expandPalette, lighten, textOn, darken, contrast } from './colour'
import { pictogram, pictogramFor, pictogramNames } from './pictograms'
import { dim, fit, r1, rng, svgDoc, text, toPng, type Rng } from './svg'
import { crowd } from './visual-crowd'
import { landscape } from './visual-landscape'
import { pattern } from './visual-pattern'

export interface Scene {
  w: number
  h: number
  /** Scale unit: 1 at the default 2400×1600. */
  u: number
  palette: [string, string, string]
  rand: Rng
  text?: string
}

function slogan(scene: Scene): string {
  const {
    w,
    h,
    u,
    palette: [bg, a1, a2],
    rand,
    text: words,
  } = scene
  if (!words?.trim()) return pattern(scene)
  const ink = textOn(bg)
  const m = 150 * u
  const topRight = rand() < 0.5
  const cy = topRight ? 0.16 * h : 0.84 * h
  const r = 0.36 * h
  const accent = contrast(bg, a1) > 1.3 ? a1 : lighten(bg, 0.25)
  const ring = contrast(bg, a2) > 1.3 ? a2 : darken(bg, 0.3)
  const dots: string[] = []
  for (let i = 0; i < 6; i++)
    for (let j = 0; j < 4; j++)
      dots.push(
        `<circle cx="${r1(w - m - i * 44 * u)}" cy="${r1((topRight ? h - m : m) + (topRight ? -1 : 1) * j * 44 * u)}" r="${r1(9 * u)}" fill="${ink}" fill-opacity="0.35"/>`,
      )
  const shapes =
    `<circle cx="${r1(w - 0.04 * w)}" cy="${r1(cy)}" r="${r1(r)}" fill="${accent}"/>` +
    `<circle cx="${r1(w - 0.04 * w - r * 0.5)}" cy="${r1(cy + (topRight ? 1 : -1) * r * 0.55)}" r="${r1(r * 0.62)}" fill="none" stroke="${ring}" stroke-width="${r1(34 * u)}"/>` +
    dots.join('')
  const boxW = w * 0.58
  const boxH = h - 2 * m - 120 * u
  const { size, lines } = fit(words, boxW, boxH, { maxSize: 400 * u, minSize: 56 * u, maxLines: 6, bold: true, lineHeight: 1.08 })
  const blockH = lines.length * size * 1.08
  const top = (h - blockH - 90 * u) / 2
  const barY = top + blockH + 40 * u
  return (
    `<rect width="${w}" height="${h}" fill="${bg}"/>${shapes}` +
    `<rect x="${r1(m)}" y="${r1(top - 70 * u)}" width="${r1(120 * u)}" height="${r1(22 * u)}" rx="${r1(11 * u)}" fill="${accent}"/>` +
    text(lines, m, top + size * 0.86, { size, fill: ink, bold: true, lineHeight: 1.08 }) +
    `<rect x="${r1(m)}" y="${r1(barY)}" width="${r1(Math.min(boxW, 520 * u))}" height="${r1(34 * u)}" rx="${r1(17 * u)}" fill="${accent}"/>`
  )
}

function icon({ w, h, u, palette: [bg, a1, a2], rand, text: words }: Scene): string {
  const name = pictogramFor(words, rand.pick(pictogramNames))
  const halo = a1
  const fg = textOn(halo) === '#ffffff' ? '#ffffff' : darken(bg, 0.2)
  const accent = contrast(halo, a2) > 1.5 && contrast(fg, a2) > 1.5 ? a2 : bg
  const caption = words?.trim()
  const cx = w / 2
  const cy = caption ? h * 0.42 : h / 2
  const R = Math.min(w, h) * (caption ? 0.3 : 0.36)
  const rings = [1.35, 1.7, 2.05]
    .map(
      (k, i) =>
        `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(R * k)}" fill="none" stroke="${textOn(bg)}" stroke-opacity="${0.16 - i * 0.04}" stroke-width="${r1(18 * u)}"/>`,
    )
    .join('')
  let label = ''
  if (caption) {
    const { size, lines } = fit(caption, w * 0.8, h * 0.16, { maxSize: 110 * u, minSize: 40 * u, maxLines: 2, bold: true })
    label = text(lines, cx, cy + R + 130 * u + size * 0.8, { size, fill: textOn(bg), bold: true, anchor: 'middle' })
  }
  return (
    `<rect width="${w}" height="${h}" fill="${bg}"/>${rings}` +
    `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(R)}" fill="${halo}"/>` +
    pictogram(name, { x: cx - R * 0.68, y: cy - R * 0.68, size: R * 1.36, fg, accent, bg: halo }) +
    label
  )
}

const styles: Record<VisualSeed['artwork']['style'], (s: Scene) => string> = { slogan, pattern, landscape, crowd, icon }

export async function renderVisual(artwork: VisualSeed['artwork'], opts: { width?: number; height?: number } = {}): Promise<Buffer> {
  const w = dim(opts.width, 2400)
  const h = dim(opts.height, 1600)
  const palette = expandPalette(artwork.palette)
  const scene: Scene = {
    w,
    h,
    u: Math.min(w / 2400, h / 1600),
    palette,
    rand: rng(`${artwork.style}|${artwork.text ?? ''}|${palette.join(',')}`),
    text: artwork.text,
  }
  const draw = styles[artwork.style] ?? slogan
  return toPng(svgDoc(w, h, draw(scene)))
}
