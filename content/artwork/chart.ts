/** Chart drawing shared types and dispatch for the infographics. */
import type { ChartSpec } from '../types'
import { drawBars } from './chart-bars'
import { drawDonut } from './chart-donut'
import { drawFigures } from './chart-figures'
import { drawTimeline } from './chart-timeline'
import type { ChartLocale } from './format'

export interface ChartItem {
  label: string
  value: number
}

export interface ChartContext {
  x: number
  y: number
  w: number
  h: number
  items: ChartItem[]
  unit?: string
  locale: ChartLocale
  colour: string
  ink: string
  muted: string
}

const drawers: Record<ChartSpec['kind'], (c: ChartContext) => string> = {
  bars: drawBars,
  donut: drawDonut,
  figures: drawFigures,
  timeline: drawTimeline,
}

export function drawChart(kind: ChartSpec['kind'], ctx: ChartContext): string {
  if (!ctx.items.length) return ''
  return (drawers[kind] ?? drawBars)(ctx)
}
