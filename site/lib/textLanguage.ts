import { defaultLocale, directionOf, type LocaleCode } from '../../publication/locales'

/**
 * `lang` and `dir` for a piece of text: none when it is in the language
 * around it, its own otherwise (French fallback text inside an Arabic page,
 * an Arabic title inside a French fallback block).
 */
export const languageAttributes = (textLocale: LocaleCode, surrounding: LocaleCode) =>
  textLocale === surrounding ? {} : { lang: textLocale, dir: directionOf(textLocale) }

/** The language a text is shown in on a page in `locale`: its own when translated, else French. */
export const shownIn = (translated: boolean, locale: LocaleCode): LocaleCode => (translated ? locale : 'fr')

/** The language of a resource's body text, title and summary, on a page in `locale`. */
export const textLocales = (entry: { translated: boolean; titleTranslated: boolean; summaryTranslated: boolean }, locale: LocaleCode) => ({
  body: shownIn(entry.translated, locale),
  title: shownIn(entry.titleTranslated, locale),
  summary: shownIn(entry.summaryTranslated, locale),
})

/**
 * Whether a page in `locale` says its translation may be out of date: only for text in that
 * language whose French original changed since (a French fallback says it is untranslated instead).
 */
export const isOutdatedTranslation = (entry: { translated: boolean; translationOutdated: boolean }, locale: LocaleCode) =>
  locale !== defaultLocale && entry.translated && entry.translationOutdated
