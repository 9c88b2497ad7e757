import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, expect, it, vi } from 'vitest'

import { writeSnapshot } from '../../publication/snapshot/writeSnapshot'
import type { ResponsiveImage } from '../../publication/schema'
import { describeOnDatabase, testPayload } from './database'
import { createTheme, createUser, pngFile, textFile, trainingData, uniqueSlug } from './fixtures'

/** Everything the snapshot wrote, as one string and as parsed entries per collection. */
async function writeTestSnapshot(payload: Payload) {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
  const result = await writeSnapshot(payload, { locales: ['fr', 'en', 'es'], outDir })
  const files = await fs.readdir(outDir)
  const text = (await Promise.all(files.map((file) => fs.readFile(path.join(outDir, file), 'utf8')))).join('\n')
  const read = async (collection: string) =>
    JSON.parse(await fs.readFile(path.join(outDir, `${collection}.json`), 'utf8')) as Record<string, unknown>[]
  return { result, text, read }
}

describeOnDatabase('public snapshot', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('exports published resources in every language, marking incomplete translations, and nothing unpublished', async () => {
    const theme = await createTheme(payload)
    const cover = await payload.create({
      collection: 'visuals',
      data: { title: 'Couverture', alt: 'Une foule sur une place', credit: 'Collectif', licence: 'CC-BY-4.0', downloadable: true },
      file: await pngFile(),
    })
    const published = await payload.create({
      collection: 'trainings',
      data: { ...trainingData(), cover: cover.id, themes: [theme.id], _status: 'published' },
    })
    // A partial English translation, published with the French by an editor who publishes every language at once.
    await payload.update({ collection: 'trainings', id: published.id, locale: 'en', draft: true, data: { title: 'Public speaking' } })
    await payload.update({ collection: 'trainings', id: published.id, publishAllLocales: true, data: { _status: 'published' } })
    const draft = await payload.create({ collection: 'trainings', draft: true, data: { ...trainingData(), _status: 'draft' } })
    const withdrawn = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await payload.update({ collection: 'trainings', id: withdrawn.id, data: { _status: 'draft' } })
    // A published document whose newer changes are still a draft: the site keeps the published text.
    await payload.update({ collection: 'trainings', id: published.id, draft: true, data: { title: 'Brouillon pas encore relu' } })

    const { result, read } = await writeTestSnapshot(payload)
    const trainings = (await read('trainings')).filter((entry) => entry.slug === published.slug)
    expect(trainings.map(({ locale, title, translated }) => ({ locale, title, translated }))).toEqual([
      { locale: 'fr', title: 'Prendre la parole en public', translated: true },
      // Only the title is in English: the page says the rest is the French text.
      { locale: 'en', title: 'Public speaking', translated: false },
      { locale: 'es', title: 'Prendre la parole en public', translated: false },
    ])
    expect(trainings[0]).toMatchObject({ themes: [theme.slug], image: { width: 1600, height: 1000, alt: 'Une foule sur une place' } })
    const lessons = (trainings[0]?.modules as { lessons: { slug: string; bodyHtml: string }[] }[])[0]?.lessons
    expect(lessons?.[0]).toMatchObject({ slug: 'message', bodyHtml: '<p>Un message, trois arguments.</p>' })

    const slugs = (await read('trainings')).map((entry) => entry.slug)
    expect(slugs).not.toContain(draft.slug)
    expect(slugs).not.toContain(withdrawn.slug)
    // The files pages link to are listed for copying into the site, under /media/.
    expect(
      result.media.some((file) => file.url.startsWith('/media/visuals/') && file.from.endsWith(cover.sizes?.social?.filename ?? '?')),
    ).toBe(true)
  })

  it('gives pages the responsive copies made at upload, and the uploaded file only to a picture without copies', async () => {
    const visual = (file: Awaited<ReturnType<typeof pngFile>>) =>
      payload.create({
        collection: 'visuals',
        data: { title: 'Visuel', alt: 'Une affiche', credit: 'Collectif', licence: 'CC-BY-4.0', downloadable: false },
        file,
      })
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30" width="400" height="300"><rect width="40" height="30" fill="#c9462c"/></svg>'
    const [photo, small, drawing] = [
      await visual(await pngFile()),
      await visual(await pngFile(undefined, 500, 300)),
      await visual(textFile(`${uniqueSlug('logo')}.svg`, svg, 'image/svg+xml')),
    ]
    const trainings = await Promise.all(
      [photo, small, drawing].map((cover) =>
        payload.create({ collection: 'trainings', data: { ...trainingData(), cover: cover.id, _status: 'published' } }),
      ),
    )

    const { result, read } = await writeTestSnapshot(payload)
    const exported = await read('trainings')
    const imageOf = (slug: string) => exported.find((entry) => entry.slug === slug && entry.locale === 'fr')?.image as ResponsiveImage
    const [photoImage, smallImage, drawingImage] = trainings.map((training) => imageOf(training.slug))
    const widths = (image?: ResponsiveImage) => [image?.avif.map((copy) => copy.width), image?.webp.map((copy) => copy.width)]
    // Every width of the ladder the picture is wide enough for, in its proportions; the original stays unpublished.
    expect(widths(photoImage)).toEqual([
      [320, 640, 960, 1440],
      [320, 640, 960, 1440],
    ])
    expect(photoImage?.webp.map((copy) => copy.height)).toEqual([200, 400, 600, 900])
    expect(photoImage?.original).toBeNull()
    expect(widths(smallImage)).toEqual([[320], [320]])
    // An SVG has no copies: its file is the picture.
    expect(widths(drawingImage)).toEqual([[], []])
    expect(drawingImage).toMatchObject({ width: 400, height: 300, original: `/media/visuals/${drawing.filename}` })

    const served = new Map(result.media.map((file) => [file.url, file.from]))
    for (const copy of [...(photoImage?.avif ?? []), ...(photoImage?.webp ?? [])]) {
      const metadata = await sharp(served.get(copy.url) ?? '').metadata()
      expect({ format: metadata.format, width: metadata.width }, copy.url).toEqual({
        format: copy.url.endsWith('.avif') ? 'heif' : 'webp',
        width: copy.width,
      })
    }
    expect(served.has(`/media/visuals/${photo.filename}`)).toBe(false)
  })

  it('carries no personal data: no account, e-mail or password hash reaches the site', async () => {
    const marker = uniqueSlug('personne')
    const editor = await createUser(payload, 'editor')
    await payload.update({ collection: 'users', id: editor.id, data: { name: marker } })
    await payload.create({
      collection: 'trainings',
      user: editor,
      overrideAccess: false,
      data: { ...trainingData(), _status: 'published' },
    })

    const { text } = await writeTestSnapshot(payload)
    expect(text).not.toContain(marker)
    expect(text).not.toContain(editor.email)
    expect(text).not.toMatch(/"(email|hash|salt|password|createdBy|updatedBy|user)"/)
  })

  it('reads again only the documents changed since the last export, and writes what a full export writes', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    const locales = ['fr', 'en', 'es'] as const
    const edited = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const withdrawn = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await writeSnapshot(payload, { locales, outDir })

    await payload.update({ collection: 'trainings', id: edited.id, data: { title: 'Titre revu', _status: 'published' } })
    await payload.update({ collection: 'trainings', id: withdrawn.id, data: { _status: 'draft' } })
    const find = vi.spyOn(payload, 'find')
    await writeSnapshot(payload, { locales, outDir })
    const fullReads = find.mock.calls.filter(([options]) => options.collection === 'trainings' && !options.select)
    find.mockRestore()
    // Each read of trainings' content asked for the edited one alone.
    expect(fullReads.length).toBeGreaterThan(0)
    for (const [options] of fullReads) expect(options.where).toEqual({ id: { in: [String(edited.id)] } })

    const incremental = JSON.parse(await fs.readFile(path.join(outDir, 'trainings.json'), 'utf8')) as { slug: string; title: string }[]
    expect(incremental.find((entry) => entry.slug === edited.slug)?.title).toBe('Titre revu')
    expect(incremental.some((entry) => entry.slug === withdrawn.slug)).toBe(false)
    const fresh = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    await writeSnapshot(payload, { locales, outDir: fresh })
    expect(await fs.readFile(path.join(fresh, 'trainings.json'), 'utf8')).toBe(
      await fs.readFile(path.join(outDir, 'trainings.json'), 'utf8'),
    )
    await Promise.all([outDir, fresh].map((dir) => fs.rm(dir, { recursive: true, force: true })))
  })
})
