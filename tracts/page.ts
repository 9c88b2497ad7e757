/**
 * What a page's format says without the engine: whether it prints, and its size in pixels.
 * No schema and no renderer here: the customiser island's first chunk imports this file
 * (tracts/template.ts brings zod, tracts/svg.ts the layout engine).
 */
import type { TractTemplate } from './template.ts'

/** Resolution of the PNG of a print format (social formats are exactly their pixel size). */
export const printPngDpi = 150

export const isPrintTemplate = (template: Pick<TractTemplate, 'page'>): boolean => template.page.unit === 'mm'

/** Pixel size of the PNG (and of the SVG's width and height). */
export function pixelSize(page: TractTemplate['page']): { width: number; height: number } {
  const perUnit = page.unit === 'mm' ? printPngDpi / 25.4 : 1
  return { width: Math.round(page.width * perUnit), height: Math.round(page.height * perUnit) }
}
