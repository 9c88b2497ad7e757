/**
 * A tract's artwork as one scene: the layers of content/data/tracts.ts expanded
 * into four kinds of shape, each drawn from one SVG path, so that the vector PDF
 * and the raster image show exactly the same thing.
 */
import type { TractLayer } from '../types'

export type TractShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number; stroke: string }
  | { kind: 'polygon'; points: [number, number][]; fill: string }

/** What an artwork is drawn on: the page in its unit, and its colour. */
export interface TractCanvas {
  page: { unit: 'mm' | 'px'; width: number; height: number }
  background: string
}

const radians = (degrees: number) => (degrees * Math.PI) / 180

const rays = ({ cx, cy, radius, count, from, to, fill }: Extract<TractLayer, { kind: 'rays' }>): TractShape[] => {
  // Each ray fills half of its slot; the rest shows what is under it.
  const slot = (to - from) / count
  return Array.from({ length: count }, (_, index) => {
    const start = radians(from + index * slot + slot / 4)
    const end = radians(from + index * slot + (3 * slot) / 4)
    return {
      kind: 'polygon',
      fill,
      points: [
        [cx, cy],
        [cx + radius * Math.cos(start), cy + radius * Math.sin(start)],
        [cx + radius * Math.cos(end), cy + radius * Math.sin(end)],
      ],
    }
  })
}

/** The shapes of a scene, bottom first. */
export function expandLayers(layers: readonly TractLayer[]): TractShape[] {
  return layers.flatMap((layer): TractShape[] => {
    switch (layer.kind) {
      case 'rect':
        return [{ ...layer, radius: layer.radius ?? 0 }]
      case 'circle':
      case 'ring':
      case 'polygon':
        return [layer]
      case 'rays':
        return rays(layer)
      case 'dots':
        return Array.from({ length: layer.columns * layer.rows }, (_, index) => ({
          kind: 'circle',
          cx: layer.x + (index % layer.columns) * layer.gap,
          cy: layer.y + Math.floor(index / layer.columns) * layer.gap,
          r: layer.r,
          fill: layer.fill,
        }))
      case 'pin': {
        // A round head on a cone whose point marks the place.
        const r = layer.height * 0.36
        const [cx, cy] = [layer.x + r, layer.y + r]
        return [
          { kind: 'circle', cx, cy, r, fill: layer.fill },
          {
            kind: 'polygon',
            fill: layer.fill,
            points: [
              [cx - r, cy],
              [cx + r, cy],
              [cx, layer.y + layer.height],
            ],
          },
          { kind: 'circle', cx, cy, r: r * 0.42, fill: layer.hole },
        ]
      }
    }
  })
}

/** Hundredths of a millimetre (or pixel) are finer than any printer or screen. */
const n = (value: number) => String(Math.round(value * 100) / 100)

const circlePath = (cx: number, cy: number, r: number) =>
  `M${n(cx - r)},${n(cy)}A${n(r)},${n(r)} 0 1 0 ${n(cx + r)},${n(cy)}A${n(r)},${n(r)} 0 1 0 ${n(cx - r)},${n(cy)}Z`

/** The outline of a shape as SVG path data, in page units (a ring: its centre line, to be stroked). */
export function shapePath(shape: TractShape): string {
  switch (shape.kind) {
    case 'rect': {
      const { x, y, width: w, height: h } = shape
      const r = Math.min(shape.radius, w / 2, h / 2)
      if (r <= 0) return `M${n(x)},${n(y)}H${n(x + w)}V${n(y + h)}H${n(x)}Z`
      const arc = (toX: number, toY: number) => `A${n(r)},${n(r)} 0 0 1 ${n(toX)},${n(toY)}`
      return (
        `M${n(x + r)},${n(y)}H${n(x + w - r)}${arc(x + w, y + r)}V${n(y + h - r)}${arc(x + w - r, y + h)}` +
        `H${n(x + r)}${arc(x, y + h - r)}V${n(y + r)}${arc(x + r, y)}Z`
      )
    }
    case 'circle':
    case 'ring':
      return circlePath(shape.cx, shape.cy, shape.r)
    case 'polygon':
      return `M${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`
  }
}
