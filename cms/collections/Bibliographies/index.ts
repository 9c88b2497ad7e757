import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { urlField } from '../../fields/url'
import { hubT } from '../../i18n/hubT'
import { isValidIsbn } from '../../utilities/isbn'
import { contentGroup, publishable } from '../shared'

const validateIsbn: TextFieldSingleValidation = (value, { req }) => !value || isValidIsbn(value) || hubT(req, 'isbnInvalid')

/** Annotated reading lists. */
export const Bibliographies: CollectionConfig = {
  slug: 'bibliographies',
  labels: { singular: { fr: 'Bibliographie', en: 'Bibliography' }, plural: { fr: 'Bibliographies', en: 'Bibliographies' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: contentGroup },
  ...publishable,
  fields: [
    titleField,
    slugField(),
    summaryField,
    { name: 'intro', type: 'richText', localized: true, label: { fr: 'Introduction', en: 'Introduction' } },
    {
      name: 'entries',
      type: 'array',
      minRows: 1,
      required: true,
      label: { fr: 'Références', en: 'Entries' },
      labels: { singular: { fr: 'Référence', en: 'Entry' }, plural: { fr: 'Références', en: 'Entries' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'author', type: 'text', required: true, label: { fr: 'Auteur·ice', en: 'Author' } },
            { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'publisher', type: 'text', label: { fr: 'Éditeur', en: 'Publisher' } },
            { name: 'year', type: 'number', min: 1400, max: 2100, label: { fr: 'Année', en: 'Year' } },
            {
              name: 'isbn',
              type: 'text',
              label: 'ISBN',
              validate: validateIsbn,
            },
          ],
        },
        urlField({ name: 'url', label: { fr: 'Lien', en: 'Link' } }),
        { name: 'annotation', type: 'textarea', localized: true, label: { fr: 'Annotation', en: 'Annotation' } },
      ],
    },
    themesField,
    publishedAtField,
  ],
}
