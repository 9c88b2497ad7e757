import type { CheckboxField, DateField } from 'payload'

/** Date shown to visitors and used to sort "latest"; set on first publication. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { fr: 'Date de publication', en: 'Publication date' },
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  hooks: {
    beforeChange: [({ siblingData, value }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)],
  },
}

export const featuredField: CheckboxField = {
  name: 'featured',
  type: 'checkbox',
  defaultValue: false,
  label: { fr: 'À la une', en: 'Featured' },
  admin: { position: 'sidebar' },
}
