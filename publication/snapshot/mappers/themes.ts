import type { Theme } from '../../../cms/payload-types'
import type { Mapper } from './context'

export const themes: Mapper<'themes', Theme> = (doc, { locale, translation }) => ({
  locale,
  slug: doc.slug,
  translated: translation.translated,
  translationOutdated: translation.outdated,
  name: doc.name,
  description: doc.description ?? '',
  colour: doc.colour,
})
