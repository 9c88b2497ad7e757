import type { TractTemplateDoc } from '../../../cms/payload-types'
import { type ArtworkUpload, toTractTemplate } from '../../toTractTemplate'
import type { Mapper } from './context'

export const tracts: Mapper<'tracts', TractTemplateDoc> = (doc, { locale, translation, media }) => ({
  // The engine loads the artwork from the site: its files are published under /media/tract-artwork/.
  ...toTractTemplate(doc, locale, (upload: ArtworkUpload) => media.publish('tract-artwork', upload.filename)),
  translated: translation.translated,
  translationOutdated: translation.outdated,
  // Drawn after the snapshot, filled in with sample data (site/data/tractPreviews.ts).
  preview: null,
})
