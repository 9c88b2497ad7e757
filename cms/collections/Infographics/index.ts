import type { CollectionConfig } from 'payload'

import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { urlField } from '../../fields/url'
import { contentGroup, publishable } from '../shared'
import { keepInfographicsWhole } from './hooks/keepInfographicsWhole'

/** Sourced charts, each with a long description that gives every figure in words. */
export const Infographics: CollectionConfig = {
  slug: 'infographics',
  labels: { singular: { fr: 'Infographie', en: 'Infographic' }, plural: { fr: 'Infographies', en: 'Infographics' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: contentGroup },
  ...publishable,
  hooks: { ...publishable.hooks, afterChange: [keepInfographicsWhole] },
  fields: [
    titleField,
    slugField(),
    summaryField,
    { name: 'image', type: 'upload', relationTo: 'visuals', required: true, label: { fr: 'Image', en: 'Image' } },
    {
      name: 'altText',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 250,
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      admin: { description: { fr: 'Ce que montre l’image, en une phrase.', en: 'What the image shows, in one sentence.' } },
    },
    {
      name: 'longDescription',
      type: 'richText',
      localized: true,
      required: true,
      label: { fr: 'Description détaillée', en: 'Long description' },
      admin: {
        description: { fr: 'Tous les chiffres de l’infographie, en toutes lettres.', en: 'Every figure of the infographic, in words.' },
      },
    },
    {
      name: 'sources',
      type: 'array',
      minRows: 1,
      required: true,
      label: { fr: 'Sources', en: 'Sources' },
      labels: { singular: { fr: 'Source', en: 'Source' }, plural: { fr: 'Sources', en: 'Sources' } },
      fields: [
        { name: 'label', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Label' } },
        urlField({ name: 'url', label: { fr: 'Adresse', en: 'URL' }, required: true }),
      ],
    },
    {
      name: 'highResolution',
      type: 'upload',
      relationTo: 'files',
      label: { fr: 'Haute définition (téléchargement)', en: 'High resolution (download)' },
    },
    themesField,
    publishedAtField,
  ],
}
