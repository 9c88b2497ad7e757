import type { CollectionBeforeChangeHook } from 'payload'

interface ChapterData {
  number?: number | null
  sections?: { measures?: { number?: string | null }[] | null }[] | null
}

/**
 * Measures are numbered "chapter.position" across the whole chapter, so
 * "mesure 3.4" means the same thing in every language and on every page.
 */
export const numberMeasures: CollectionBeforeChangeHook = ({ data }) => {
  const chapter = data as ChapterData
  let position = 0
  for (const section of chapter.sections ?? []) {
    for (const measure of section.measures ?? []) {
      position += 1
      measure.number = `${chapter.number ?? 0}.${position}`
    }
  }
  return data
}
