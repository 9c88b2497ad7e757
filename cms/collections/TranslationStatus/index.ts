import type { Access, CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { hasRole, translatorLocales } from '../../access/roles'
import { settingsGroup } from '../shared'

/** Editors and admins read every language's status; a translator reads their languages'. */
const staffInTheirLanguages: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'translator')) return false
  return { locale: { in: translatorLocales(user) } }
}

/**
 * One document's translation in one language: its status (missing, outdated, up to date), the
 * count of its texts in each, each text's status by path, and the French each translated text
 * was made from (`sources`: hashes, cms/translations/trackTranslations.ts). Languages are plain
 * text, so that adding one needs no migration. Written by the server alone, on every save.
 */
export const TranslationStatus: CollectionConfig = {
  slug: 'translation-status',
  labels: {
    singular: { fr: 'État d’une traduction', en: 'Translation status' },
    plural: { fr: 'États des traductions', en: 'Translation statuses' },
  },
  admin: { hidden: true, group: settingsGroup },
  graphQL: false,
  access: { read: staffInTheirLanguages, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['collection', 'document', 'locale'], unique: true }],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'document', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true, index: true },
    /** The French title, for the dashboard's links: public text, never a person's. */
    { name: 'title', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: ['missing', 'outdated', 'upToDate'],
    },
    { name: 'missing', type: 'number', required: true, defaultValue: 0 },
    { name: 'outdated', type: 'number', required: true, defaultValue: 0 },
    { name: 'upToDate', type: 'number', required: true, defaultValue: 0 },
    { name: 'fields', type: 'json' },
    { name: 'sources', type: 'json' },
  ],
}
