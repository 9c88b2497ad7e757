/** A build's folder completed with the live build's unchanged files: linked into a new folder, or in the oldest build kept, brought up to date. */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { completeBuildFolder } from './buildFolder'

let root: string
const buildDir = (name: string) => path.join(root, 'builds', name)
const recordsDir = (name: string) => path.join(root, 'pages', name)

/** Every file and folder under `dir`, with each file's text. */
async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  const found: Record<string, string> = {}
  for (const entry of entries) {
    const at = path.relative(dir, path.join(entry.parentPath, entry.name))
    found[at] = entry.isDirectory() ? '(folder)' : await fs.readFile(path.join(dir, at), 'utf8')
  }
  return found
}

/** What a folder holding `files` looks like in `tree`: the files, and every folder above them. */
function expectedTree(files: Record<string, string>): Record<string, string> {
  const expected: Record<string, string> = { ...files }
  for (const file of Object.keys(files))
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) expected[folder] = '(folder)'
  return expected
}

const inode = async (file: string) => (await fs.stat(file)).ino

/**
 * One build, as site/builder/liveSite.ts runs it: `written` into a new folder, then the folder
 * completed from the live build `from` with `kept` of its files; the three newest builds are kept.
 */
async function build(name: string, from: string | null, written: Record<string, string>, kept: string[] = []) {
  for (const [file, text] of Object.entries(written)) {
    await fs.mkdir(path.dirname(path.join(buildDir(name), file)), { recursive: true })
    await fs.writeFile(path.join(buildDir(name), file), text)
  }
  await fs.mkdir(buildDir(name), { recursive: true })
  const previous = from ? { buildDir: buildDir(from), recordsDir: recordsDir(from) } : undefined
  const pages = kept.filter((file) => file.endsWith('index.html'))
  const others = kept.filter((file) => !file.endsWith('index.html'))
  const outcome = await completeBuildFolder({
    outDir: buildDir(name),
    recordsDir: recordsDir(name),
    previous,
    unchanged: { files: [...pages, ...others], pages: pages.length },
  })
  // Served: the `current` link beside the builds points at it.
  await fs.rm(path.join(root, 'current'), { force: true })
  await fs.symlink(buildDir(name), path.join(root, 'current'))
  for (const old of (await fs.readdir(path.join(root, 'builds'))).sort().reverse().slice(3)) {
    await fs.rm(buildDir(old), { recursive: true, force: true })
    await fs.rm(recordsDir(old), { recursive: true, force: true })
  }
  return outcome
}

beforeEach(async () => {
  root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'build-folder-')))
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('completeBuildFolder', () => {
  it('takes over the oldest build kept once two builds were made from the one before, and leaves it as a new folder would be', async () => {
    const site = {
      'fr/a/index.html': 'a1',
      'fr/b/index.html': 'b1',
      'fr/c/index.html': 'c1',
      'fr/old/deep/index.html': 'old',
      '_astro/x.css': 'x',
      'search-index/fr/v1/0.json': 'i1',
    }
    expect(await build('1', null, site)).toEqual({ reusedPages: 0, folder: 'linked' })
    // 2: a and the index change, d is new, the rest is kept.
    expect(
      await build('2', '1', { 'fr/a/index.html': 'a2', 'fr/d/index.html': 'd2', 'search-index/fr/v2/0.json': 'i2' }, [
        'fr/b/index.html',
        'fr/c/index.html',
        'fr/old/deep/index.html',
        '_astro/x.css',
        'search-index/fr/v1/0.json',
      ]),
    ).toEqual({ reusedPages: 3, folder: 'linked' })
    // 3: b changes, `old` is withdrawn, the first index version is no longer kept.
    expect(
      await build('3', '2', { 'fr/b/index.html': 'b3', 'search-index/fr/v3/0.json': 'i3' }, [
        'fr/a/index.html',
        'fr/c/index.html',
        'fr/d/index.html',
        '_astro/x.css',
        'search-index/fr/v2/0.json',
      ]),
    ).toEqual({ reusedPages: 3, folder: 'linked' })
    const live = await tree(buildDir('3'))

    // 4: in build 1's folder, brought up to date. A page also offered as unchanged but written keeps what was written.
    const kept = ['fr/a/index.html', 'fr/b/index.html', 'fr/c/index.html', 'fr/d/index.html', '_astro/x.css', 'search-index/fr/v3/0.json']
    const [aInLive, bInLive] = [
      await inode(path.join(buildDir('3'), 'fr/a/index.html')),
      await inode(path.join(buildDir('3'), 'fr/b/index.html')),
    ]
    expect(await build('4', '3', { 'fr/c/index.html': 'c4', 'search-index/fr/v4/0.json': 'i4' }, kept)).toEqual({
      reusedPages: 3,
      folder: 'recycled',
    })
    expect(await fs.readdir(path.join(root, 'builds'))).toEqual(['2', '3', '4'])
    expect(await fs.readdir(path.join(root, 'pages'))).toEqual(['2', '3', '4'])
    expect(await tree(buildDir('4'))).toEqual(
      expectedTree({
        'fr/a/index.html': 'a2',
        'fr/b/index.html': 'b3',
        'fr/c/index.html': 'c4',
        'fr/d/index.html': 'd2',
        '_astro/x.css': 'x',
        'search-index/fr/v3/0.json': 'i3',
        'search-index/fr/v4/0.json': 'i4',
      }),
    )
    // The pages taken are the live build's files, not copies; the live build is as it was.
    expect(await inode(path.join(buildDir('4'), 'fr/a/index.html'))).toBe(aInLive)
    expect(await inode(path.join(buildDir('4'), 'fr/b/index.html'))).toBe(bInLive)
    expect(await tree(buildDir('3'))).toEqual(live)

    // 5: in build 2's folder; d is withdrawn.
    expect(
      await build('5', '4', { 'fr/e/index.html': 'e5' }, ['fr/a/index.html', 'fr/b/index.html', 'fr/c/index.html', '_astro/x.css']),
    ).toEqual({
      reusedPages: 3,
      folder: 'recycled',
    })
    expect(await tree(buildDir('5'))).toEqual(
      expectedTree({
        'fr/a/index.html': 'a2',
        'fr/b/index.html': 'b3',
        'fr/c/index.html': 'c4',
        'fr/e/index.html': 'e5',
        '_astro/x.css': 'x',
      }),
    )
    expect(await fs.readdir(path.join(root, 'builds'))).toEqual(['3', '4', '5'])
  })

  it('links every file into a new folder when a build before the live one was not recorded (a build by older code)', async () => {
    await build('1', null, { 'fr/a/index.html': 'a1', 'fr/b/index.html': 'b1' })
    await build('2', '1', { 'fr/a/index.html': 'a2' }, ['fr/b/index.html'])
    await fs.rm(path.join(recordsDir('2'), 'folder.record'))
    await build('3', '2', { 'fr/b/index.html': 'b3' }, ['fr/a/index.html'])
    const oldest = await tree(buildDir('1'))

    expect(await build('4', '3', { 'fr/c/index.html': 'c4' }, ['fr/a/index.html', 'fr/b/index.html'])).toEqual({
      reusedPages: 2,
      folder: 'linked',
    })
    expect(await tree(buildDir('4'))).toEqual(expectedTree({ 'fr/a/index.html': 'a2', 'fr/b/index.html': 'b3', 'fr/c/index.html': 'c4' }))
    // Build 1 was pruned as before, not taken over.
    await expect(fs.stat(buildDir('1'))).rejects.toThrow(/ENOENT/)
    expect(oldest).toEqual(expectedTree({ 'fr/a/index.html': 'a1', 'fr/b/index.html': 'b1' }))
  })

  it('takes over no folder when the live build is no longer served, or when a record names a path outside its folder', async () => {
    const twoBuildsRecorded = async () => {
      await build('1', null, { 'fr/a/index.html': 'a1', 'fr/b/index.html': 'b1' })
      await build('2', '1', { 'fr/a/index.html': 'a2' }, ['fr/b/index.html'])
      await build('3', '2', { 'fr/b/index.html': 'b3' }, ['fr/a/index.html'])
    }
    await twoBuildsRecorded()
    // `current` rolled back by hand to build 2 while build 4 was being made from build 3.
    await fs.rm(path.join(root, 'current'))
    await fs.symlink(buildDir('2'), path.join(root, 'current'))
    await fs.mkdir(buildDir('4'))
    const outcome = await completeBuildFolder({
      outDir: buildDir('4'),
      recordsDir: recordsDir('4'),
      previous: { buildDir: buildDir('3'), recordsDir: recordsDir('3') },
      unchanged: { files: ['fr/a/index.html', 'fr/b/index.html'], pages: 2 },
    })
    expect(outcome.folder).toBe('linked')
    expect(await tree(buildDir('1'))).toEqual(expectedTree({ 'fr/a/index.html': 'a1', 'fr/b/index.html': 'b1' }))

    await fs.rm(root, { recursive: true, force: true })
    await fs.mkdir(root)
    await twoBuildsRecorded()
    const outsider = path.join(root, 'outsider.txt')
    await fs.writeFile(outsider, 'not a build file')
    const record = JSON.parse(await fs.readFile(path.join(recordsDir('1'), 'folder.record'), 'utf8')) as { written: string[] }
    record.written.push('../../outsider.txt')
    await fs.writeFile(path.join(recordsDir('1'), 'folder.record'), JSON.stringify(record))
    expect((await build('4', '3', { 'fr/c/index.html': 'c4' }, ['fr/a/index.html', 'fr/b/index.html'])).folder).toBe('linked')
    expect(await fs.readFile(outsider, 'utf8')).toBe('not a build file')
    expect(await tree(buildDir('4'))).toEqual(expectedTree({ 'fr/a/index.html': 'a2', 'fr/b/index.html': 'b3', 'fr/c/index.html': 'c4' }))
  })
})
