import type { TextField } from 'payload'

import { hubT } from '../i18n/hubT'
import { isSlug, slugify } from '../utilities/slugify'

const fillsFromSource = (source: unknown): boolean => typeof source === 'string' && slugify(source) !== ''

/**
 * The URL name of a document: unique in its collection and the same in every
 * language (so a language switch keeps the resource). Filled from the source
 * field when left empty.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: { fr: 'Identifiant d’URL', en: 'URL slug' },
  unique: true,
  index: true,
  required: true,
  admin: {
    position: 'sidebar',
    // Required of the document (always set on save), not of the editor: no required star.
    components: { Label: '/cms/components/admin/FilledInLabel#FilledInLabel' },
    description: {
      fr: 'Rempli depuis le titre français si vide. Identique dans toutes les langues.',
      en: 'Filled from the French title when empty. The same in every language.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ data, value }) => {
        if (typeof value === 'string' && value.trim() !== '') return value.trim()
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  // Left empty, it is filled from the source on save (the hook above): the admin's form checks it
  // before that hook runs, and must not refuse an empty slug whose source will fill it.
  validate: (value: string | null | undefined, { data, req }) => {
    if (!value) return fillsFromSource((data as Record<string, unknown> | undefined)?.[sourceField]) || req.t('validation:required')
    return isSlug(value) || hubT(req, 'slugInvalid')
  },
})
