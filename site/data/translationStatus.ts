/** Keys that are not text a translator writes. */
const untranslatableKeys = new Set(['id', 'createdAt', 'updatedAt', '_status', 'meta'])

/**
 * True when `translation` has its own text wherever `source` (French) has
 * text: a title alone does not make a translated page. Rich text counts as
 * present or absent; numbers, dates and relations are shared by all languages.
 */
export function isFullyTranslated(source: unknown, translation: unknown): boolean {
  if (source === null || source === undefined || source === '') return true
  if (typeof source === 'string') return typeof translation === 'string' && translation.trim() !== ''
  if (Array.isArray(source)) return Array.isArray(translation) && source.every((item, index) => isFullyTranslated(item, translation[index]))
  if (typeof source === 'object') {
    if (translation === null || typeof translation !== 'object') return false
    if ('root' in source) return true
    return Object.entries(source).every(
      ([key, value]) => untranslatableKeys.has(key) || isFullyTranslated(value, (translation as Record<string, unknown>)[key]),
    )
  }
  return true
}

/** The fields a resource is listed by: translated, they let cards and headings speak the page's language. */
const headingKeys = ['title', 'question', 'summary']

export function isHeadingTranslated(source: unknown, translation: unknown): boolean {
  const pick = (doc: unknown) =>
    Object.fromEntries(headingKeys.map((key) => [key, doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[key] : undefined]))
  return isFullyTranslated(pick(source), pick(translation))
}
