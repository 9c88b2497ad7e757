import { z } from 'zod'

import { isPrintTemplate } from './page.ts'

/**
 * A tract template as the render engine reads it: the contract between the
 * CMS (which checks it at save), the snapshot (which writes it as JSON for
 * the customiser island), the `npm run tract` command and the tests.
 *
 * Geometry is in the page's unit (mm for print formats, px for social ones),
 * measured from the top-left corner of the trimmed page (bleed excluded).
 * Font sizes are in points for print formats and in pixels for social ones.
 */

// Zod compiles its parsers with Function() unless told not to, and probes for it as each schema is defined:
// the public site's CSP forbids eval and reports every probe as a violation (the customiser island runs this file).
z.config({ jitless: true })

/** Named formats; `custom` takes its width, height and unit from the template. */
export const namedFormats = {
  A5: { unit: 'mm', width: 148, height: 210 },
  A4: { unit: 'mm', width: 210, height: 297 },
  A3: { unit: 'mm', width: 297, height: 420 },
  square: { unit: 'px', width: 1080, height: 1080 },
  story: { unit: 'px', width: 1080, height: 1920 },
} as const
export type NamedFormat = keyof typeof namedFormats
export const formatNames = [...(Object.keys(namedFormats) as NamedFormat[]), 'custom'] as const
export type FormatName = (typeof formatNames)[number]
export const units = ['mm', 'px'] as const
export type Unit = (typeof units)[number]

/** Fonts bundled with the engine (files from npm packages, see tracts/fonts.ts). */
export const fontIds = ['inter', 'inter-bold', 'inter-black', 'anton', 'noto-sans-arabic', 'noto-sans-arabic-bold'] as const
export type FontId = (typeof fontIds)[number]

export const fieldTypes = ['line', 'multiline', 'date', 'time', 'place', 'url', 'logo'] as const
export type FieldType = (typeof fieldTypes)[number]
export const alignments = ['start', 'center', 'end'] as const

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #1a2b3c')

export const boxSchema = z.object({
  x: z.number().nonnegative(),
  y: z.number().nonnegative(),
  width: z.number().positive(),
  height: z.number().positive(),
})
export type Box = z.infer<typeof boxSchema>

export const textStyleSchema = z.object({
  font: z.enum(fontIds),
  /** The text starts at `maxSize` and shrinks down to `minSize` to fit its box. */
  minSize: z.number().positive(),
  maxSize: z.number().positive(),
  colour: hexColour,
  align: z.enum(alignments),
})
export type TextStyle = z.infer<typeof textStyleSchema>

export const fieldSchema = z.object({
  /** Used in the data file and in pre-fill URLs: `?group=…&date=…`. */
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
  /** In the reader's language (the snapshot resolves the localized label and help). */
  label: z.string().min(1),
  help: z.string(),
  type: z.enum(fieldTypes),
  box: boxSchema,
  style: textStyleSchema,
  maxLength: z.number().int().positive(),
  required: z.boolean(),
  defaultValue: z.string(),
})
export type TractField = z.infer<typeof fieldSchema>

/** Where the legal mention (IPNS or the printer, and "Ne pas jeter sur la voie publique") goes. */
export const legalZoneSchema = z.object({ box: boxSchema, style: textStyleSchema })
export type LegalZone = z.infer<typeof legalZoneSchema>

export const tractTemplateSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  description: z.string(),
  themes: z.array(z.string()),
  /** Language of the printed text: default values, dates, the legal mention. */
  locale: z.string().min(2),
  /** Every language the template has its own texts in (gallery filter). */
  languages: z.array(z.string().min(2)).min(1),
  format: z.enum(formatNames),
  page: z.object({ unit: z.enum(units), width: z.number().positive(), height: z.number().positive() }),
  /** Page colour under the artwork (the whole design when there is no artwork). */
  background: hexColour,
  /**
   * `pdf`: vector artwork drawn under the fields in the PDF.
   * `image`: raster (PNG, JPEG or WebP) or SVG artwork used for the preview and the PNG,
   * and in the PDF when there is no `pdf`. Both are URLs (site) or file paths (command, tests).
   */
  artwork: z.object({ pdf: z.string().nullable(), image: z.string().nullable() }),
  fields: z.array(fieldSchema),
  /** Required on print formats (mm). */
  legal: legalZoneSchema.nullable(),
})
export type TractTemplate = z.infer<typeof tractTemplateSchema>

/** What the activist fills in. Dates are `YYYY-MM-DD`, times `HH:MM`; logos are keyed by field. */
export interface TractInput {
  values: Record<string, string>
  legal: { mode: 'ipns' } | { mode: 'printer'; name: string; address: string }
  logos?: Record<string, Uint8Array>
}

// In tracts/page.ts, which the customiser island imports without zod.
export { isPrintTemplate }

/** Page size of a named format, or of the template's own custom size. */
export const pageOf = (format: FormatName, custom?: { unit: Unit; width: number; height: number }) =>
  format === 'custom' ? custom : { ...namedFormats[format] }

/** A problem found in a template, with the path of the field it concerns (for the admin's field errors). */
export interface TemplateProblem {
  path: (string | number)[]
  code: 'boxOutsidePage' | 'legalZoneMissing' | 'sizeRange' | 'duplicateKey' | 'defaultTooLong' | 'artworkImageMissing'
  params?: Record<string, string | number>
}

const outside = (box: Box, page: TractTemplate['page']): boolean =>
  box.x + box.width > page.width + 1e-6 || box.y + box.height > page.height + 1e-6

/** Checks a template the schema already accepted; an empty list means it can be published. */
export function templateProblems(template: TractTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  const { page } = template
  const seen = new Set<string>()
  template.fields.forEach((field, index) => {
    if (seen.has(field.key)) problems.push({ path: ['fields', index, 'key'], code: 'duplicateKey', params: { key: field.key } })
    seen.add(field.key)
    if (outside(field.box, page))
      problems.push({
        path: ['fields', index, 'box'],
        code: 'boxOutsidePage',
        params: { field: field.label, width: page.width, height: page.height, unit: page.unit },
      })
    if (field.style.minSize > field.style.maxSize)
      problems.push({ path: ['fields', index, 'style'], code: 'sizeRange', params: { field: field.label } })
    if (field.defaultValue.length > field.maxLength)
      problems.push({
        path: ['fields', index, 'defaultValue'],
        code: 'defaultTooLong',
        params: { field: field.label, max: field.maxLength },
      })
  })
  if (isPrintTemplate(template)) {
    if (!template.legal) problems.push({ path: ['legal'], code: 'legalZoneMissing' })
    else if (outside(template.legal.box, page))
      problems.push({
        path: ['legal', 'box'],
        code: 'boxOutsidePage',
        params: { field: 'legal', width: page.width, height: page.height, unit: page.unit },
      })
  }
  // The preview and the PNG are drawn from the image: a PDF artwork needs one beside it.
  if (template.artwork.pdf && !template.artwork.image) problems.push({ path: ['artwork', 'image'], code: 'artworkImageMissing' })
  return problems
}
