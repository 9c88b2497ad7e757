/** Words for what the live preview shows, for its alternative text. */
import { displayDate, displayTime } from '../../../tracts/format'
import type { TractInput, TractTemplate } from '../../../tracts/template'
import { type EditorStrings, fill } from './strings'

/** Dates and times as the visitor reads them (the engine's formats, in the page's language); anything else as typed. */
const shownValue = (type: string, value: string, locale: string) =>
  type === 'date' ? displayDate(value, locale) : type === 'time' ? displayTime(value, locale) : value

/** "Preview of “Public meeting”: Group: GA Lyon, Date: Thursday, 3 December 2026" — every filled field but logos. */
export function describePreview(
  template: TractTemplate,
  input: TractInput,
  locale: string,
  strings: Pick<EditorStrings, 'previewAlt' | 'previewAltEmpty' | 'previewValue'>,
): string {
  const parts = template.fields.flatMap((field) => {
    const value = (input.values[field.key] ?? '').trim()
    if (field.type === 'logo' || !value) return []
    return [fill(strings.previewValue, { label: field.label, value: shownValue(field.type, value, locale).replace(/\s*\n\s*/g, ' ') })]
  })
  if (!parts.length) return fill(strings.previewAltEmpty, { name: template.name })
  return fill(strings.previewAlt, { name: template.name, values: new Intl.ListFormat(locale, { type: 'unit' }).format(parts) })
}
