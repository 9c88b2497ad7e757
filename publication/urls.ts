/** Every URL of the site is built here, so that links and routes agree. */

const segment = (value: string | number) => encodeURIComponent(String(value))

/** `/fr/trainings/slug/`: always a language first, always a trailing slash. */
export const pathTo = (locale: string, ...segments: (string | number)[]) =>
  `/${[locale, ...segments].map(segment).join('/')}/`.replace(/\/+$/, '/')

export const homePath = (locale: string) => pathTo(locale)

export const resourcePath = (locale: string, type: string, slug: string) => pathTo(locale, type, slug)

export const lessonPath = (locale: string, training: string, lesson: string) => pathTo(locale, 'trainings', training, lesson)

export const themePath = (locale: string, theme: string) => pathTo(locale, 'themes', theme)

/** The same page in another language: swaps the first path segment. */
export const switchLocale = (path: string, locale: string) => path.replace(/^\/[^/]+\//, `/${locale}/`)

/** The path of a page without its language (what pairs translations in the sitemap and hreflang). */
export const withoutLocale = (path: string) => path.replace(/^\/[^/]+\//, '/')
