/** Repeating geometric patterns: truchet arcs, bauhaus tiles, waves, chevrons. */
import { lighten, darken } from './colour'
import { r1 } from './svg'
import type { Scene } from './visual'

function truchet({ w, h, u, palette: [bg, c1, c2], rand }: Scene): string {
  const s = 200 * u
  const sw = r1(s * 0.17)
  const arcs: string[] = []
  const dots: string[] = []
  for (let y = 0; y < h; y += s)
    for (let x = 0; x < w; x += s) {
      const a = s / 2
      arcs.push(
        rand() < 0.5
          ? `M${r1(x + a)},${r1(y)}A${r1(a)},${r1(a)} 0 0 1 ${r1(x)},${r1(y + a)}M${r1(x + a)},${r1(y + s)}A${r1(a)},${r1(a)} 0 0 1 ${r1(x + s)},${r1(y + a)}`
          : `M${r1(x + s)},${r1(y + a)}A${r1(a)},${r1(a)} 0 0 1 ${r1(x + a)},${r1(y)}M${r1(x)},${r1(y + a)}A${r1(a)},${r1(a)} 0 0 1 ${r1(x + a)},${r1(y + s)}`,
      )
      if (rand() < 0.18) dots.push(`<circle cx="${r1(x + a)}" cy="${r1(y + a)}" r="${r1(s * 0.13)}" fill="${c2}"/>`)
    }
  return `<rect width="${w}" height="${h}" fill="${bg}"/><path d="${arcs.join('')}" fill="none" stroke="${c1}" stroke-width="${sw}" stroke-linecap="round"/>${dots.join('')}`
}

function bauhaus({ w, h, u, palette: [bg, c1, c2], rand }: Scene): string {
  const s = 240 * u
  const colours = [bg, c1, c2, darken(bg, 0.25), lighten(bg, 0.2)]
  const out: string[] = []
  for (let y = 0; y < h; y += s)
    for (let x = 0; x < w; x += s) {
      const back = rand.pick(colours)
      let fore = rand.pick(colours)
      if (fore === back) fore = colours[(colours.indexOf(back) + 1) % colours.length]!
      out.push(`<rect x="${r1(x)}" y="${r1(y)}" width="${r1(s + 1)}" height="${r1(s + 1)}" fill="${back}"/>`)
      const rot = rand.int(0, 4) * 90
      const t = `transform="translate(${r1(x)} ${r1(y)}) rotate(${rot} ${r1(s / 2)} ${r1(s / 2)})"`
      const shape = rand.int(0, 4)
      const S = r1(s)
      const H = r1(s / 2)
      if (shape === 0) out.push(`<path ${t} d="M0,0H${S}A${S},${S} 0 0 1 0,${S}Z" fill="${fore}"/>`)
      else if (shape === 1) out.push(`<path ${t} d="M0,0H${S}A${H},${H} 0 0 1 0,0Z" fill="${fore}"/>`)
      else if (shape === 2) out.push(`<circle cx="${r1(x + s / 2)}" cy="${r1(y + s / 2)}" r="${r1(s * 0.32)}" fill="${fore}"/>`)
      else out.push(`<path ${t} d="M0,0H${S}L0,${S}Z" fill="${fore}"/>`)
    }
  return out.join('')
}

function waves({ w, h, u, palette: [bg, c1, c2] }: Scene): string {
  const s = 200 * u
  const L = s * 2
  const A = s * 0.22
  const rows: string[] = []
  let i = 0
  for (let y = -s / 2; y < h + s; y += s * 0.5, i++) {
    const x0 = -L + ((i % 2) * L) / 2
    let d = `M${r1(x0)},${r1(y)}Q${r1(x0 + L / 4)},${r1(y - 2 * A)} ${r1(x0 + L / 2)},${r1(y)}`
    for (let x = x0 + L / 2; x < w + L; x += L / 2) d += `T${r1(x + L / 2)},${r1(y)}`
    const colour = i % 3 === 2 ? c2 : c1
    rows.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${r1(s * 0.14)}" stroke-linecap="round"/>`)
  }
  return `<rect width="${w}" height="${h}" fill="${bg}"/>${rows.join('')}`
}

function chevrons({ w, h, u, palette: [bg, c1, c2] }: Scene): string {
  const s = 200 * u
  const rows: string[] = []
  let i = 0
  for (let y = -s; y < h + s; y += s * 0.55, i++) {
    let d = `M${r1(-s)},${r1(y)}`
    for (let x = -s, k = 0; x < w + s; x += s / 2, k++) d += `L${r1(x + s / 2)},${r1(y + (k % 2 ? 0 : -s * 0.32))}`
    rows.push(
      `<path d="${d}" fill="none" stroke="${i % 2 ? c2 : c1}" stroke-width="${r1(s * 0.15)}" stroke-linejoin="round" stroke-linecap="round"/>`,
    )
  }
  return `<rect width="${w}" height="${h}" fill="${bg}"/>${rows.join('')}`
}

const kinds = [truchet, bauhaus, waves, chevrons]

export function pattern(scene: Scene): string {
  return scene.rand.pick(kinds)(scene)
}
