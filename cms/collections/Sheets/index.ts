import type { CollectionConfig } from 'payload'
import type { z } from 'zod'

import { sheetKind } from '../../../publication/schema'
import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { contentGroup, publishable } from '../shared'

/** How editors see each kind of publication/schema.ts: the compiler asks for a label for every value. */
const kindLabels: Record<z.infer<typeof sheetKind>, Record<string, string>> = {
  sheet: { fr: 'Fiche pratique', en: 'Practical sheet' },
  tutorial: { fr: 'Tutoriel', en: 'Tutorial' },
}

/** Practical sheets ("fiches pratiques") and tutorials: a short text, ordered steps, printable PDFs. */
export const Sheets: CollectionConfig = {
  slug: 'sheets',
  labels: {
    singular: { fr: 'Fiche pratique', en: 'Practical sheet' },
    plural: { fr: 'Fiches pratiques et tutoriels', en: 'Practical sheets and tutorials' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', '_status', 'updatedAt'], group: contentGroup },
  ...publishable,
  fields: [
    titleField,
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'sheet',
      index: true,
      label: { fr: 'Type', en: 'Kind' },
      options: sheetKind.options.map((value) => ({ value, label: kindLabels[value] })),
    },
    summaryField,
    { name: 'body', type: 'richText', localized: true, required: true, label: { fr: 'Contenu', en: 'Content' } },
    {
      name: 'steps',
      type: 'array',
      label: { fr: 'Étapes', en: 'Steps' },
      labels: { singular: { fr: 'Étape', en: 'Step' }, plural: { fr: 'Étapes', en: 'Steps' } },
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre', en: 'Title' } },
        { name: 'body', type: 'richText', localized: true, label: { fr: 'Détail', en: 'Details' } },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'files',
      hasMany: true,
      label: { fr: 'PDF à imprimer', en: 'Printable PDFs' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    themesField,
    publishedAtField,
  ],
}
