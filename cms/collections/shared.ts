import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { keepRowTranslations } from '../hooks/keepRowTranslations'
import { publishThisLanguageOnly } from '../hooks/publishThisLanguageOnly'
import { restoreAsDraftOnly } from '../hooks/restoreAsDraftOnly'
import { restrictTranslators } from '../hooks/restrictTranslators'
import { saveDraftsOrPublish } from '../hooks/saveDraftsOrPublish'

/**
 * What every publishable content collection shares: drafts with scheduled
 * publishing, a bounded version history, the content access rules, updates that
 * are drafts or publications, rows that keep their translations, the translator
 * restrictions, publication one language at a time, and versions restored as drafts only.
 */
export const publishable = {
  access: contentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [saveDraftsOrPublish, keepRowTranslations, publishThisLanguageOnly, restoreAsDraftOnly],
    beforeValidate: [restrictTranslators],
  },
} satisfies Partial<CollectionConfig>

export const contentGroup = { fr: 'Contenus', en: 'Content' }
export const libraryGroup = { fr: 'Médiathèque', en: 'Media library' }
export const tractsGroup = { fr: 'Tracts et affiches', en: 'Leaflets and posters' }
export const mobilisationGroup = { fr: 'Mobilisation', en: 'Mobilisation' }
export const moneyGroup = { fr: 'Dons', en: 'Donations' }
export const settingsGroup = { fr: 'Réglages', en: 'Settings' }
export const siteGroup = { fr: 'Site public', en: 'Public site' }
