import type { TextField } from 'payload'

import { hubT } from '../i18n/hubT'
import { isSlug, slugify } from '../utilities/slugify'

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
  validate: (value: string | null | undefined, { req }) => {
    if (!value) return req.t('validation:required')
    return isSlug(value) || hubT(req, 'slugInvalid')
  },
})
