import { defineCollection } from 'astro:content'

import { createSchemas, type SnapshotCollection } from './data/schema'
import { snapshotLoader } from './loaders/snapshot'

/** Every collection comes from the CMS export; ids are `<locale>/<slug>`. */
const collection = <Key extends SnapshotCollection>(key: Key) =>
  defineCollection({
    loader: snapshotLoader(key),
    schema: ({ image }) => createSchemas(image)[key],
  })

export const collections = {
  themes: collection('themes'),
  trainings: collection('trainings'),
  videos: collection('videos'),
  infographics: collection('infographics'),
  sheets: collection('sheets'),
  bibliographies: collection('bibliographies'),
  faqs: collection('faqs'),
  programme: collection('programme'),
  visuals: collection('visuals'),
}
