import type { TranslationState } from '../../../publication/translationSources'

/** A published French text, by path: the hash of its canonical form (empty texts left out). */
export type PublishedFrench = ReadonlyMap<string, string>

/**
 * The texts of one language that a French publication gave its translator to do: a published
 * French text that changed since `before` (the French published then; null when the document
 * was not published then) and whose translation is now outdated, or a French text that was not
 * there before (French gained text) and is not translated yet. A French change to a text that
 * was still untranslated gives no new work: it was already to translate.
 */
export function textsToUpdate(
  before: PublishedFrench | null,
  now: PublishedFrench,
  states: Readonly<Record<string, TranslationState>>,
): string[] {
  const paths: string[] = []
  for (const [path, hash] of now) {
    const previous = before?.get(path)
    if (previous === hash) continue
    const state = states[path]
    if (state === 'outdated' || (state === 'missing' && previous === undefined)) paths.push(path)
  }
  return paths
}
