import fs from 'node:fs/promises'
import path from 'node:path'

import { inBatches } from './pageManifest'

/**
 * Completing a build's folder with the files it takes unchanged from the live build.
 *
 * A build writes what changed (pages rendered, search index, kits, calendars, media) into its own
 * folder; the rest (at 10,000 trainings, some 70,000 pages) is hard-linked from the live build, two
 * system calls a file, 3 s and more. Rather, when the builds before it were made this way, a build
 * takes over the oldest build kept on disk (site/builder/liveSite.ts keeps three), which nobody is
 * served any more, and brings it up to date: only the files written by the two builds since, and by
 * this one, change in it.
 *
 * Each build records what its folder holds (var/site/pages/<build>/folder.record, not `.json`: not a template's records): the build it was
 * made from, the files it wrote and those it took from that build. A file of the oldest build that
 * neither build since wrote is the same file (the same inode) in the live build.
 */

interface FolderRecord {
  /** The build whose files this one took (the live build when it was made), if any. */
  builtFrom: string | null
  /** Files the build wrote (paths relative to its folder). */
  written: string[]
  /** Files it hard-linked from `builtFrom`. */
  taken: string[]
}

const recordFile = (recordsDir: string) => path.join(recordsDir, 'folder.record')

/** A path inside a build's folder: relative, and never climbing out of it. */
const isInsideFolder = (file: string) => file !== '' && !path.isAbsolute(file) && !file.split(path.sep).includes('..')

/** A build's name, as site/builder/liveSite.ts makes them (its start time). */
const isBuildName = (name: string) => /^[\w-]+$/.test(name)

/** The record of the build whose records are in `recordsDir`; null if it has none, or one that does not hold. */
async function readRecord(recordsDir: string): Promise<FolderRecord | null> {
  try {
    const record = JSON.parse(await fs.readFile(recordFile(recordsDir), 'utf8')) as FolderRecord
    const holds =
      (record.builtFrom === null || isBuildName(record.builtFrom)) &&
      [record.written, record.taken].every((files) => Array.isArray(files) && files.every(isInsideFolder))
    return holds ? record : null
  } catch {
    return null
  }
}

/** Every file under `dir`, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** The folders above `file`, nearest first ('.' excluded). */
function* foldersAbove(file: string) {
  for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) yield folder
}

/** Creates the folders of `files` under `dir`, each once: a level at a time, in parallel. */
async function makeFoldersOf(dir: string, files: readonly string[]) {
  const levels: string[][] = []
  const seen = new Set<string>()
  for (const file of files)
    for (const folder of foldersAbove(file)) {
      if (seen.has(folder)) break
      seen.add(folder)
      ;(levels[folder.split(path.sep).length] ??= []).push(folder)
    }
  for (const level of levels)
    if (level)
      await inBatches(level, (folder) =>
        fs.mkdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error
        }),
      )
}

/** Hard-links `files` of `fromDir` into `toDir` (copied where they cannot be linked: another file system). */
async function linkFiles(fromDir: string, toDir: string, files: readonly string[]) {
  await makeFoldersOf(toDir, files)
  await inBatches(files, async (file) => {
    const from = path.join(fromDir, file)
    const to = path.join(toDir, file)
    await fs.link(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EXDEV' || error.code === 'EPERM') await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL)
      else throw error
    })
  })
}

/**
 * Removes `files` from `dir`, which holds `held`. A folder all of whose files go (an older search
 * index version, a withdrawn training's pages) is moved whole into `aside`, one rename (the folders
 * beside the builds are removed once the new one is online, site/builder/liveSite.ts); the other
 * files are removed one by one, then the folders this left empty.
 */
async function removeFiles(dir: string, held: readonly string[], files: readonly string[], aside: string) {
  const count = (list: readonly string[]) => {
    const counts = new Map<string, number>()
    for (const file of list) for (const folder of foldersAbove(file)) counts.set(folder, (counts.get(folder) ?? 0) + 1)
    return counts
  }
  const [inFolder, goingFromFolder] = [count(held), count(files)]
  const goesWhole = (folder: string) => folder !== '.' && goingFromFolder.get(folder) === inFolder.get(folder)
  const wholeFolders = [...goingFromFolder.keys()].filter((folder) => goesWhole(folder) && !goesWhole(path.dirname(folder)))
  if (wholeFolders.length) await fs.mkdir(aside, { recursive: true })
  await inBatches(
    wholeFolders.map((folder, index) => ({ folder, index })),
    ({ folder, index }) => fs.rename(path.join(dir, folder), path.join(aside, String(index))),
  )
  const movedAside = new Set(wholeFolders)
  const oneByOne = files.filter((file) => ![...foldersAbove(file)].some((folder) => movedAside.has(folder)))
  await inBatches(oneByOne, (file) => fs.rm(path.join(dir, file), { force: true }))
  const emptied = new Set(oneByOne.flatMap((file) => [...foldersAbove(file)]))
  // Deepest first: a folder is empty once its subfolders are gone. One still holding files stays.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length))
    await fs.rmdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
      if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(error.code ?? '')) throw error
    })
}

/**
 * The oldest build kept, if the two builds since were each made from the one before, so that what
 * differs between it and the live build is known: the files those two builds wrote.
 */
async function recyclableBuild(
  buildsDir: string,
  previous: { buildDir: string; recordsDir: string },
): Promise<{ name: string; files: string[]; mayDiffer: Set<string> } | null> {
  // Still the build served (`current`, beside the builds): not one a hand rolled back meanwhile.
  const served = await fs.realpath(path.join(path.dirname(buildsDir), 'current')).catch(() => null)
  if (served !== previous.buildDir) return null
  const pagesDir = path.dirname(previous.recordsDir)
  const live = await readRecord(previous.recordsDir)
  const before = live?.builtFrom ? await readRecord(path.join(pagesDir, live.builtFrom)) : null
  if (!live?.builtFrom || !before?.builtFrom) return null
  const name = before.builtFrom
  const oldest = await readRecord(path.join(pagesDir, name))
  // A folder of its own (not a link to another), and not one of the two builds since.
  const stat = await fs.lstat(path.join(buildsDir, name)).catch(() => null)
  if (!oldest || !stat?.isDirectory() || [live.builtFrom, path.basename(previous.buildDir)].includes(name)) return null
  return { name, files: [...oldest.written, ...oldest.taken], mayDiffer: new Set([...before.written, ...live.written]) }
}

/**
 * Brings the oldest build kept (`oldest`, already moved to `dir`) to the live build's state for
 * the files `taken`, and removes what the new build will not have.
 */
async function matchLiveBuild(
  dir: string,
  liveDir: string,
  oldest: { files: string[]; mayDiffer: Set<string> },
  taken: readonly string[],
  written: ReadonlySet<string>,
  aside: string,
) {
  const kept = new Set(taken)
  const held = new Set(oldest.files)
  const stale = oldest.files.filter((file) => !kept.has(file) && !written.has(file))
  await removeFiles(dir, oldest.files, stale, aside)
  // Replaced by the live build's file (removed first where the folder has one), or added.
  const outdated = taken.filter((file) => oldest.mayDiffer.has(file) || !held.has(file))
  await inBatches(
    outdated.filter((file) => held.has(file)),
    (file) => fs.rm(path.join(dir, file), { force: true }),
  )
  await linkFiles(liveDir, dir, outdated)
}

/** Moves `from` to `to`, copying it where they are on two file systems. */
async function move(from: string, to: string) {
  await fs.rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true })
    await fs.rm(from, { recursive: true, force: true })
  })
}

/**
 * Moves what `fromDir` holds to the same place under `toDir`, replacing files there, then removes
 * `fromDir` unless it `keep`s an entry: a folder `toDir` does not have yet moves whole (one rename,
 * on the same disk), one it has is merged.
 */
export async function moveInto(fromDir: string, toDir: string, { keep }: { keep?: string } = {}) {
  const entries = (await fs.readdir(fromDir, { withFileTypes: true })).filter((entry) => entry.name !== keep)
  // The entries of a folder at once: each waits on the disk (a build's media folder holds hundreds).
  await inBatches(entries, async (entry) => {
    const from = path.join(fromDir, entry.name)
    const to = path.join(toDir, entry.name)
    const existing = await fs.stat(to).catch(() => null)
    if (entry.isDirectory() && existing?.isDirectory()) await moveInto(from, to)
    else await move(from, to)
  })
  if (!keep) await fs.rm(fromDir, { recursive: true, force: true })
}

/**
 * Completes `outDir`, which holds the files the build wrote, with the live build's `unchanged` files
 * (`previous`: the live build and its records; site/builder/pageManifest.ts), except those the
 * build wrote, and records what the folder holds. Says how many pages it took, and whether it took
 * over the oldest build kept (recycled) or linked every file.
 */
export async function completeBuildFolder({
  outDir,
  recordsDir,
  previous,
  unchanged,
}: {
  outDir: string
  recordsDir: string
  previous?: { buildDir: string; recordsDir: string }
  /** The live build's files the new build keeps; the first `pages` of them are pages. */
  unchanged: { files: readonly string[]; pages: number }
}): Promise<{ reusedPages: number; folder: 'recycled' | 'linked' }> {
  const outside = unchanged.files.find((file) => !isInsideFolder(file))
  if (outside) throw new Error(`Not a path inside the build's folder: ${outside}`)
  const written = await filesUnder(outDir)
  const writtenSet = new Set(written)
  const taken = unchanged.files.filter((file) => !writtenSet.has(file))
  const reusedPages = unchanged.files.slice(0, unchanged.pages).filter((file) => !writtenSet.has(file)).length
  const record: FolderRecord = { builtFrom: previous ? path.basename(previous.buildDir) : null, written, taken }
  await fs.mkdir(recordsDir, { recursive: true })
  await fs.writeFile(recordFile(recordsDir), JSON.stringify(record))
  if (!previous) return { reusedPages, folder: 'linked' }

  // Builds and their records are side by side (site/builder/paths.ts).
  const [buildsDir, pagesDir] = [path.dirname(outDir), path.dirname(recordsDir)]
  const oldest = await recyclableBuild(buildsDir, previous)
  if (oldest) {
    // Moved out of the kept builds first: from here on it is this build's, removed if it fails.
    const recycling = path.join(buildsDir, `.${path.basename(outDir)}.recycled`)
    const aside = path.join(buildsDir, `.${path.basename(outDir)}.removed`)
    await fs.rename(path.join(buildsDir, oldest.name), recycling)
    try {
      await fs.rm(path.join(pagesDir, oldest.name), { recursive: true, force: true })
      await matchLiveBuild(recycling, previous.buildDir, oldest, taken, writtenSet, aside)
      await moveInto(outDir, recycling)
      await fs.rename(recycling, outDir)
      return { reusedPages, folder: 'recycled' }
    } catch (error) {
      await fs.rm(recycling, { recursive: true, force: true })
      await fs.rm(aside, { recursive: true, force: true })
      throw error
    }
  }
  await linkFiles(previous.buildDir, outDir, taken)
  return { reusedPages, folder: 'linked' }
}
