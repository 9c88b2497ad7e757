import type { CollectionConfig } from 'payload'

import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { contentGroup, publishable } from '../shared'
import { numberMeasures } from './hooks/numberMeasures'

/** The translated programme: ordered chapters → sections → numbered measures. */
export const Programme: CollectionConfig = {
  slug: 'programme',
  labels: {
    singular: { fr: 'Chapitre du programme', en: 'Programme chapter' },
    plural: { fr: 'Programme', en: 'Programme' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', '_status', 'updatedAt'], group: contentGroup },
  defaultSort: 'number',
  ...publishable,
  hooks: { ...publishable.hooks, beforeChange: [numberMeasures] },
  fields: [
    {
      name: 'number',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      label: { fr: 'Numéro du chapitre', en: 'Chapter number' },
      admin: { position: 'sidebar' },
    },
    titleField,
    slugField(),
    summaryField,
    { name: 'intro', type: 'richText', localized: true, label: { fr: 'Introduction', en: 'Introduction' } },
    {
      name: 'sections',
      type: 'array',
      minRows: 1,
      required: true,
      label: { fr: 'Sections', en: 'Sections' },
      labels: { singular: { fr: 'Section', en: 'Section' }, plural: { fr: 'Sections', en: 'Sections' } },
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre de la section', en: 'Section title' } },
        {
          name: 'measures',
          type: 'array',
          minRows: 1,
          required: true,
          label: { fr: 'Mesures', en: 'Measures' },
          labels: { singular: { fr: 'Mesure', en: 'Measure' }, plural: { fr: 'Mesures', en: 'Measures' } },
          fields: [
            {
              name: 'number',
              type: 'text',
              label: { fr: 'Numéro', en: 'Number' },
              admin: { readOnly: true, description: { fr: 'Attribué à l’enregistrement.', en: 'Assigned on save.' } },
            },
            { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Intitulé', en: 'Title' } },
            { name: 'text', type: 'richText', localized: true, label: { fr: 'Texte', en: 'Text' } },
          ],
        },
      ],
    },
    themesField,
    publishedAtField,
  ],
}
