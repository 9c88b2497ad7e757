/** Flat-design landscape: sky, sun, layered hills, wind turbines and trees. */
import { darken, lighten, luminance, mix } from './colour'
import { r1 } from './svg'
import type { Scene } from './visual'

function turbine(x: number, y: number, height: number, angle: number, colour: string): string {
  const hub = y - height
  const blade = height * 0.55
  const bw = height * 0.05
  const blades = [0, 120, 240]
    .map(
      (a) =>
        `<path d="M${r1(x)},${r1(hub)}C${r1(x - bw)},${r1(hub - blade * 0.3)} ${r1(x - bw * 0.4)},${r1(hub - blade)} ${r1(x)},${r1(hub - blade)}C${r1(x + bw * 0.5)},${r1(hub - blade * 0.6)} ${r1(x + bw * 0.6)},${r1(hub - blade * 0.2)} ${r1(x)},${r1(hub)}Z" transform="rotate(${r1(angle + a)} ${r1(x)} ${r1(hub)})" fill="${colour}"/>`,
    )
    .join('')
  const tw = height * 0.035
  return (
    `<path d="M${r1(x - tw)},${r1(y + 20)}L${r1(x - tw * 0.45)},${r1(hub)}H${r1(x + tw * 0.45)}L${r1(x + tw)},${r1(y + 20)}Z" fill="${colour}"/>` +
    blades +
    `<circle cx="${r1(x)}" cy="${r1(hub)}" r="${r1(height * 0.045)}" fill="${colour}"/>`
  )
}

function tree(x: number, y: number, size: number, leaf: string, trunk: string): string {
  return (
    `<rect x="${r1(x - size * 0.07)}" y="${r1(y - size * 0.6)}" width="${r1(size * 0.14)}" height="${r1(size * 0.7)}" rx="${r1(size * 0.07)}" fill="${trunk}"/>` +
    `<rect x="${r1(x - size * 0.3)}" y="${r1(y - size * 1.35)}" width="${r1(size * 0.6)}" height="${r1(size)}" rx="${r1(size * 0.3)}" fill="${leaf}"/>`
  )
}

export function landscape({ w, h, u, palette: [p0, p1, p2], rand }: Scene): string {
  const sky = lighten(p0, 0.86)
  const sunX = rand.range(0.58, 0.82) * w
  const sunY = rand.range(0.22, 0.32) * h
  const sunR = 0.1 * h
  const sun = luminance(p1) > 0.3 ? mix(p1, '#ffd34d', 0.25) : '#ffc94d'
  const out: string[] = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${mix(p0, '#ffffff', 0.6)}"/><stop offset="0.6" stop-color="${sky}"/></linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
  ]
  for (const [k, o] of [
    [2.6, 0.18],
    [1.8, 0.28],
  ] as const)
    out.push(`<circle cx="${r1(sunX)}" cy="${r1(sunY)}" r="${r1(sunR * k)}" fill="${lighten(sun, 0.6)}" fill-opacity="${o}"/>`)
  out.push(`<circle cx="${r1(sunX)}" cy="${r1(sunY)}" r="${r1(sunR)}" fill="${sun}"/>`)
  for (let i = 0; i < 3; i++) {
    const cx = rand.range(0.08, 0.9) * w
    const cy = rand.range(0.1, 0.3) * h
    const cw = rand.range(220, 380) * u
    const ch = 56 * u
    out.push(
      `<rect x="${r1(cx - cw / 2)}" y="${r1(cy)}" width="${r1(cw)}" height="${r1(ch)}" rx="${r1(ch / 2)}" fill="#ffffff" fill-opacity="0.85"/>` +
        `<rect x="${r1(cx - cw * 0.25)}" y="${r1(cy - ch * 0.6)}" width="${r1(cw * 0.45)}" height="${r1(ch)}" rx="${r1(ch / 2)}" fill="#ffffff" fill-opacity="0.85"/>`,
    )
  }
  const layers = [
    { base: 0.56, amp: 0.06, colour: mix(p0, sky, 0.62) },
    { base: 0.66, amp: 0.05, colour: mix(p2, sky, 0.4) },
    { base: 0.77, amp: 0.045, colour: mix(p0, sky, 0.22) },
    { base: 0.9, amp: 0.04, colour: darken(p0, 0.2) },
  ]
  layers.forEach((layer, li) => {
    const f1 = (rand.range(1.2, 2.4) / w) * Math.PI
    const f2 = (rand.range(3, 5) / w) * Math.PI
    const ph1 = rand.range(0, 6.28)
    const ph2 = rand.range(0, 6.28)
    const y = (x: number) => h * (layer.base + layer.amp * Math.sin(x * f1 + ph1) + layer.amp * 0.4 * Math.sin(x * f2 + ph2))
    const steps = 96
    let d = `M0,${h}`
    for (let i = 0; i <= steps; i++) d += `L${r1((i / steps) * w)},${r1(y((i / steps) * w))}`
    d += `L${w},${h}Z`
    const extras: string[] = []
    if (li === 0 || li === 1) {
      const count = li === 0 ? 4 : 3
      for (let t = 0; t < count; t++) {
        const x = ((t + rand.range(0.25, 0.75)) / count) * w
        const size = (li === 0 ? 300 : 440) * u * rand.range(0.85, 1.1)
        extras.push(turbine(x, y(x), size, rand.range(0, 120), li === 0 ? mix(p0, sky, 0.45) : '#ffffff'))
      }
    }
    if (li === 2) {
      const count = 7
      for (let t = 0; t < count; t++) {
        const x = rand.range(0.03, 0.97) * w
        extras.push(tree(x, y(x) + 10 * u, rand.range(90, 140) * u, mix(p0, p2, 0.4), darken(p0, 0.35)))
      }
    }
    out.push(extras.join(''), `<path d="${d}" fill="${layer.colour}"/>`)
  })
  return out.join('')
}
