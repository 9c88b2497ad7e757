import { contentLocales, type ContentLocale, type Localized } from '../types'

const localeSet = new Set<string>(contentLocales)

/** A `Localized` value is an object with `fr` and only locale keys. */
export const isLocalized = (value: unknown): value is Localized<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  'fr' in value &&
  Object.keys(value).every((key) => localeSet.has(key))

/**
 * The data of one locale from a seed value that mixes shared and localized
 * parts: localized leaves become that locale's text (or disappear when not
 * translated, so the CMS falls back to French), shared leaves are kept for fr
 * only, and array rows keep their positions so they can be matched to the
 * rows the CMS created.
 */
export const pickLocale = (
  value: unknown,
  locale: ContentLocale,
  convert: (text: unknown, key: string) => unknown = (text) => text,
  key = '',
): unknown => {
  if (isLocalized(value)) {
    const text = (value as Record<string, unknown>)[locale]
    return text === undefined ? undefined : convert(text, key)
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => pickLocale(item, locale, convert, key))
    return items.every((item) => item === undefined) ? undefined : items
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([innerKey, inner]) => [innerKey, pickLocale(inner, locale, convert, innerKey)] as const)
      .filter(([, inner]) => inner !== undefined)
    return Object.fromEntries(entries)
  }
  return locale === 'fr' ? value : undefined
}

/** Does this seed value carry any text in `locale`? */
export const hasLocale = (value: unknown, locale: ContentLocale): boolean => {
  if (isLocalized(value)) return (value as Record<string, unknown>)[locale] !== undefined
  if (Array.isArray(value)) return value.some((item) => hasLocale(item, locale))
  if (typeof value === 'object' && value !== null) return Object.values(value).some((inner) => hasLocale(inner, locale))
  return false
}

/**
 * Copies the `id` of every array row of `saved` (the document as the CMS
 * stored it) onto the matching row of `data`, so that a later update in
 * another locale fills the same rows instead of replacing them.
 */
export const withRowIds = (data: unknown, saved: unknown): unknown => {
  if (Array.isArray(data) && Array.isArray(saved)) {
    return data.map((row, index) => {
      const savedRow = saved[index] as Record<string, unknown> | undefined
      const merged = withRowIds(row, savedRow)
      return savedRow && typeof merged === 'object' && merged !== null ? { ...merged, id: savedRow.id } : merged
    })
  }
  if (typeof data === 'object' && data !== null && typeof saved === 'object' && saved !== null) {
    return Object.fromEntries(Object.entries(data).map(([key, inner]) => [key, withRowIds(inner, (saved as Record<string, unknown>)[key])]))
  }
  return data
}
