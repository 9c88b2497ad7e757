import { defineCollection } from 'astro:content'

import { createSchemas } from './data/schema'
import { snapshotLoader } from './loaders/snapshot'

/** Every collection comes from the CMS export (site/data/export.ts); ids are `<locale>/<slug>`. */
export const collections = {
  themes: defineCollection({ loader: snapshotLoader('themes'), schema: ({ image }) => createSchemas(image).themes }),
  trainings: defineCollection({ loader: snapshotLoader('trainings'), schema: ({ image }) => createSchemas(image).trainings }),
  videos: defineCollection({ loader: snapshotLoader('videos'), schema: ({ image }) => createSchemas(image).videos }),
  infographics: defineCollection({ loader: snapshotLoader('infographics'), schema: ({ image }) => createSchemas(image).infographics }),
  sheets: defineCollection({ loader: snapshotLoader('sheets'), schema: ({ image }) => createSchemas(image).sheets }),
  bibliographies: defineCollection({ loader: snapshotLoader('bibliographies'), schema: ({ image }) => createSchemas(image).bibliographies }),
  faqs: defineCollection({ loader: snapshotLoader('faqs'), schema: ({ image }) => createSchemas(image).faqs }),
  programme: defineCollection({ loader: snapshotLoader('programme'), schema: ({ image }) => createSchemas(image).programme }),
  visuals: defineCollection({ loader: snapshotLoader('visuals'), schema: ({ image }) => createSchemas(image).visuals }),
  tracts: defineCollection({ loader: snapshotLoader('tracts'), schema: ({ image }) => createSchemas(image).tracts }),
}
