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

/** Whether one top-level text field (`title`, `summary`…) has its own text in the translation. */
export const isFieldTranslated = (source: unknown, translation: unknown, field: string) =>
  isFullyTranslated(fieldOf(source, field), fieldOf(translation, field))

const fieldOf = (doc: unknown, field: string) => (doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[field] : undefined)
