import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { seoCollections } from '../../publication/registry'
import { translatedSeoFields } from '../i18n/seoFields'
import { translationsPlugin } from '../translations/plugin'
import { parisDates } from './parisDates'
import { publicResponseCache } from './publicResponseCache'
import { rebuildSiteOnPublish } from './rebuildSiteOnPublish'
import { syncSearchOnPublish } from './syncSearchOnPublish'

interface TitledDoc {
  title?: string
  question?: string
  summary?: string
}

export const plugins: Plugin[] = [
  seoPlugin({
    collections: [...seoCollections],
    uploadsCollection: 'visuals',
    // Without tabs, fields placed in the sidebar (slug, themes, dates) stay there.
    tabbedUI: false,
    // Its fields named in every admin language (the plugin leaves them in English).
    fields: translatedSeoFields,
    generateTitle: ({ doc }) => {
      const { title, question } = doc as TitledDoc
      return `${title ?? question ?? ''} · Ressources`
    },
    generateDescription: ({ doc }) => (doc as TitledDoc).summary ?? '',
  }),
  rebuildSiteOnPublish,
  syncSearchOnPublish,
  // After the SEO plugin: its fields are translated texts too.
  translationsPlugin,
  // After every plugin that adds collections or fields: their dates too are shown in Paris time.
  parisDates,
  // Last, so that it sees every collection, including those plugins add.
  publicResponseCache,
]
