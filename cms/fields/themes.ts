import type { RelationshipField } from 'payload'

export const themesField: RelationshipField = {
  name: 'themes',
  type: 'relationship',
  relationTo: 'themes',
  hasMany: true,
  index: true,
  label: { fr: 'Thèmes', en: 'Themes' },
  admin: { position: 'sidebar' },
}
