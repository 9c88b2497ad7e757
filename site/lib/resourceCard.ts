import type { Entry } from './content'
import { oncePerObject } from './digest'
import type { ResourcePageType } from '../../publication/registry'

/** The types a resource card shows (components/ResourceCard.astro); visuals have cards of their own. */
export type CardType = Exclude<ResourcePageType, 'visuals'>

declare const made: unique symbol

/**
 * What a resource's card shows: picture, title, summary, the languages they are in, and its key facts
 * (a training's level and length, a video's duration, a sheet's kind). The listings and theme pages are
 * given only this, and their page records digest it: they are rendered again when a card changed, not
 * when a lesson's text or anything else only the resource's own page shows did.
 */
export type ResourceCardEntry = Pick<
  Entry<CardType>,
  'slug' | 'title' | 'summary' | 'translated' | 'titleTranslated' | 'summaryTranslated' | 'image'
> & {
  training?: Pick<Entry<'trainings'>, 'level' | 'durationMinutes'>
  durationSeconds?: number
  sheetKind?: Entry<'sheets'>['kind']
  /** Made by resourceCardOf only: a whole entry, which has the same fields, is not taken for a card. */
  readonly [made]: true
}

export const resourceCardOf = oncePerObject((entry: Entry<CardType>, type: CardType): ResourceCardEntry => {
  const { slug, title, summary, translated, titleTranslated, summaryTranslated, image } = entry
  const card = {
    ...{ slug, title, summary, translated, titleTranslated, summaryTranslated, image },
    ...('level' in entry ? { training: { level: entry.level, durationMinutes: entry.durationMinutes } } : {}),
    ...('durationSeconds' in entry ? { durationSeconds: entry.durationSeconds } : {}),
    ...(type === 'sheets' && 'kind' in entry ? { sheetKind: entry.kind as Entry<'sheets'>['kind'] } : {}),
  }
  return card as ResourceCardEntry
})
