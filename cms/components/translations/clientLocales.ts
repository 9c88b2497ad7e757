import type { ClientConfig } from 'payload'

/** The source language, as the admin's browser knows it (French). */
export const defaultLocaleOf = (config: ClientConfig): string | undefined =>
  config.localization ? config.localization.defaultLocale : undefined

/** The languages of the menu, in its order (a translator's first: see cms/translations/localeMenu). */
export const localesOf = (config: ClientConfig) => (config.localization ? config.localization.locales : [])

/** Where the same view opens in another language. */
export const inLocale = (pathname: string, search: string, code: string): string => {
  const params = new URLSearchParams(search)
  params.set('locale', code)
  return `${pathname}?${params.toString()}`
}
