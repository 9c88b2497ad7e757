import { defaultLocale, type LocaleCode, locales } from '../../cms/locales'

/**
 * The languages the site is built in: every CMS language, or the subset named
 * in `SITE_LOCALES` (e.g. `fr,en,es`) for a deployment that publishes fewer.
 * French, the source language, is always built.
 */
const wanted = process.env.SITE_LOCALES?.split(',').map((code) => code.trim())

export const siteLocales = locales.filter(({ code }) => code === defaultLocale || !wanted || wanted.includes(code))

export const siteLocaleCodes: LocaleCode[] = siteLocales.map(({ code }) => code)

export const directionOf = (code: LocaleCode) => siteLocales.find((locale) => locale.code === code)?.dir ?? 'ltr'

export { defaultLocale, type LocaleCode }
