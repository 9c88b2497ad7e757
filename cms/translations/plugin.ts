import type { CollectionConfig, Plugin } from 'payload'

import { translationEndpoints } from '../endpoints/translations'
import { withFrenchSource } from './frenchSourceFields'
import { withLanguageStatus } from './languageStatus'
import { toTranslateFilter } from './listFilter'
import { translatorLocalesFirst } from './localeMenu'
import { withFrenchTitles } from './titles'
import { forgetTranslationsAfterDelete, trackTranslationsAfterChange } from './trackTranslations'
import { isTranslatableCollection } from './translatableCollections'

const components = '/cms/components/translationsDashboard'

/**
 * What the translation tools add to a translatable collection: its status kept on every save;
 * in its edit view, each language's status beside the language switch and the French under
 * every field being translated; the French title where a translation has none; its list's
 * filter "to translate into <language>".
 */
const translatable = (collection: CollectionConfig): CollectionConfig =>
  withFrenchTitles(
    withLanguageStatus({
      ...collection,
      fields: withFrenchSource(collection.fields),
      admin: {
        ...collection.admin,
        baseFilter: toTranslateFilter(collection.slug),
        components: {
          ...collection.admin?.components,
          beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), `${components}/ToTranslateFilter#ToTranslateFilter`],
        },
      },
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), trackTranslationsAfterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), forgetTranslationsAfterDelete],
      },
    }),
  )

/**
 * The translators' tools: each translatable document's status per language kept up to date
 * (cms/translations/trackTranslations.ts), the Translations dashboard (`/admin/translations`) and
 * its link in the navigation, the list filters, and the endpoints that read, export and import.
 */
export const translationsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isTranslatableCollection(collection.slug) ? translatable(collection) : collection,
  ),
  endpoints: [...(config.endpoints ?? []), ...translationEndpoints],
  // A translator's languages first in the language menu, the others marked read-only.
  localization: config.localization && { ...config.localization, filterAvailableLocales: translatorLocalesFirst },
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), `${components}/TranslationsNavLink#TranslationsNavLink`],
      views: {
        ...config.admin?.components?.views,
        translations: { Component: `${components}/TranslationsView#TranslationsView`, path: '/translations' },
      },
    },
  },
})
