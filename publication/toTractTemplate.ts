/**
 * The one mapping from a tract template as the CMS stores it to the render
 * engine's contract (tracts/template.ts). Browser-safe: the admin preview uses
 * it on the form's values, the save validation, the snapshot and the
 * `npm run tract` command on documents read with depth ≥ 1.
 */
import {
  fieldSchema,
  type FormatName,
  formatNames,
  legalZoneSchema,
  pageOf,
  type TractTemplate,
  tractTemplateSchema,
  type Unit,
  units,
} from '../tracts/template'

/** What the mapping reads of an upload (`tract-artwork`): its type, and whatever `artworkRef` turns into a reference. */
export interface ArtworkUpload {
  id?: number | string
  mimeType?: string | null
  url?: string | null
  filename?: string | null
}

/** An upload as a document holds it: populated (depth ≥ 1) or, in form data, its id. */
type UploadValue = number | string | ArtworkUpload | null | undefined

interface BoxSource {
  x?: number | null
  y?: number | null
  width?: number | null
  height?: number | null
}

interface StyleSource {
  font?: string | null
  minSize?: number | null
  maxSize?: number | null
  colour?: string | null
  align?: string | null
}

interface FieldRowSource {
  key?: string | null
  label?: string | null
  help?: string | null
  type?: string | null
  box?: BoxSource | null
  style?: StyleSource | null
  maxLength?: number | null
  required?: boolean | null
  defaultValue?: string | null
}

/** A `tract-templates` document in one locale, as read (depth ≥ 1) or as the admin form holds it. */
export interface TemplateSource {
  slug?: string | null
  name?: string | null
  description?: string | null
  themes?: (number | string | { slug?: string | null })[] | null
  languages?: string[] | null
  format?: string | null
  customSize?: { unit?: string | null; width?: number | null; height?: number | null } | null
  background?: string | null
  artwork?: UploadValue
  artworkImage?: UploadValue
  fields?: FieldRowSource[] | null
  legal?: { box?: BoxSource | null; style?: StyleSource | null } | null
}

/** Turns an upload document into the reference the engine loads (a URL on the site, a path for the command). */
export type ArtworkRef = (upload: ArtworkUpload) => string | null

const isFormat = (value: unknown): value is FormatName => (formatNames as readonly unknown[]).includes(value)
const isUnit = (value: unknown): value is Unit => (units as readonly unknown[]).includes(value)

/** The page a document's format gives, or null while its format or custom size is incomplete. */
export const pageOfSource = (doc: Pick<TemplateSource, 'format' | 'customSize'>): TractTemplate['page'] | null => {
  if (!isFormat(doc.format)) return null
  const { unit, width, height } = doc.customSize ?? {}
  const custom = isUnit(unit) && typeof width === 'number' && typeof height === 'number' ? { unit, width, height } : undefined
  return pageOf(doc.format, custom) ?? null
}

/** Whether a document's format is printed (in mm), and so carries the legal mention. */
export const isPrintSource = (doc: Pick<TemplateSource, 'format' | 'customSize'>): boolean =>
  doc.format === 'custom' ? doc.customSize?.unit === 'mm' : pageOfSource(doc)?.unit === 'mm'

const populated = (upload: UploadValue): ArtworkUpload | null => (upload && typeof upload === 'object' ? upload : null)

const isPdf = (upload: ArtworkUpload | null) => upload?.mimeType === 'application/pdf'
const isImage = (upload: ArtworkUpload | null) => Boolean(upload?.mimeType?.startsWith('image/'))

/** pdf: the artwork when it is a PDF; image: the artwork image, else the artwork itself, whichever is an image. */
const artworkOf = (doc: TemplateSource, artworkRef: ArtworkRef): TractTemplate['artwork'] => {
  const artwork = populated(doc.artwork)
  const artworkImage = populated(doc.artworkImage)
  return {
    pdf: isPdf(artwork) && artwork ? artworkRef(artwork) : null,
    image:
      (isImage(artworkImage) && artworkImage ? artworkRef(artworkImage) : null) ??
      (isImage(artwork) && artwork ? artworkRef(artwork) : null),
  }
}

// Absent numbers stay absent (undefined), so that the schema names what is missing rather than a wrong value.
const numberOr = (value: number | null | undefined) => value ?? undefined

const boxOf = (box: BoxSource | null | undefined) => ({
  x: numberOr(box?.x),
  y: numberOr(box?.y),
  width: numberOr(box?.width),
  height: numberOr(box?.height),
})

const styleOf = (style: StyleSource | null | undefined) => ({
  font: style?.font ?? undefined,
  minSize: numberOr(style?.minSize),
  maxSize: numberOr(style?.maxSize),
  colour: style?.colour ?? undefined,
  align: style?.align ?? undefined,
})

const fieldOf = (row: FieldRowSource) => ({
  key: row.key ?? undefined,
  label: row.label ?? undefined,
  help: row.help ?? '',
  type: row.type ?? undefined,
  box: boxOf(row.box),
  style: styleOf(row.style),
  maxLength: numberOr(row.maxLength),
  required: row.required ?? false,
  defaultValue: row.defaultValue ?? '',
})

/** A list, whatever stands for "none": the admin form holds an empty array field as its row count (0). */
const listOf = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : [])

const hasBox = (box: BoxSource | null | undefined) => [box?.x, box?.y, box?.width, box?.height].some((value) => typeof value === 'number')

/** The document mapped to the contract's shape, field by field, unchecked: a draft may still lack parts. */
const mapped = (doc: TemplateSource, locale: string, artworkRef: ArtworkRef) => ({
  slug: doc.slug ?? '',
  name: doc.name ?? '',
  description: doc.description ?? '',
  // Themes by slug, as the site files them; an unpopulated id (depth 0) names no theme.
  themes: listOf(doc.themes).flatMap((theme) => (theme && typeof theme === 'object' && theme.slug ? [theme.slug] : [])),
  locale,
  languages: listOf(doc.languages),
  format: isFormat(doc.format) ? doc.format : undefined,
  page: pageOfSource(doc),
  background: doc.background ?? '#ffffff',
  artwork: artworkOf(doc, artworkRef),
  fields: listOf(doc.fields).map(fieldOf),
  // The legal zone is only shown, and only used, on print formats; an untouched one is no zone at all.
  legal: isPrintSource(doc) && hasBox(doc.legal?.box) ? { box: boxOf(doc.legal?.box), style: styleOf(doc.legal?.style) } : null,
})

/**
 * A complete document (depth ≥ 1, one locale) as the engine's template.
 * Throws a ZodError naming what is missing or malformed: a published
 * template always maps (the save validation saw to it).
 */
export const toTractTemplate = (doc: TemplateSource, locale: string, artworkRef: ArtworkRef): TractTemplate =>
  tractTemplateSchema.parse(mapped(doc, locale, artworkRef))

/** What can already be drawn or checked of a document being edited. */
export interface TemplateParts {
  /**
   * The page, artwork and background with the complete field rows and legal
   * zone only. Its name, slug and languages are not checked: for drawing and
   * for `templateProblems`, never for publishing.
   */
  template: TractTemplate
  /** The document's row index of each of `template.fields`. */
  rowIndices: number[]
  /** The document has a legal zone that is not complete yet (so `template.legal` is null). */
  legalIncomplete: boolean
}

/**
 * The complete parts of a possibly unfinished document (a draft, the admin
 * form while typing), or null while its page size is unknown.
 */
export const completeParts = (doc: TemplateSource, locale: string, artworkRef: ArtworkRef): TemplateParts | null => {
  const { format, page, background, fields, legal, ...rest } = mapped(doc, locale, artworkRef)
  if (!format || !page) return null
  const rows = fields.flatMap((row, index) => {
    // A label only names the field in the form: one not written yet in this language (a translation under way) blocks nothing here.
    const parsed = fieldSchema.safeParse({ ...row, label: row.label || row.key })
    return parsed.success ? [{ field: parsed.data, index }] : []
  })
  const legalZone = legal ? legalZoneSchema.safeParse(legal) : null
  return {
    template: {
      ...rest,
      format,
      page,
      background: /^#[0-9a-f]{6}$/i.test(background) ? background : '#ffffff',
      fields: rows.map((row) => row.field),
      legal: legalZone?.success ? legalZone.data : null,
    },
    rowIndices: rows.map((row) => row.index),
    legalIncomplete: Boolean(legalZone && !legalZone.success),
  }
}
