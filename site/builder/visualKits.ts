/** Theme kits: per theme and language, one zip of the theme's downloadable visuals with a CREDITS.txt. */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

import { allRightsReserved } from '../../publication/licences'
import type { LocaleCode } from '../../publication/locales'
import type { MediaFile, SnapshotEntry } from '../../publication/schema'
import { useTranslations } from '../i18n'
import { kitListFile, type VisualKit } from '../lib/kits'
import { attributionOf, licenceOf } from '../lib/licences'
import { readManifest, writeManifest } from './pageManifest'

/** Where kits are served from: `/media/kits/<theme>-<locale>.zip`. */
export const kitsUrl = '/media/kits'
export const creditsFileName = 'CREDITS.txt'
/** Bumped when the zips' layout changes, so that every kit is written again. */
const kitVersion = 1

type VisualEntry = SnapshotEntry<'visuals'>
type ThemeEntry = SnapshotEntry<'themes'>

/** One visual in a kit: its original file, under a name people can read. */
export interface KitEntry {
  name: string
  from: string
}

export interface KitPlan {
  theme: string
  locale: LocaleCode
  /** The kit's file name, also the last segment of its URL. */
  file: string
  entries: KitEntry[]
  credits: string
}

// Characters some file system refuses in a name (Windows being the strictest): separators become dashes, the rest goes.
const separators = /\s*[:/\\|]+\s*/g
// eslint-disable-next-line no-control-regex
const refused = /[*?"<>\u0000-\u001f\u007f]+/g

/** A file name from a visual's title, unique in its kit (compared as case-insensitive file systems do). */
function fileNameFor(title: string, fallback: string, extension: string, taken: Set<string>): string {
  const cleaned = title.normalize('NFC').replace(separators, ' - ').replace(refused, '').replace(/\s+/g, ' ').trim()
  // Cut by code points, not UTF-16 units, so that no character is split; no trailing dot or space (Windows drops them).
  const base =
    Array.from(cleaned)
      .slice(0, 80)
      .join('')
      .replace(/[\s.]+$/, '') || fallback
  let name = `${base}${extension}`
  for (let copy = 2; taken.has(name.toLowerCase()); copy++) name = `${base} (${copy})${extension}`
  taken.add(name.toLowerCase())
  return name
}

/** The CREDITS.txt of a kit, in its language: for each file, its title, credit, licence and the line to cite. */
export function creditsText(locale: LocaleCode, themeName: string, visuals: { name: string; visual: VisualEntry }[]): string {
  const t = useTranslations(locale)
  const lines = [t('kits.credits.title', { theme: themeName, site: t('site.name') }), '', t('kits.credits.intro'), '']
  visuals.forEach(({ name, visual }, index) => {
    const licence = licenceOf(visual.licence, locale)
    lines.push(
      `${index + 1}. ${name}`,
      `   ${t('kits.credits.visualTitle', { title: visual.title })}`,
      `   ${t('visuals.credit', { credit: visual.credit })}`,
      `   ${licence.url ? t('kits.credits.licence', { licence: licence.name, url: licence.url }) : t('visuals.licence', { licence: licence.name })}`,
      ...(visual.licence === allRightsReserved ? [`   ${t('kits.credits.rightsReserved')}`] : []),
      `   ${t('kits.cite', { attribution: attributionOf(visual, locale) })}`,
      '',
    )
  })
  return lines.join('\n')
}

/**
 * What goes in each kit: for every theme of every language, the theme's
 * visuals (the snapshot holds only downloadable ones) by title, as their
 * originals. `media` tells where each published file is on the disk.
 */
export function planKits({ visuals, themes, media }: { visuals: VisualEntry[]; themes: ThemeEntry[]; media: MediaFile[] }): KitPlan[] {
  const sources = new Map(media.map((file) => [file.url, file.from]))
  const themeNames = new Map(themes.map((theme) => [`${theme.locale}/${theme.slug}`, theme.name]))
  const groups = new Map<string, { theme: string; locale: LocaleCode; visuals: VisualEntry[] }>()
  for (const visual of visuals) {
    for (const theme of new Set(visual.themes)) {
      const key = `${visual.locale}/${theme}`
      if (!themeNames.has(key)) continue
      const group = groups.get(key) ?? { theme, locale: visual.locale as LocaleCode, visuals: [] }
      group.visuals.push(visual)
      groups.set(key, group)
    }
  }
  return [...groups].map(([key, { theme, locale, visuals: members }]) => {
    const taken = new Set([creditsFileName.toLowerCase()])
    const named = members
      .sort((a, b) => a.title.localeCompare(b.title, locale) || a.slug.localeCompare(b.slug))
      .map((visual) => {
        const original = visual.sizes.find((size) => size.name === 'original')
        const from = original && sources.get(original.url)
        if (!original || !from) throw new Error(`Visual ${visual.slug} (${visual.title}) has no published original`)
        const extension = path.extname(decodeURIComponent(original.url)).toLowerCase()
        return { name: fileNameFor(visual.title, `visual-${visual.slug}`, extension, taken), from, visual }
      })
    return {
      theme,
      locale,
      file: `${theme}-${locale}.zip`,
      entries: named.map(({ name, from }) => ({ name, from })),
      credits: creditsText(locale, themeNames.get(key) ?? theme, named),
    }
  })
}

export const kitUrl = (plan: Pick<KitPlan, 'file'>) => `${kitsUrl}/${encodeURIComponent(plan.file)}`

/** A kit's files with their sizes and modification times: a file replaced under the same name changes the kit too. */
type StatedEntry = KitEntry & { size: number; mtimeMs: number }

async function statEntries(plan: KitPlan): Promise<StatedEntry[]> {
  return Promise.all(
    plan.entries.map(async (entry) => {
      try {
        const { size, mtimeMs } = await fs.stat(entry.from)
        return { ...entry, size, mtimeMs }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Missing upload ${entry.from} (in the kit ${plan.file})`)
        throw error
      }
    }),
  )
}

/** Everything a kit's bytes depend on: when it is the same as the live build's, its zip is reused as is. */
const kitDigest = (files: StatedEntry[], credits: string) =>
  createHash('sha256')
    .update(JSON.stringify([kitVersion, credits, files.map((file) => [file.name, file.from, file.size, file.mtimeMs])]))
    .digest('base64url')

/** A zip can only date its entries from 1980 to 2099: a file dated outside (restored without its dates…) is clamped. */
const zipDate = (ms: number) => Math.min(Math.max(ms, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30))

/**
 * Writes one kit. Images are stored as they are (they are compressed
 * already), CREDITS.txt deflated. The zip is streamed to the disk one file at
 * a time, so memory holds one image, whatever the kit's size; entries carry
 * their file's date, so that the same inputs give the same bytes.
 */
async function writeKit(files: StatedEntry[], credits: string, target: string): Promise<void> {
  const output = await fs.open(target, 'w')
  try {
    const chunks: Uint8Array[] = []
    let failure: Error | null = null
    // fflate calls back synchronously while a file is pushed: what it emits is written after each file.
    const zip = new Zip((error, chunk) => {
      if (error) failure = error
      else chunks.push(chunk)
    })
    const flush = async () => {
      if (failure) throw failure
      if (chunks.length) await output.writev(chunks.splice(0))
    }
    for (const file of files) {
      const data = await fs.readFile(file.from)
      const stored = new ZipPassThrough(file.name)
      stored.mtime = zipDate(file.mtimeMs)
      zip.add(stored)
      stored.push(data, true)
      await flush()
    }
    const creditsFile = new ZipDeflate(creditsFileName, { level: 9 })
    creditsFile.mtime = zipDate(Math.max(...files.map((file) => file.mtimeMs)))
    zip.add(creditsFile)
    creditsFile.push(strToU8(credits), true)
    zip.end()
    await flush()
  } finally {
    await output.close()
  }
}

/** Where a build keeps its kits' digests, beside its page records (site/builder/pageManifest.ts). */
const kitRecords = (recordsDir: string) => path.join(recordsDir, 'files')
const kitTemplate = 'kits'

/** Hard-links the live build's kit; false when it is not there (removed by hand, or a build of older code). */
async function linkPrevious(previousBuild: string, url: string, target: string): Promise<boolean> {
  try {
    await fs.link(path.join(previousBuild, decodeURIComponent(url)), target)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

export interface KitsOptions {
  /** The snapshot (publication/snapshot/writeSnapshot.ts): visuals.json, themes.json, media.json in; kits.json, the list the pages read, out. */
  snapshotDir: string
  /** Where the zips are written, emptied first; the build moves it to `kitsUrl` in the site. */
  kitsDir: string
  /** This build's records: the kits' digests are kept there for the next build. */
  recordsDir: string
  /** The live build and its records: its kits whose digest did not change are hard-linked, not written. */
  previous?: { buildDir: string; recordsDir: string }
  log: (line: string) => void
}

/** Makes every theme kit of the site into `kitsDir` and lists them for the pages. */
export async function writeVisualKits({ snapshotDir, kitsDir, recordsDir, previous, log }: KitsOptions): Promise<VisualKit[]> {
  const started = performance.now()
  const read = async <T>(name: string) => JSON.parse(await fs.readFile(path.join(snapshotDir, name), 'utf8')) as T
  const plans = planKits({ visuals: await read('visuals.json'), themes: await read('themes.json'), media: await read('media.json') })
  const previousDigests = previous ? readManifest(kitRecords(previous.recordsDir), kitTemplate) : {}
  await fs.rm(kitsDir, { recursive: true, force: true })
  await fs.mkdir(kitsDir, { recursive: true })
  const digests: Record<string, string> = {}
  const kits: VisualKit[] = []
  let written = 0
  try {
    for (const plan of plans) {
      const url = kitUrl(plan)
      const target = path.join(kitsDir, plan.file)
      const files = await statEntries(plan)
      digests[url] = kitDigest(files, plan.credits)
      const reused = previous && previousDigests[url] === digests[url] && (await linkPrevious(previous.buildDir, url, target))
      if (!reused) {
        await writeKit(files, plan.credits, target)
        written++
      }
      kits.push({ theme: plan.theme, locale: plan.locale, url, visuals: plan.entries.length, bytes: (await fs.stat(target)).size })
    }
  } catch (error) {
    await fs.rm(kitsDir, { recursive: true, force: true })
    throw error
  }
  writeManifest(kitRecords(recordsDir), kitTemplate, digests)
  await fs.writeFile(kitListFile(snapshotDir), JSON.stringify(kits))
  const megabytes = kits.reduce((sum, kit) => sum + kit.bytes, 0) / 1e6
  log(
    `Kits de visuels : ${kits.length} (${written} écrits, ${kits.length - written} repris), ${megabytes.toFixed(1)} Mo, en ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
  return kits
}
