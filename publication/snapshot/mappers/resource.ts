import type { Bibliography, Faq, Infographic, Programme, Sheet, Theme, Training, Video, Visual } from '../../../cms/payload-types'
import { populated, type Relation } from '../documents'
import type { MapContext } from './context'

export const themeSlugs = (themes: Relation<Theme>[] | null | undefined) =>
  (themes ?? []).flatMap((theme) => (populated(theme) ? [(theme as Theme).slug] : []))

type Resource = Training | Video | Infographic | Sheet | Bibliography | Faq | Programme

/** The fields every resource's entry has (publication/schema.ts resourceShape), but for visuals, which have no SEO fields. */
export const resourceFields = (doc: Resource, { locale, translation, media }: MapContext, title: string, image: Relation<Visual>) => ({
  locale,
  slug: doc.slug,
  translated: translation.translated,
  translationOutdated: translation.outdated,
  titleTranslated: translation.titleTranslated,
  summaryTranslated: translation.summaryTranslated,
  title,
  summary: 'summary' in doc ? doc.summary : '',
  themes: themeSlugs(doc.themes),
  // Not `updatedAt`: the document's, moved by a save in any language, it would change every language's pages.
  publishedAt: doc.publishedAt ?? null,
  featured: 'featured' in doc ? Boolean(doc.featured) : false,
  seo: { title: doc.meta?.title ?? null, description: doc.meta?.description ?? null },
  image: media.picture(image ?? doc.meta?.image),
})
