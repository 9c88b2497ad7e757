import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content'

import type { LocaleCode } from '../../publication/locales'
import { perBuild, warmContentSource } from './buildScope'
import { noteRead, readKeysOfKind } from './pageReads'

/** Resource types that have an index page with filters. */
export { listedTypes, type ListedType } from '../../publication/registry'

export type Entry<Key extends CollectionKey> = CollectionEntry<Key>['data']

const byDateDesc = (a: { publishedAt: string | null }, b: { publishedAt: string | null }) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')

const listsOfThisBuild = perBuild(() => new Map<string, Promise<unknown[]>>())

/** Every entry of a collection, from Astro's content layer or, in the warm builder, from its snapshot. */
const entriesOf = (collection: CollectionKey): Promise<unknown[]> =>
  warmContentSource()?.entries(collection) ?? getCollection(collection).then((entries) => entries.map((entry) => entry.data))

/**
 * The entries of a collection in one language, newest first. Memoised: many
 * pages need the same lists and a build renders thousands of pages.
 */
export function entriesIn<Key extends CollectionKey>(collection: Key, locale: LocaleCode): Promise<Entry<Key>[]> {
  const key = `${collection}/${locale}`
  const cache = listsOfThisBuild()
  if (!cache.has(key)) {
    cache.set(
      key,
      entriesOf(collection).then((entries) =>
        (entries as Entry<Key>[])
          .filter((data) => data.locale === locale)
          .sort((a, b) => ('publishedAt' in a && 'publishedAt' in b ? byDateDesc(a, b) : 0)),
      ),
    )
  }
  noteRead(`entries:${key}`, () => cache.get(key))
  return cache.get(key) as Promise<Entry<Key>[]>
}

readKeysOfKind('entries', (key) => {
  const [collection, locale] = key.split('/')
  return entriesIn(collection as CollectionKey, locale as LocaleCode)
})

/** Themes of one language, by slug. */
export async function themesIn(locale: LocaleCode) {
  const themes = await entriesIn('themes', locale)
  return new Map(themes.map((theme) => [theme.slug, theme]))
}
