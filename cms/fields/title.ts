import type { TextField } from 'payload'

/** The translated title every publishable resource starts with. */
export const titleField: TextField = {
  name: 'title',
  type: 'text',
  localized: true,
  required: true,
  label: { fr: 'Titre', en: 'Title' },
}
