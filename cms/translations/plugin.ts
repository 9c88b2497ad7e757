import type { CollectionConfig, Plugin } from 'payload'

import { translationEndpoints } from '../endpoints/translations'
import { forgetTranslationsAfterDelete, trackTranslationsAfterChange } from './trackTranslations'
import { isTranslatableCollection } from './translatableCollections'

/** What the translation tools add to a translatable collection: its status kept on every save. */
const tracked = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), trackTranslationsAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), forgetTranslationsAfterDelete],
  },
})

/**
 * The translators' tools: each translatable document's status per language kept up to date
 * (cms/translations/trackTranslations.ts) and the endpoints that read it.
 */
export const translationsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isTranslatableCollection(collection.slug) ? tracked(collection) : collection,
  ),
  endpoints: [...(config.endpoints ?? []), ...translationEndpoints],
})
