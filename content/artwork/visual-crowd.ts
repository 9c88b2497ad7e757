/** Stylised crowd: rows of flat silhouettes (round heads, rounded bodies), some with placards. */
import { lighten, mix, textOn } from './colour'
import { r1 } from './svg'
import type { Scene } from './visual'

export function crowd({ w, h, u, palette: [bg, p1, p2], rand }: Scene): string {
  const out: string[] = [`<rect width="${w}" height="${h}" fill="${bg}"/>`]
  const light = textOn(bg) === '#ffffff' ? '#ffffff' : '#16161d'
  const glow = mix(bg, light, 0.1)
  out.push(
    `<circle cx="${r1(w * rand.range(0.3, 0.7))}" cy="${r1(h * 0.42)}" r="${r1(h * 0.36)}" fill="${glow}"/>`,
    `<circle cx="${r1(w * rand.range(0.1, 0.9))}" cy="${r1(h * 0.2)}" r="${r1(h * 0.09)}" fill="${lighten(glow, 0.15)}"/>`,
  )
  const tones = [p1, p2, mix(light, bg, 0.15)]
  const rows = 4
  for (let row = 0; row < rows; row++) {
    const depth = row / (rows - 1)
    const sc = (1.0 + depth * 0.85) * u
    const fade = 0.6 * (1 - depth)
    const bw = 150 * sc
    const top = h * (0.44 + depth * 0.34)
    const step = bw * 1.02
    const offset = rand.range(-step / 2, 0)
    for (let x = offset; x < w + step; x += step) {
      const px = x + rand.range(-0.12, 0.12) * step
      const py = top + rand.range(-20, 20) * sc
      const colour = mix(rand.pick(tones), bg, fade)
      const head = 42 * sc
      const sign = row > 0 && row < rows - 1 && rand() < 0.12
      const arm = !sign && row > 0 && rand() < 0.1
      if (sign) {
        const sx = px + rand.range(-20, 20) * sc
        const sw = 260 * sc
        const sy = py - 290 * sc
        out.push(
          `<rect x="${r1(sx - 7 * sc)}" y="${r1(sy)}" width="${r1(14 * sc)}" height="${r1(280 * sc)}" rx="${r1(7 * sc)}" fill="${mix(light, bg, 0.3 + fade)}"/>`,
          `<rect x="${r1(sx - sw / 2)}" y="${r1(sy - 90 * sc)}" width="${r1(sw)}" height="${r1(150 * sc)}" rx="${r1(18 * sc)}" fill="${mix(rand() < 0.5 ? p1 : light, bg, fade)}"/>`,
          `<rect x="${r1(sx - sw * 0.3)}" y="${r1(sy - 40 * sc)}" width="${r1(sw * 0.6)}" height="${r1(20 * sc)}" rx="${r1(10 * sc)}" fill="${mix(bg, p2, 0.2)}" fill-opacity="0.6"/>`,
        )
      }
      if (arm) {
        const side = rand() < 0.5 ? -1 : 1
        out.push(
          `<path d="M${r1(px + side * bw * 0.3)},${r1(py + 60 * sc)}L${r1(px + side * bw * 0.55)},${r1(py - 150 * sc)}" stroke="${colour}" stroke-width="${r1(38 * sc)}" stroke-linecap="round"/>`,
          `<circle cx="${r1(px + side * bw * 0.56)}" cy="${r1(py - 165 * sc)}" r="${r1(24 * sc)}" fill="${colour}"/>`,
        )
      }
      out.push(
        `<rect x="${r1(px - bw / 2)}" y="${r1(py)}" width="${r1(bw)}" height="${r1(h - py + 40)}" rx="${r1(bw * 0.42)}" fill="${colour}" stroke="${bg}" stroke-width="${r1(8 * sc)}"/>`,
        `<circle cx="${r1(px)}" cy="${r1(py - head - 12 * sc)}" r="${r1(head)}" fill="${colour}" stroke="${bg}" stroke-width="${r1(8 * sc)}"/>`,
      )
    }
  }
  return out.join('')
}
