import { createHash, hash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { type FacetKey, facetKeys } from './client/engine'
import { type SearchRecord, visualWords } from './records'
import { docsPerFile, type IndexedDoc, type IndexMeta, type Shard, staticIndexDir } from './staticIndexFormat'
import { type Analyzer, analyzerFor, maxShardLength, shardFile, shardOf } from './terms'
import { vocabularyByLength, vocabularyOf } from './vocabulary'

export { staticIndexDir }

/**
 * A title word outweighs a summary word, which outweighs one in the body;
 * repeats count up to `maxRepeats` times per field. A word of a short title
 * weighs more than one of a long title: "La planification écologique" is
 * more about planning than "Écologie politique et planification".
 */
const fieldWeights = { summary: 4, themes: 3, text: 1 } as const
const titleWeight = (titleTerms: number) => 20 / (1 + titleTerms / 2)
const maxRepeats = 3

/** Newest first; undated resources last, in a stable order. */
const newestFirst = (a: SearchRecord, b: SearchRecord) => (b.date ?? '').localeCompare(a.date ?? '') || a.url.localeCompare(b.url)
/**
 * The order of the result files: by theme, then type. A query's results tend
 * to share a theme, so they sit in few files: fewer requests per search.
 */
const byTopic = (a: SearchRecord, b: SearchRecord) =>
  (a.themes[0] ?? '').localeCompare(b.themes[0] ?? '') || a.type.localeCompare(b.type) || newestFirst(a, b)

/** The body a result's excerpt is cut from: its beginning, enough for a passage around most matches. */
const excerptSourceLength = 1200
const excerptSource = (text: string) =>
  text.length > excerptSourceLength ? text.slice(0, excerptSourceLength).replace(/\s+\S*$/, '') : text

/** Splits the shards longer than `maxShardLength` by their terms' first three letters, in place; gives those split. */
function splitLargeShards(shards: Map<string, Shard>): string[] {
  const split = [...shards].filter(([, terms]) => JSON.stringify(terms).length > maxShardLength).map(([group]) => group)
  for (const group of split) {
    const terms = shards.get(group)!
    shards.delete(group)
    for (const [term, occurrences] of Object.entries(terms)) {
      const key = term.length > group.length ? term.slice(0, 3) : group
      shards.set(key, { ...shards.get(key), [term]: occurrences })
    }
  }
  return split
}

/** One language's files, as text, by path under the language's folder, and its version. */
function languageIndex(
  locale: string,
  records: readonly SearchRecord[],
  source: string,
  analyzers: ReadonlyMap<string, Analyzer>,
): { version: string; files: Map<string, string> } {
  const docs = [...records].sort(byTopic)
  const newest = new Map([...docs].sort(newestFirst).map((record, rank) => [record, rank]))
  const weights = new Map<string, Map<number, number>>()
  const inTitle = new Map<string, Set<number>>()
  const add = (term: string, position: number, weight: number) => {
    const occurrences = weights.get(term) ?? new Map<number, number>()
    weights.set(term, occurrences.set(position, (occurrences.get(position) ?? 0) + weight))
  }
  docs.forEach((record, position) => {
    // Each text is cut into terms in its own language; its themes are named in the index's.
    const termsOf = (text: string, language = record.language) => analyzers.get(language)?.termsOf(text) ?? []
    const title = new Set(termsOf(record.title))
    for (const term of title) {
      add(term, position, titleWeight(title.size))
      inTitle.set(term, (inTitle.get(term) ?? new Set()).add(position))
    }
    for (const [field, weight] of Object.entries(fieldWeights)) {
      const text = field === 'themes' ? record.themes.join(' ') : record[field as 'summary' | 'text']
      const repeats = new Map<string, number>()
      for (const term of termsOf(text, field === 'themes' ? locale : record.language)) {
        const seen = (repeats.get(term) ?? 0) + 1
        repeats.set(term, seen)
        if (seen <= maxRepeats) add(term, position, weight)
      }
    }
  })

  const shards = new Map<string, Shard>()
  for (const [term, occurrences] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shard = shards.get(shardOf(term)) ?? {}
    const titled = inTitle.get(term)
    let previous = 0
    shard[term] = [...occurrences].flatMap(([position, weight]) => {
      const gap = position - previous
      previous = position
      return [gap, Math.round(weight * 2) * 2 + (titled?.has(position) ? 1 : 0)]
    })
    shards.set(shardOf(term), shard)
  }
  const split = splitLargeShards(shards)

  const facetValues = (key: FacetKey, record: SearchRecord): string[] =>
    key === 'theme' ? record.themes : key === 'level' ? (record.level ? [record.level] : []) : [record[key]]
  const facets = Object.fromEntries(
    facetKeys.map((key) => [key, [...new Set(docs.flatMap((record) => facetValues(key, record)))].sort()]),
  ) as IndexMeta['facets']
  const codes = Object.fromEntries(facetKeys.map((key) => [key, new Map(facets[key].map((value, index) => [value, index]))])) as Record<
    FacetKey,
    Map<string, number>
  >
  const code = (key: FacetKey, value: string | null) => (value === null ? -1 : (codes[key].get(value) ?? -1))

  const files = new Map<string, string>()
  for (const [shard, terms] of shards) files.set(`terms/${shardFile(shard)}`, JSON.stringify(terms))
  for (let start = 0; start < docs.length; start += docsPerFile) {
    const chunk: IndexedDoc[] = docs.slice(start, start + docsPerFile).map((record) => ({
      url: record.url,
      title: record.title,
      summary: record.summary,
      type: record.type,
      date: record.date,
      language: record.language === locale ? null : record.language,
      text: excerptSource(record.text),
    }))
    files.set(`docs/${start / docsPerFile}.json`, JSON.stringify(chunk))
  }
  // Only the texts in the language: a French text standing in for a translation would "correct" words towards French.
  const vocabulary = vocabularyByLength(vocabularyOf(docs.filter((record) => record.language === locale)))
  for (const [length, part] of vocabulary) files.set(`vocabulary/${length}.json`, JSON.stringify(part))
  // The "newest" order's ranks apart from meta.json, which every first query loads: with 10,000 resources, the bulk of it.
  files.set('age.json', JSON.stringify(docs.map((record) => newest.get(record) ?? 0)))
  const version = createHash('sha256')
  for (const [file, text] of files) version.update(file).update('\0').update(text).update('\0')
  const meta: IndexMeta = {
    version: version.digest('hex').slice(0, 12),
    source,
    count: docs.length,
    shards: [...shards.keys()],
    split,
    vocabulary: [...vocabulary.keys()].sort((a, b) => a - b),
    namedTypes: Object.fromEntries((analyzers.get(locale)?.termsOf(visualWords[locale] ?? '') ?? []).map((term) => [term, 'visuals'])),
    facets,
    type: docs.map((record) => code('type', record.type)),
    level: docs.map((record) => code('level', record.level)),
    language: docs.map((record) => code('language', record.language)),
    theme: docs.map((record) => record.themes.map((theme) => code('theme', theme))),
  }
  return {
    version: meta.version,
    files: new Map([['meta.json', JSON.stringify(meta)], ...[...files].map(([file, text]) => [`${meta.version}/${file}`, text] as const)]),
  }
}

/**
 * The embedded search engine: an index per language, written into the built
 * site as static files (see staticIndexFormat.ts). A search downloads the
 * language's meta.json once, then only the term files its words start and
 * the files of the results it shows: a few dozen KB, whatever the size of the
 * site. Filters: type, theme, level, language of the text; sort: newest.
 *
 * With `liveBuild` (the site online, whose current versions the new build takes as they are:
 * site/builder/pageManifest.ts unchangedFiles), a language whose records are those its live version
 * was made from gets the live meta.json only, and its files are not made again: at 10,000 trainings a
 * language's index takes a second of processor, and a publication in French leaves the other
 * languages' thousands of files untouched. The same code made both (the live build is taken only
 * when its code fingerprint, search/ included, is this build's). Gives the records' count, the bytes
 * written and the languages kept.
 */
export async function writeStaticIndex(
  records: readonly SearchRecord[],
  siteDir: string,
  { liveBuild }: { liveBuild?: string } = {},
): Promise<{ records: number; bytes: number; kept: string[] }> {
  const outputPath = path.join(siteDir, staticIndexDir)
  await fs.rm(outputPath, { recursive: true, force: true })
  // Made even for a site with nothing to index yet (a new installation): the build moves it into place.
  await fs.mkdir(outputPath, { recursive: true })
  const liveVersions = new Set(liveBuild ? await currentIndexDirs(liveBuild) : [])
  let bytes = 0
  const kept: string[] = []
  for (const locale of new Set(records.map((record) => record.locale))) {
    const inLocale = records.filter((record) => record.locale === locale)
    const source = hash('sha256', JSON.stringify(inLocale))
    const live = liveBuild ? await liveMeta(liveBuild, locale) : undefined
    await fs.mkdir(path.join(outputPath, locale), { recursive: true })
    if (live?.meta.source === source && liveVersions.has(path.join(staticIndexDir, locale, live.meta.version))) {
      await fs.writeFile(path.join(outputPath, locale, 'meta.json'), live.text)
      kept.push(locale)
      continue
    }
    const languages = new Set([locale, ...inLocale.map((record) => record.language)])
    const { files } = languageIndex(
      locale,
      inLocale,
      source,
      new Map(await Promise.all([...languages].map(async (language) => [language, await analyzerFor(language)] as const))),
    )
    const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(outputPath, locale, file))))
    for (const dir of dirs) await fs.mkdir(dir, { recursive: true })
    for (const [file, text] of files) {
      await fs.writeFile(path.join(outputPath, locale, file), text)
      bytes += Buffer.byteLength(text)
    }
  }
  return { records: records.length, bytes, kept }
}

/** The build log's line for an index writeStaticIndex wrote. */
export const indexLogLine = ({ records, bytes, kept }: Awaited<ReturnType<typeof writeStaticIndex>>) =>
  `Index de recherche : ${records} fiches, ${Math.round(bytes / 1024)} Ko écrits${kept.length ? ` (langues inchangées, reprises de la version en ligne : ${kept.join(', ')})` : ''}`

/** The live build's meta.json of a language, as text and parsed; undefined when it has none. */
async function liveMeta(liveBuild: string, locale: string): Promise<{ text: string; meta: IndexMeta } | undefined> {
  const text = await fs.readFile(path.join(liveBuild, staticIndexDir, locale, 'meta.json'), 'utf8').catch(() => null)
  return text === null ? undefined : { text, meta: JSON.parse(text) as IndexMeta }
}

/** Each index version a build's meta.json files name, and whether the build holds its folder. */
async function indexVersions(buildDir: string): Promise<{ dir: string; present: boolean }[]> {
  const root = path.join(buildDir, staticIndexDir)
  const locales = await fs.readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const versions: { dir: string; present: boolean }[] = []
  for (const locale of locales) {
    const meta = await fs.readFile(path.join(root, locale, 'meta.json'), 'utf8').catch(() => null)
    if (!meta) continue
    const dir = path.join(staticIndexDir, locale, (JSON.parse(meta) as IndexMeta).version)
    versions.push({ dir, present: (await fs.stat(path.join(buildDir, dir)).catch(() => null))?.isDirectory() ?? false })
  }
  return versions
}

/**
 * The folders a build's index reads from: a rebuild keeps them, so that pages opened before the switch
 * keep working, and takes from them the versions it did not write again. Only those whose folder is
 * there: a folder removed by hand is then written again, not named by a meta.json whose files no build has.
 */
export async function currentIndexDirs(buildDir: string): Promise<string[]> {
  return (await indexVersions(buildDir)).filter(({ present }) => present).map(({ dir }) => dir)
}

/** The index versions a build's meta.json files name whose folder the build does not hold: none in a complete build. */
export async function missingIndexVersions(buildDir: string): Promise<string[]> {
  return (await indexVersions(buildDir)).filter(({ present }) => !present).map(({ dir }) => dir)
}
