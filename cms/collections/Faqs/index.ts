import type { CollectionConfig } from 'payload'

import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { contentGroup, publishable } from '../shared'

export const faqCategories = [
  { value: 'movement', label: { fr: 'Le mouvement', en: 'The movement' } },
  { value: 'act', label: { fr: 'Agir', en: 'Taking action' } },
  { value: 'trainings', label: { fr: 'Formations', en: 'Trainings' } },
  { value: 'donations', label: { fr: 'Dons', en: 'Donations' } },
  { value: 'data', label: { fr: 'Données personnelles', en: 'Personal data' } },
  { value: 'tracts', label: { fr: 'Tracts et affiches', en: 'Leaflets and posters' } },
]

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: { fr: 'Question fréquente', en: 'FAQ' }, plural: { fr: 'Questions fréquentes', en: 'FAQs' } },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'category', 'order', '_status'], group: contentGroup },
  defaultSort: 'order',
  ...publishable,
  fields: [
    { name: 'question', type: 'text', localized: true, required: true, label: { fr: 'Question', en: 'Question' } },
    slugField('question'),
    { name: 'answer', type: 'richText', localized: true, required: true, label: { fr: 'Réponse', en: 'Answer' } },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          index: true,
          options: faqCategories,
          label: { fr: 'Catégorie', en: 'Category' },
        },
        { name: 'order', type: 'number', required: true, defaultValue: 1, min: 0, label: { fr: 'Ordre', en: 'Order' } },
      ],
    },
    themesField,
    publishedAtField,
  ],
}
