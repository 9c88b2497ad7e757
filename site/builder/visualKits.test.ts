/** Theme kits: what the zips hold, what CREDITS.txt says, and that an unchanged kit is reused, not written again. */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { strFromU8, unzipSync } from 'fflate'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { licenceCodes } from '../../publication/licences'
import type { MediaFile, SnapshotEntry } from '../../publication/schema'
import { kitListFile, type VisualKit } from '../lib/kits'
import { licenceOf } from '../lib/licences'
import { creditsFileName, type KitsOptions, writeVisualKits } from './visualKits'

let root: string
let snapshotDir: string
let uploads: string

interface VisualSpec {
  id: string
  title: Record<string, string>
  credit: string
  licence: string
  themes: string[]
  colour: string
}

const visualSpecs: VisualSpec[] = [
  {
    id: '1',
    title: { fr: 'Paysage : collines et éoliennes', en: 'Landscape: hills and wind turbines' },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-4.0',
    themes: ['ecologie'],
    colour: '#2f7d4a',
  },
  {
    id: '2',
    title: { fr: 'Carte slogan « Planifions la bifurcation ! »', en: 'Slogan card “Let’s plan the shift!”' },
    credit: 'Groupe d’action Lyon 7e',
    licence: 'CC-BY-SA-4.0',
    themes: ['ecologie', 'democratie'],
    colour: '#1d6b3a',
  },
  {
    id: '3',
    title: { fr: 'Paysage : collines et éoliennes', en: 'Landscape: hills and wind turbines' },
    credit: 'Agence Photo Libre',
    licence: 'all-rights-reserved',
    themes: ['ecologie'],
    colour: '#f2c14e',
  },
]

const themeNames: Record<string, Record<string, string>> = {
  ecologie: { fr: 'Écologie', en: 'Ecology' },
  democratie: { fr: 'Démocratie', en: 'Democracy' },
}

/** The snapshot a build would read: entries per language, media.json, and the originals on the disk. */
async function writeSnapshotFiles(specs: VisualSpec[]) {
  const visuals: SnapshotEntry<'visuals'>[] = []
  const media: MediaFile[] = []
  for (const spec of specs) {
    const from = path.join(uploads, `visual-${spec.id}.png`)
    // Made once: an upload's file does not change when its credit does.
    const exists = await fs.access(from).then(
      () => true,
      () => false,
    )
    if (!exists)
      await sharp({ create: { width: 60, height: 40, channels: 3, background: spec.colour } })
        .png()
        .toFile(from)
    const url = `/media/visuals/visual-${spec.id}.png`
    media.push({ url, from })
    const bytes = (await fs.stat(from)).size
    for (const locale of ['fr', 'en']) {
      visuals.push({
        locale,
        slug: spec.id,
        translated: true,
        translationOutdated: false,
        titleTranslated: true,
        summaryTranslated: true,
        title: spec.title[locale] ?? '',
        summary: '',
        themes: spec.themes,
        publishedAt: '2026-01-01T00:00:00.000Z',
        featured: false,
        seo: { title: null, description: null },
        image: { width: 60, height: 40, avif: [], webp: [], original: url, alt: 'Image', social: null },
        credit: spec.credit,
        licence: spec.licence,
        width: 60,
        height: 40,
        sizes: [{ name: 'original', url, title: spec.title[locale] ?? '', mimeType: 'image/png', bytes, width: 60, height: 40 }],
      })
    }
  }
  const themes = Object.entries(themeNames).flatMap(([slug, names]) =>
    Object.entries(names).map(([locale, name]) => ({
      locale,
      slug,
      translated: true,
      translationOutdated: false,
      name,
      description: '',
      colour: '#000000',
    })),
  )
  await fs.writeFile(path.join(snapshotDir, 'visuals.json'), JSON.stringify(visuals))
  await fs.writeFile(path.join(snapshotDir, 'themes.json'), JSON.stringify(themes))
  await fs.writeFile(path.join(snapshotDir, 'media.json'), JSON.stringify(media))
}

/** One build's kits, as buildSite makes them; returns the kits listed for the pages and the build's log. */
async function build(name: string, previous?: string) {
  const lines: string[] = []
  const options: KitsOptions = {
    snapshotDir,
    kitsDir: path.join(root, 'builds', name, 'media', 'kits'),
    recordsDir: path.join(root, 'pages', name),
    log: (line) => lines.push(line),
    ...(previous ? { previous: { buildDir: path.join(root, 'builds', previous), recordsDir: path.join(root, 'pages', previous) } } : {}),
  }
  const kits = await writeVisualKits(options)
  return { kits, log: lines.join('\n'), file: (kit: string) => path.join(options.kitsDir, kit) }
}

const unzip = async (file: string) => unzipSync(new Uint8Array(await fs.readFile(file)))

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'visual-kits-'))
  snapshotDir = path.join(root, 'snapshot')
  uploads = path.join(root, 'uploads')
  await fs.mkdir(snapshotDir, { recursive: true })
  await fs.mkdir(uploads, { recursive: true })
})

afterEach(() => fs.rm(root, { recursive: true, force: true }))

describe('theme kits', () => {
  it('zips each theme’s originals under their titles, with a CREDITS.txt in the kit’s language', async () => {
    await writeSnapshotFiles(visualSpecs)
    const { kits, file } = await build('first')

    expect(kits.map((kit) => kit.url).sort()).toEqual([
      '/media/kits/democratie-en.zip',
      '/media/kits/democratie-fr.zip',
      '/media/kits/ecologie-en.zip',
      '/media/kits/ecologie-fr.zip',
    ])
    const entries = await unzip(file('ecologie-fr.zip'))
    // Sorted by title; two visuals with the same title keep both files.
    expect(Object.keys(entries)).toEqual([
      'Carte slogan « Planifions la bifurcation ! ».png',
      'Paysage - collines et éoliennes.png',
      'Paysage - collines et éoliennes (2).png',
      creditsFileName,
    ])
    expect(Buffer.from(entries['Carte slogan « Planifions la bifurcation ! ».png'] ?? [])).toEqual(
      await fs.readFile(path.join(uploads, 'visual-2.png')),
    )

    const credits = strFromU8(entries[creditsFileName] ?? new Uint8Array())
    expect(credits).toContain('Kit de visuels « Écologie » — Ressources du mouvement')
    expect(credits).toContain('Crédit : Groupe d’action Lyon 7e')
    expect(credits).toContain('Licence : CC BY-SA 4.0 — https://creativecommons.org/licenses/by-sa/4.0/')
    expect(credits).toContain('À citer : « Paysage : collines et éoliennes », Atelier graphique du mouvement, CC BY 4.0')
    expect(credits).toContain('Crédit : Agence Photo Libre')
    expect(credits).toContain('Licence : Tous droits réservés')
    expect(credits).toContain('Tous droits réservés : toute autre utilisation demande l’accord de l’ayant droit.')

    const english = strFromU8((await unzip(file('ecologie-en.zip')))[creditsFileName] ?? new Uint8Array())
    expect(english).toContain('Visual kit “Ecology”')
    expect(english).toContain('Credit line: “Slogan card “Let’s plan the shift!””, Groupe d’action Lyon 7e, CC BY-SA 4.0')
    expect(Object.keys(await unzip(file('democratie-en.zip')))).toEqual(['Slogan card “Let’s plan the shift!”.png', creditsFileName])
  })

  it('lists every kit for the pages with its number of visuals and its exact size', async () => {
    await writeSnapshotFiles(visualSpecs)
    const { kits, file } = await build('first')
    const listed = JSON.parse(await fs.readFile(kitListFile(snapshotDir), 'utf8')) as VisualKit[]
    expect(listed).toEqual(kits)
    const ecology = listed.find((kit) => kit.url === '/media/kits/ecologie-fr.zip')
    expect(ecology).toMatchObject({ theme: 'ecologie', locale: 'fr', visuals: 3, bytes: (await fs.stat(file('ecologie-fr.zip'))).size })
  })

  it('reuses the live build’s kit when nothing in it changed, and writes it again when a credit changes', async () => {
    await writeSnapshotFiles(visualSpecs)
    const first = await build('first')
    const second = await build('second', 'first')
    expect(second.log).toMatch(/Kits de visuels : 4 \(0 écrits, 4 repris\)/)
    const inode = async (file: string) => (await fs.stat(file)).ino
    expect(await inode(second.file('ecologie-fr.zip'))).toBe(await inode(first.file('ecologie-fr.zip')))
    expect(second.kits).toEqual(first.kits)

    await writeSnapshotFiles(visualSpecs.map((spec) => (spec.id === '1' ? { ...spec, credit: 'Collectif Vert' } : spec)))
    const third = await build('third', 'second')
    // Visual 1 is only in the ecology kits; the democracy ones stay as they were.
    expect(third.log).toMatch(/Kits de visuels : 4 \(2 écrits, 2 repris\)/)
    expect(await inode(third.file('ecologie-fr.zip'))).not.toBe(await inode(second.file('ecologie-fr.zip')))
    expect(await inode(third.file('democratie-fr.zip'))).toBe(await inode(second.file('democratie-fr.zip')))
    expect(strFromU8((await unzip(third.file('ecologie-fr.zip')))[creditsFileName] ?? new Uint8Array())).toContain(
      'Crédit : Collectif Vert',
    )
  })

  it('writes the same bytes from the same inputs, so that a full build and an incremental one agree', async () => {
    await writeSnapshotFiles(visualSpecs)
    const first = await build('first')
    const full = await build('full')
    expect(await fs.readFile(full.file('ecologie-fr.zip'))).toEqual(await fs.readFile(first.file('ecologie-fr.zip')))
  })

  it('fails on a missing original, naming it, and leaves no half-written kits behind', async () => {
    await writeSnapshotFiles(visualSpecs)
    await fs.rm(path.join(uploads, 'visual-3.png'))
    await expect(build('broken')).rejects.toThrow(/Missing upload .*visual-3\.png/)
    await expect(fs.access(path.join(root, 'builds', 'broken', 'media', 'kits'))).rejects.toThrow(/ENOENT/)
  })

  it('names and links every licence the CMS offers', () => {
    for (const code of licenceCodes) {
      const licence = licenceOf(code, 'fr')
      expect(licence.name).not.toBe(code)
      if (code.startsWith('CC')) expect(licence.url).toMatch(/^https:\/\/creativecommons\.org\//)
    }
  })
})
