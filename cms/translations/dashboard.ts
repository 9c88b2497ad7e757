import type { Payload, TypedUser } from 'payload'

import { locales } from '../../publication/locales'
import type { TranslationState } from '../../publication/translationSources'
import { languagesShownTo } from './documentStatus'
import { interfaceStringsStatus } from './interfaceStrings'
import { type StateCounts, statusCounts } from './statusCounts'
import { missingSubtitleLanguages } from './subtitles'
import { translatableCollections } from './translatableCollections'

export type DashboardSort = 'reading' | 'work'

export interface CollectionProgress extends StateCounts {
  collection: string
  total: number
  /** Up to date, in whole percent of the documents (100 when there are none). */
  percent: number
}

export interface LanguageProgress {
  code: string
  label: string
  collections: CollectionProgress[]
  totals: StateCounts & { total: number; percent: number }
  /** The site's interface strings this language lacks. */
  interfaceStrings: { total: number; missing: string[] }
  /** The videos without a subtitle track in this language, out of how many. */
  subtitles: { videos: number; withoutTrack: number }
}

const percentOf = (upToDate: number, total: number) => (total === 0 ? 100 : Math.floor((upToDate / total) * 100))

const progressOf = (collection: string, counts: StateCounts): CollectionProgress => {
  const total = counts.missing + counts.outdated + counts.upToDate
  return { collection, ...counts, total, percent: percentOf(counts.upToDate, total) }
}

const toDo = (progress: StateCounts) => progress.missing + progress.outdated

/** How many videos have no subtitle track in each language (their tracks alone are read). */
const videosWithoutTrack = async (payload: Payload): Promise<{ videos: number; withoutTrack: Map<string, number> }> => {
  const { docs } = await payload.find({
    collection: 'videos',
    select: { subtitles: true },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const withoutTrack = new Map<string, number>()
  for (const video of docs) for (const code of missingSubtitleLanguages(video)) withoutTrack.set(code, (withoutTrack.get(code) ?? 0) + 1)
  return { videos: docs.length, withoutTrack }
}

/**
 * The Translations dashboard's figures for one member of staff: per language they see (a
 * translator, theirs), per translatable collection, the documents missing, outdated and up to
 * date; in the order visitors read them (the programme first) or the most work first; the
 * interface strings each language lacks; and the videos without a subtitle track in it.
 */
export async function translationsDashboard(
  payload: Payload,
  user: TypedUser,
  sort: DashboardSort = 'reading',
): Promise<LanguageProgress[]> {
  const shown = languagesShownTo(user)
  const [counts, subtitles] = await Promise.all([statusCounts(payload, shown), videosWithoutTrack(payload)])
  const strings = new Map(interfaceStringsStatus().map((status) => [status.locale, status]))
  return shown.map((code) => {
    const byCollection = counts.get(code) ?? new Map<string, StateCounts>()
    const collections = translatableCollections.map((collection) =>
      progressOf(collection, byCollection.get(collection) ?? { missing: 0, outdated: 0, upToDate: 0 }),
    )
    if (sort === 'work') collections.sort((a, b) => toDo(b) - toDo(a))
    const sum = (state: TranslationState) => collections.reduce((total, entry) => total + entry[state], 0)
    const totals = { missing: sum('missing'), outdated: sum('outdated'), upToDate: sum('upToDate') }
    const total = totals.missing + totals.outdated + totals.upToDate
    return {
      code,
      label: locales.find((locale) => locale.code === code)?.label ?? code,
      collections,
      totals: { ...totals, total, percent: percentOf(totals.upToDate, total) },
      interfaceStrings: { total: strings.get(code)?.total ?? 0, missing: strings.get(code)?.missing ?? [] },
      subtitles: { videos: subtitles.videos, withoutTrack: subtitles.withoutTrack.get(code) ?? 0 },
    }
  })
}
