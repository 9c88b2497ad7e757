import { defineCollection } from 'astro:content'

import { resourceSchema, themeSchema, tractSchema } from './data/schema'
import { snapshotLoader } from './loaders/snapshot'

/** Every collection comes from the CMS export (site/data/export.ts); ids are `<locale>/<slug>`. */
export const collections = {
  themes: defineCollection({ loader: snapshotLoader('themes'), schema: themeSchema }),
  trainings: defineCollection({ loader: snapshotLoader('trainings'), schema: ({ image }) => resourceSchema('trainings', image) }),
  videos: defineCollection({ loader: snapshotLoader('videos'), schema: ({ image }) => resourceSchema('videos', image) }),
  infographics: defineCollection({ loader: snapshotLoader('infographics'), schema: ({ image }) => resourceSchema('infographics', image) }),
  sheets: defineCollection({ loader: snapshotLoader('sheets'), schema: ({ image }) => resourceSchema('sheets', image) }),
  bibliographies: defineCollection({ loader: snapshotLoader('bibliographies'), schema: ({ image }) => resourceSchema('bibliographies', image) }),
  faqs: defineCollection({ loader: snapshotLoader('faqs'), schema: ({ image }) => resourceSchema('faqs', image) }),
  programme: defineCollection({ loader: snapshotLoader('programme'), schema: ({ image }) => resourceSchema('programme', image) }),
  visuals: defineCollection({ loader: snapshotLoader('visuals'), schema: ({ image }) => resourceSchema('visuals', image) }),
  tracts: defineCollection({ loader: snapshotLoader('tracts'), schema: ({ image }) => tractSchema(image) }),
}
