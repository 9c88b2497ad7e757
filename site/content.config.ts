import { defineCollection } from 'astro:content'

import { resourceSchema, themeSchema, tractSchema } from '../publication/schema'
import { snapshotLoader } from './loaders/snapshot'

/** Every collection comes from the snapshot (publication/snapshot/writeSnapshot.ts); ids are `<locale>/<slug>`. */
export const collections = {
  themes: defineCollection({ loader: snapshotLoader('themes'), schema: themeSchema }),
  trainings: defineCollection({ loader: snapshotLoader('trainings'), schema: resourceSchema('trainings') }),
  videos: defineCollection({ loader: snapshotLoader('videos'), schema: resourceSchema('videos') }),
  infographics: defineCollection({ loader: snapshotLoader('infographics'), schema: resourceSchema('infographics') }),
  sheets: defineCollection({ loader: snapshotLoader('sheets'), schema: resourceSchema('sheets') }),
  bibliographies: defineCollection({ loader: snapshotLoader('bibliographies'), schema: resourceSchema('bibliographies') }),
  faqs: defineCollection({ loader: snapshotLoader('faqs'), schema: resourceSchema('faqs') }),
  programme: defineCollection({ loader: snapshotLoader('programme'), schema: resourceSchema('programme') }),
  visuals: defineCollection({ loader: snapshotLoader('visuals'), schema: resourceSchema('visuals') }),
  tracts: defineCollection({ loader: snapshotLoader('tracts'), schema: tractSchema }),
}
