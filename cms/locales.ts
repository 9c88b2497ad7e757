/**
 * The languages of the hub. Adding a language is one entry here plus one
 * UI-strings file for the public site (see README, "Adding a language").
 * Pure data: imported by the CMS, the seed and the public site alike.
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

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)
