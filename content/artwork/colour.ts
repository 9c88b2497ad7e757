/** Colour arithmetic on `#rrggbb` strings (invalid input falls back to a dark slate). */

type Rgb = [number, number, number]

const FALLBACK: Rgb = [0x2b, 0x2d, 0x42]

export function parse(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return FALLBACK
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb
}

const hex2 = (n: number) =>
  Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, '0')
export const toHex = ([r, g, b]: Rgb): string => `#${hex2(r)}${hex2(g)}${hex2(b)}`

/** Normalised `#rrggbb`. */
export const normal = (c: string): string => toHex(parse(c))

export function mix(a: string, b: string, t: number): string {
  const x = parse(a)
  const y = parse(b)
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as Rgb)
}

export const lighten = (c: string, t: number): string => mix(c, '#ffffff', t)
export const darken = (c: string, t: number): string => mix(c, '#000000', t)

export function luminance(c: string): number {
  const lin = parse(c).map((v) => {
    const s = v / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

export const INK = '#16161d'

/** White on dark backgrounds, near-black otherwise. */
export function textOn(bg: string): string {
  return contrast(bg, '#ffffff') >= 4.5 || contrast(bg, '#ffffff') >= contrast(bg, INK) ? '#ffffff' : INK
}

/** Palette with at least three usable colours derived from the given ones. */
export function expandPalette(palette: readonly string[]): [string, string, string] {
  const base = normal(palette[0] ?? '#2b2d42')
  const second = palette[1] ? normal(palette[1]) : lighten(base, 0.55)
  const third = palette[2] ? normal(palette[2]) : mix(base, second, 0.5)
  return [base, second, third]
}

function rotateHue(c: string, degrees: number): string {
  const [r, g, b] = parse(c).map((v) => v / 255) as Rgb
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  const d = max - min
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1))
  let h = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  h = (((h * 60 + degrees) % 360) + 360) % 360
  const C = (1 - Math.abs(2 * l - 1)) * s
  const X = C * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - C / 2
  const [r1, g1, b1] =
    h < 60 ? [C, X, 0] : h < 120 ? [X, C, 0] : h < 180 ? [0, C, X] : h < 240 ? [0, X, C] : h < 300 ? [X, 0, C] : [C, 0, X]
  return toHex([(r1 + m) * 255, (g1 + m) * 255, (b1 + m) * 255])
}

/** `n` distinguishable colours built around `base` (tints, shades and a contrasting hue). */
export function series(base: string, n: number): string[] {
  const c = normal(base)
  const other = rotateHue(c, 150)
  const steps = [c, lighten(c, 0.5), other, lighten(other, 0.45), darken(c, 0.45), lighten(c, 0.78), darken(other, 0.4), '#9a9aa6']
  return Array.from({ length: n }, (_, i) => steps[i % steps.length]!)
}
