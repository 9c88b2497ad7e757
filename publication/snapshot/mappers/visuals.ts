import type { Visual } from '../../../cms/payload-types'
import { responsiveSizeNames } from '../../responsiveImages'
import type { Mapper } from './context'
import { themeSlugs } from './resource'

/** A visual its editors marked downloadable, with its sizes; the others have no entry. */
export const visuals: Mapper<'visuals', Visual> = (doc, { locale, translation, media }) => {
  if (!doc.downloadable || !doc.filename) return null
  // Every size but the responsive copies (they are the pages' pictures) is offered for download.
  const downloadable = Object.entries(doc.sizes ?? {}).filter(([name]) => !responsiveSizeNames.has(name))
  const sizes = downloadable.flatMap(([name, size]) => {
    const url = media.publish('visuals', size?.filename)
    return url && size?.width && size.height
      ? [{ name, url, title: doc.title, mimeType: size.mimeType ?? '', bytes: size.filesize ?? 0, width: size.width, height: size.height }]
      : []
  })
  const original = media.publish('visuals', doc.filename)
  return {
    locale,
    slug: String(doc.id),
    translated: translation.translated,
    translationOutdated: translation.outdated,
    titleTranslated: translation.titleTranslated,
    summaryTranslated: true,
    title: doc.title,
    summary: '',
    themes: themeSlugs(doc.themes),
    publishedAt: doc.createdAt,
    featured: false,
    seo: { title: null, description: null },
    image: media.picture(doc),
    credit: doc.credit,
    licence: doc.licence,
    width: doc.width ?? 0,
    height: doc.height ?? 0,
    sizes: [
      ...sizes.sort((a, b) => a.width - b.width),
      ...(original
        ? [
            {
              name: 'original',
              url: original,
              title: doc.title,
              mimeType: doc.mimeType ?? '',
              bytes: doc.filesize ?? 0,
              width: doc.width ?? 0,
              height: doc.height ?? 0,
            },
          ]
        : []),
    ],
  }
}
