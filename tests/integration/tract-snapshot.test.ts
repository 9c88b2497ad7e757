import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'
import sharp from 'sharp'
import { z } from 'zod'

import { tracts } from '../../content/data/tracts'
import { createSeedContext } from '../../content/seed/context'
import { pickLocale } from '../../content/seed/localize'
import { silentProgress } from '../../content/seed/progress'
import { seedThemes } from '../../content/seed/themes'
import { seedTracts, tractTemplateDoc } from '../../content/seed/tracts'
import { writeSnapshot } from '../../publication/snapshot/writeSnapshot'
import { type MediaFile, tractSchema } from '../../publication/schema'
import { renderTractPreviews } from '../../site/data/tractPreviews'
import { fontUrl } from '../../tracts/fonts'
import { nodeAssets } from '../../tracts/node/assets'
import { renderTractPdf } from '../../tracts/pdf'
import { pixelSize } from '../../tracts/svg'
import { fontIds, isPrintTemplate, templateProblems } from '../../tracts/template'
import { describeOnDatabase, testPayload } from './database'
import { createUser, pngFile, uniqueSlug } from './fixtures'

const tractEntry = tractSchema
type TractEntry = z.infer<typeof tractEntry>

const writeSnapshotTo = async (payload: Payload, outDir: string) => {
  const result = await writeSnapshot(payload, { locales: ['fr', 'en', 'es'], outDir })
  const text = await fs.readFile(path.join(outDir, 'tracts.json'), 'utf8')
  return { media: result.media, text, entries: z.array(tractEntry).parse(JSON.parse(text)) }
}

const exists = (file: string) =>
  fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  )

/** The square demo template as French document data, with its PNG artwork. */
const squareTemplate = (artwork: number | string) => {
  const square = tracts.find((tract) => tract.format === 'square')
  if (!square) throw new Error('The demo has a square template')
  const doc = tractTemplateDoc(square, { themes: [], pdf: null, png: artwork })
  return { ...(pickLocale(doc, 'fr') as object), slug: uniqueSlug('carre'), _status: 'published' as const }
}

describeOnDatabase('tract templates on the public site', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    const context = await createSeedContext(payload, silentProgress)
    await seedThemes(context)
    await seedTracts(context)
  }, 120_000)

  it('exports every demo template in each language, with its artwork and the fonts served under /media/', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    const { media, entries } = await writeSnapshotTo(payload, outDir)
    const served = new Map(media.map((file: MediaFile) => [file.url, file.from]))
    for (const tract of tracts) {
      const mine = entries.filter((entry) => entry.slug === tract.slug)
      expect(
        mine.map(({ locale, name, translated }) => ({ locale, name, translated })),
        tract.slug,
      ).toEqual([
        { locale: 'fr', name: tract.name.fr, translated: true },
        { locale: 'en', name: tract.name.en, translated: true },
        // Not translated into Spanish: the French texts, marked as such.
        { locale: 'es', name: tract.name.fr, translated: false },
      ])
      for (const entry of mine) {
        expect(templateProblems(entry), `${entry.locale}/${entry.slug}`).toEqual([])
        expect(entry.fields.map((field) => field.key)).toEqual(tract.fields.map((field) => field.key))
        const files = [entry.artwork.image, entry.artwork.pdf].filter((url): url is string => url !== null)
        expect(files.length).toBe(isPrintTemplate(entry) ? 2 : 1)
        for (const url of files) {
          expect(url).toMatch(/^\/media\/tract-artwork\//)
          expect(await exists(served.get(url) ?? ''), url).toBe(true)
        }
        // Drawn after the snapshot (site/data/tractPreviews.ts).
        expect(entry.preview).toBeNull()
      }
      expect(mine[1]?.fields.find((field) => field.key === 'headline')?.label).toBe('Headline')
    }
    for (const id of fontIds) expect(await exists(served.get(fontUrl(id)) ?? ''), id).toBe(true)
    await fs.rm(outDir, { recursive: true, force: true })
  })

  it('carries no personal data, and no draft template', async () => {
    const editor = await createUser(payload, 'editor')
    const marker = uniqueSlug('personne')
    await payload.update({ collection: 'users', id: editor.id, data: { name: marker } })
    const artwork = await payload.create({
      collection: 'tract-artwork',
      data: { credit: 'Atelier' },
      file: await pngFile(undefined, 1080, 1080),
    })
    const published = await payload.create({
      collection: 'tract-templates',
      user: editor,
      overrideAccess: false,
      data: squareTemplate(artwork.id) as never,
    })
    const draft = await payload.create({
      collection: 'tract-templates',
      draft: true,
      data: { ...squareTemplate(artwork.id), _status: 'draft' } as never,
    })

    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    const { text, entries } = await writeSnapshotTo(payload, outDir)
    const slugs = new Set(entries.map((entry: TractEntry) => entry.slug))
    expect(slugs.has(published.slug)).toBe(true)
    expect(slugs.has(draft.slug)).toBe(false)
    expect(text).not.toContain(marker)
    expect(text).not.toContain(editor.email)
    expect(text).not.toMatch(/"(email|hash|salt|password|createdBy|updatedBy|user)"/)
    await fs.rm(outDir, { recursive: true, force: true })
  })

  it('exports a template again when its artwork changes, though the template itself did not', async () => {
    const artwork = await payload.create({
      collection: 'tract-artwork',
      data: { credit: 'Atelier' },
      file: await pngFile(undefined, 1080, 1080),
    })
    const template = await payload.create({ collection: 'tract-templates', data: squareTemplate(artwork.id) as never })
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    const imageOf = async () =>
      (await writeSnapshotTo(payload, outDir)).entries.find((entry: TractEntry) => entry.slug === template.slug && entry.locale === 'fr')
        ?.artwork.image
    expect(await imageOf()).toBe(`/media/tract-artwork/${artwork.filename}`)

    const replaced = await payload.update({
      collection: 'tract-artwork',
      id: artwork.id,
      data: {},
      file: await pngFile(undefined, 1080, 1080),
    })
    expect(replaced.filename).not.toBe(artwork.filename)
    expect(await imageOf()).toBe(`/media/tract-artwork/${replaced.filename}`)
    await fs.rm(outDir, { recursive: true, force: true })
  })

  it('npm run tract renders a published template by its slug into the very PDF the customiser makes from the site’s copy', async () => {
    const a5 = tracts.find((tract) => tract.format === 'A5')
    if (!a5) throw new Error('The demo has an A5 template')
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-tract-'))
    const { media, entries } = await writeSnapshotTo(payload, outDir)
    const siteCopy = entries.find((entry: TractEntry) => entry.slug === a5.slug && entry.locale === 'en')
    if (!siteCopy) throw new Error('The A5 template is exported in English')
    const values = {
      values: {
        group: 'Lyon 8e action group',
        date: '2026-12-03',
        time: '19:30',
        place: 'Salle Pierre-Valdo\n3 place Valdo, Lyon',
        contact: 'example.org/lyon-8',
      },
      legal: { mode: 'ipns' },
    }
    await fs.writeFile(path.join(outDir, 'values.json'), JSON.stringify(values))

    const out = path.join(outDir, 'tract.pdf')
    const args = ['scripts/tract.ts', '--template', a5.slug, '--locale', 'en', '--data', path.join(outDir, 'values.json'), '--out', out]
    await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), args, { env: { ...process.env, HUB_JOBS: 'off' } })

    const served = new Map(media.map((file: MediaFile) => [file.url, file.from]))
    const { bytes } = await renderTractPdf(
      siteCopy,
      values as never,
      nodeAssets((url) => served.get(url) ?? url),
    )
    expect(Buffer.compare(await fs.readFile(out), Buffer.from(bytes))).toBe(0)
    await fs.rm(outDir, { recursive: true, force: true })
  }, 120_000)

  it('shows each template in the gallery filled in with sample data, drawn once until it changes', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-previews-'))
    await writeSnapshotTo(payload, outDir)
    const lines: string[] = []
    await renderTractPreviews(outDir, (line) => lines.push(line))
    const entries = z.array(tractEntry).parse(JSON.parse(await fs.readFile(path.join(outDir, 'tracts.json'), 'utf8')))
    const demoA5 = tracts.find((tract) => tract.format === 'A5')
    // Other test files add their own templates (French only) to this database: the demo's is the one translated.
    const a5 = (locale: string) => entries.find((entry) => entry.locale === locale && entry.slug === demoA5?.slug)
    const [fr, en, es] = [a5('fr'), a5('en'), a5('es')]
    if (!fr?.preview) throw new Error('The French A5 template has a preview')
    expect({ width: fr.preview.width, height: fr.preview.height }).toEqual(pixelSize(fr.page))
    expect([fr.preview.avif, fr.preview.webp].map((copies) => copies.map((copy) => copy.width))).toEqual([
      [320, 640],
      [320, 640],
    ])
    // Each copy is served, in its format, at the size the page gives it.
    const media = z
      .array(z.object({ url: z.string(), from: z.string() }))
      .parse(JSON.parse(await fs.readFile(path.join(outDir, 'media.json'), 'utf8')))
    const served = new Map(media.map((file) => [file.url, file.from]))
    for (const copy of [...fr.preview.avif, ...fr.preview.webp]) {
      const metadata = await sharp(served.get(copy.url) ?? '').metadata()
      expect({ format: metadata.format, width: metadata.width, height: metadata.height }, copy.url).toEqual({
        format: copy.url.endsWith('.avif') ? 'heif' : 'webp',
        width: copy.width,
        height: copy.height,
      })
    }
    // English has its own texts; Spanish shows the French ones, so the same picture.
    expect(en?.preview).not.toEqual(fr.preview)
    expect(es?.preview).toEqual(fr.preview)

    await renderTractPreviews(outDir, (line) => lines.push(line))
    expect(lines.at(-1)).toMatch(/\(0 dessinés\)/)
    await fs.rm(outDir, { recursive: true, force: true })
  }, 120_000)
})
