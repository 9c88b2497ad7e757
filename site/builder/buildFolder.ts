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

async function readRecord(recordsDir: string): Promise<FolderRecord | null> {
  try {
    return JSON.parse(await fs.readFile(recordFile(recordsDir), 'utf8')) as FolderRecord
  } catch {
    return null
  }
}

/** Every file under `dir`, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** Creates the folders of `files` under `dir`, each once, parents first. */
async function makeFoldersOf(dir: string, files: readonly string[]) {
  const folders = [...new Set(files.map((file) => path.dirname(file)))].filter((folder) => folder !== '.').sort()
  for (const folder of folders) await fs.mkdir(path.join(dir, folder), { recursive: true })
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

/** Removes `files` from `dir`, then the folders this left empty. */
async function removeFiles(dir: string, files: readonly string[]) {
  await inBatches(files, (file) => fs.rm(path.join(dir, file), { force: true }))
  const folders = new Set<string>()
  for (const file of files) for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder)
  // Deepest first: a folder is empty once its subfolders are gone. One still holding files stays.
  for (const folder of [...folders].sort((a, b) => b.length - a.length))
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
  liveRecordsDir: string,
): Promise<{ name: string; files: string[]; mayDiffer: Set<string> } | null> {
  const pagesDir = path.dirname(liveRecordsDir)
  const live = await readRecord(liveRecordsDir)
  const before = live?.builtFrom ? await readRecord(path.join(pagesDir, live.builtFrom)) : null
  if (!live?.builtFrom || !before?.builtFrom) return null
  const name = before.builtFrom
  const oldest = await readRecord(path.join(pagesDir, name))
  const stat = await fs.stat(path.join(buildsDir, name)).catch(() => null)
  if (!oldest || !stat?.isDirectory() || [live.builtFrom, path.basename(liveRecordsDir)].includes(name)) return null
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
) {
  const kept = new Set(taken)
  const held = new Set(oldest.files)
  const stale = oldest.files.filter((file) => !kept.has(file) && !written.has(file))
  await removeFiles(dir, stale)
  // Replaced by the live build's file: removed first, then linked.
  const outdated = taken.filter((file) => oldest.mayDiffer.has(file) || !held.has(file))
  await inBatches(outdated, (file) => fs.rm(path.join(dir, file), { force: true }))
  await linkFiles(liveDir, dir, outdated)
}

/** Moves every file of `written` from `fromDir` to the same place in `toDir`, replacing what is there. */
async function moveFiles(fromDir: string, toDir: string, written: readonly string[]) {
  await makeFoldersOf(toDir, written)
  await inBatches(written, (file) => fs.rename(path.join(fromDir, file), path.join(toDir, file)))
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
  const outside = unchanged.files.find((file) => path.isAbsolute(file) || file.startsWith('..'))
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
  const oldest = await recyclableBuild(buildsDir, previous.recordsDir)
  if (oldest) {
    // Moved out of the kept builds first: from here on it is this build's, removed if it fails.
    const recycling = path.join(path.dirname(outDir), `.${path.basename(outDir)}.recycled`)
    await fs.rename(path.join(buildsDir, oldest.name), recycling)
    await fs.rm(path.join(pagesDir, oldest.name), { recursive: true, force: true })
    try {
      await matchLiveBuild(recycling, previous.buildDir, oldest, taken, writtenSet)
      await moveFiles(outDir, recycling, written)
      await fs.rm(outDir, { recursive: true })
      await fs.rename(recycling, outDir)
      return { reusedPages, folder: 'recycled' }
    } catch (error) {
      await fs.rm(recycling, { recursive: true, force: true })
      throw error
    }
  }
  await linkFiles(previous.buildDir, outDir, taken)
  return { reusedPages, folder: 'linked' }
}
