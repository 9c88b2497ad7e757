/** What the activist types, checked before rendering: required fields, lengths, URLs, dates, times, the printer and logos. */
import { imageType } from './images.ts'
import { isPrintTemplate } from './page.ts'
import type { TractField, TractInput, TractTemplate } from './template.ts'

export interface InputProblem {
  /** A field key, or 'legal.name' / 'legal.address' for the printer. */
  field: string
  code: 'required' | 'tooLong' | 'invalidUrl' | 'invalidDate' | 'invalidTime' | 'printerMissing' | 'logoType'
  /** `field` (the label) and `max` where the message needs them. */
  params?: Record<string, string | number>
}

/** The form as the template's editor set it up: default values and the IPNS mention. */
export function defaultInput(template: TractTemplate): TractInput {
  return { values: Object.fromEntries(template.fields.map((field) => [field.key, field.defaultValue])), legal: { mode: 'ipns' } }
}

/** The value printed for a field: what was typed, or the default when the data says nothing about it. */
export const fieldValue = (field: TractField, input: TractInput): string => input.values[field.key] ?? field.defaultValue

/**
 * The URL a QR code encodes, or null when the text is not one. A missing scheme
 * means https ("mouvement.fr/groupe" is what people type); mailto: and tel: are kept.
 */
export function normaliseUrl(value: string): string | null {
  const text = value.trim()
  if (!text || /\s/.test(text)) return null
  if (/^mailto:/i.test(text)) return /^mailto:[^@]+@[^@]+\.[^@]+$/i.test(text) ? text : null
  if (/^tel:/i.test(text)) return /^tel:\+?[\d().-]{3,}$/i.test(text) ? text : null
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`
  try {
    const url = new URL(withScheme)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    return url.hostname.includes('.') || url.hostname === 'localhost' ? url.href : null
  } catch {
    return null
  }
}

/** A real calendar date `YYYY-MM-DD` as [year, month, day], or null. */
export function parseDate(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day] : null
}

/** A time `HH:MM` (24 h) as [hours, minutes], or null. */
export function parseTime(value: string): [number, number] | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim())
  return match ? [Number(match[1]), Number(match[2])] : null
}

function valueProblem(field: TractField, value: string): InputProblem['code'] | null {
  if (field.type === 'url' && !normaliseUrl(value)) return 'invalidUrl'
  if (field.type === 'date' && !parseDate(value)) return 'invalidDate'
  if (field.type === 'time' && !parseTime(value)) return 'invalidTime'
  return null
}

function fieldProblem(field: TractField, input: TractInput): InputProblem | null {
  const params = { field: field.label }
  if (field.type === 'logo') {
    const logo = input.logos?.[field.key]
    if (!logo) return field.required ? { field: field.key, code: 'required', params } : null
    const type = imageType(logo)
    return type === 'png' || type === 'jpeg' ? null : { field: field.key, code: 'logoType', params }
  }
  const value = fieldValue(field, input)
  if (!value.trim()) return field.required ? { field: field.key, code: 'required', params } : null
  // Characters, not UTF-16 units: an accented letter or an Arabic one counts once.
  if ([...value].length > field.maxLength) return { field: field.key, code: 'tooLong', params: { ...params, max: field.maxLength } }
  const code = valueProblem(field, value)
  return code ? { field: field.key, code, params } : null
}

/** Everything to fix before downloading; an empty list means the tract can be made. */
export function inputProblems(template: TractTemplate, input: TractInput): InputProblem[] {
  const problems = template.fields.map((field) => fieldProblem(field, input)).filter((problem) => problem !== null)
  const { legal } = input
  if (isPrintTemplate(template) && legal.mode === 'printer') {
    if (!legal.name.trim()) problems.push({ field: 'legal.name', code: 'printerMissing' })
    if (!legal.address.trim()) problems.push({ field: 'legal.address', code: 'printerMissing' })
  }
  return problems
}
