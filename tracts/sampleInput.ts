/** What the admin preview fills a template with: the editor's default values, else a sample of each field's type in the template's language. */
import { defaultInput } from './input'
import { sampleTextsIn } from './messages'
import type { FieldType, TractInput, TractTemplate } from './template'

const isoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** Sample data by field type; a logo has none (the activist brings their own image). */
const samples = (locale: string, now: Date): Record<FieldType, string> => {
  const texts = sampleTextsIn(locale)
  return {
    line: texts.line,
    multiline: texts.multiline,
    date: isoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)),
    time: '18:30',
    place: texts.place,
    url: 'https://example.org/rdv',
    logo: '',
  }
}

/** The default input (IPNS mention), with samples, cut to each field's maximum length, where a field has no default value. */
export function sampleInput(template: TractTemplate, now = new Date()): TractInput {
  const input = defaultInput(template)
  const byType = samples(template.locale, now)
  for (const field of template.fields) {
    if (input.values[field.key]?.trim()) continue
    input.values[field.key] = [...byType[field.type]].slice(0, field.maxLength).join('')
  }
  return input
}
