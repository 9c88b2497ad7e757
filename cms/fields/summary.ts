import type { TextareaField } from 'payload'

/** One or two sentences shown on cards, in search results and as the default meta description. */
export const summaryField: TextareaField = {
  name: 'summary',
  type: 'textarea',
  localized: true,
  required: true,
  maxLength: 400,
  label: { fr: 'Résumé', en: 'Summary' },
}
