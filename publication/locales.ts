import { env } from '../env'

/**
 * The languages of the hub. Adding a language is one entry here plus one
 * UI-strings file for the public site (see README, "Adding a language").
 * Imported by the CMS, the seed, search and the public site alike.
 */
export const locales = [
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'es', label: 'Español', dir: 'ltr' },
  { code: 'de', label: 'Deutsch', dir: 'ltr' },
  { code: 'it', label: 'Italiano', dir: 'ltr' },
  { code: 'pt', label: 'Português', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const

export type LocaleCode = (typeof locales)[number]['code']

export const defaultLocale: LocaleCode = 'fr'

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

export const isLocaleCode = (value: unknown): value is LocaleCode => typeof value === 'string' && (localeCodes as string[]).includes(value)

/**
 * The languages the site is built in: every CMS language, or the subset named
 * in `SITE_LOCALES` (e.g. `fr,en,es`) for a deployment that publishes fewer.
 * French, the source language, is always built.
 */
const wanted = env.siteLocales

export const siteLocales = locales.filter(({ code }) => code === defaultLocale || !wanted || wanted.includes(code))

export const siteLocaleCodes: LocaleCode[] = siteLocales.map(({ code }) => code)

export const directionOf = (code: LocaleCode) => siteLocales.find((locale) => locale.code === code)?.dir ?? 'ltr'
