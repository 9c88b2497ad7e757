import { directionOf, type LocaleCode } from './locales'

/**
 * `lang` and `dir` for a piece of text: none when it is in the language
 * around it, its own otherwise (French fallback text inside an Arabic page,
 * an Arabic title inside a French fallback block).
 */
export const languageAttributes = (textLocale: LocaleCode, surrounding: LocaleCode) =>
  textLocale === surrounding ? {} : { lang: textLocale, dir: directionOf(textLocale) }

/** The language of a resource's body text and of its title and summary, on a page in `locale`. */
export const textLocales = (entry: { translated: boolean; headingTranslated: boolean }, locale: LocaleCode) => ({
  body: entry.translated ? locale : ('fr' as LocaleCode),
  heading: entry.headingTranslated ? locale : ('fr' as LocaleCode),
})
