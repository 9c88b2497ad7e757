import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from './database'
import { createTheme, pngFile, rejection, richText, textFile, trainingData, uniqueSlug, vttText } from './fixtures'

describeOnDatabase('content model', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('keeps a draft private until it is published, then serves every language with French fallback', async () => {
    const theme = await createTheme(payload)
    const draft = await payload.create({
      collection: 'trainings',
      draft: true,
      data: { ...trainingData(), themes: [theme.id], _status: 'draft' },
    })
    const anonymous = { collection: 'trainings', overrideAccess: false, where: { id: { equals: draft.id } } } as const
    expect((await payload.find(anonymous)).totalDocs).toBe(0)

    await payload.update({
      collection: 'trainings',
      id: draft.id,
      locale: 'en',
      draft: true,
      data: {
        title: 'Public speaking',
        // Arrays are shared by all languages: every row is sent, translated or not.
        modules: [
          {
            id: draft.modules[0]?.id,
            lessons: draft.modules[0]?.lessons.map((lesson, index) => ({
              id: lesson.id,
              ...(index === 0 ? { title: 'Finding your message' } : {}),
            })),
          },
        ],
      },
    })
    // An editor publishes every language at once (a partial translation falls back to French).
    await payload.update({ collection: 'trainings', id: draft.id, publishAllLocales: true, data: { _status: 'published' } })

    const [fr] = (await payload.find({ ...anonymous, locale: 'fr' })).docs
    const [en] = (await payload.find({ ...anonymous, locale: 'en' })).docs
    expect(fr?.title).toBe('Prendre la parole en public')
    expect(en?.title).toBe('Public speaking')
    expect(en?.modules[0]?.lessons[0]?.title).toBe('Finding your message')
    // Not translated: falls back to French.
    expect(en?.summary).toBe('Structurer une intervention de trois minutes.')
    expect(en?.modules[0]?.lessons[1]?.title).toBe('Répéter')
    // One slug for every language; lesson slugs are filled from titles.
    expect(en?.slug).toBe(fr?.slug)
    expect(fr?.modules[0]?.lessons[1]?.slug).toBe('repeter')
    expect(fr?.publishedAt).toBeTruthy()
  })

  it('refuses a document with missing required fields, field by field, and writes nothing', async () => {
    const before = await payload.count({ collection: 'trainings' })
    const errors = await rejection(payload.create({ collection: 'trainings', data: { title: 'Sans le reste' } as never }))
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(['summary', 'kind', 'level', 'durationMinutes', 'modules']))
    expect((await payload.count({ collection: 'trainings' })).totalDocs).toBe(before.totalDocs)
  })

  it('keeps slugs unique per collection and well-formed', async () => {
    const slug = uniqueSlug('doublon')
    await payload.create({ collection: 'trainings', data: trainingData(slug) })
    const duplicate = await rejection(payload.create({ collection: 'trainings', data: trainingData(slug) }))
    expect(duplicate[0]?.path).toBe('slug')
    const malformed = await rejection(payload.create({ collection: 'trainings', data: trainingData('Avec Accents é') }))
    expect(malformed[0]).toMatchObject({ path: 'slug', message: expect.stringContaining('minuscules') })
    // The same slug is free in another collection.
    const sheet = await payload.create({
      collection: 'sheets',
      data: { title: 'Fiche', slug, kind: 'sheet', summary: 'Résumé', body: richText('Texte') },
    })
    expect(sheet.slug).toBe(slug)
  })

  it('refuses two lessons with the same slug in one training', async () => {
    const data = trainingData()
    data.modules?.push({ title: 'Encore', lessons: [{ title: 'Message bis', slug: 'message', body: richText('Doublon') }] })
    const errors = await rejection(payload.create({ collection: 'trainings', data }))
    expect(errors[0]).toMatchObject({ path: 'modules', message: expect.stringContaining('« message »') })
  })

  it('validates theme colours for contrast and ISBN check digits', async () => {
    const pale = await rejection(
      payload.create({ collection: 'themes', data: { name: 'Pâle', slug: uniqueSlug('pale'), colour: '#ffee99' } }),
    )
    expect(pale[0]).toMatchObject({ path: 'colour', message: expect.stringContaining('contraste') })
    const isbn = await rejection(
      payload.create({
        collection: 'bibliographies',
        data: {
          title: 'Lectures',
          slug: uniqueSlug('biblio'),
          summary: 'Résumé',
          entries: [{ author: 'A', title: 'B', isbn: '978-2-07-036822-7' }],
        },
      }),
    )
    expect(isbn[0]).toMatchObject({ path: 'entries.0.isbn', message: expect.stringContaining('ISBN') })
  })

  it('numbers programme measures chapter.position', async () => {
    const chapter = await payload.create({
      collection: 'programme',
      data: {
        number: 900 + Math.floor(Math.random() * 90),
        title: 'Partager les richesses',
        slug: uniqueSlug('chapitre'),
        summary: 'Résumé',
        sections: [
          { title: 'Salaires', measures: [{ title: 'SMIC' }, { title: 'Écarts' }] },
          { title: 'Impôts', measures: [{ title: 'Progressivité' }] },
        ],
      },
    })
    expect(chapter.sections.flatMap((section) => section.measures.map((measure) => measure.number))).toEqual([
      `${chapter.number}.1`,
      `${chapter.number}.2`,
      `${chapter.number}.3`,
    ])
  })

  it('accepts WebVTT subtitles once per language and checks platform ids', async () => {
    const fr = await payload.create({ collection: 'files', data: { title: 'fr' }, file: textFile('fr.vtt', vttText, 'text/vtt') })
    const pdfLike = await payload.create({ collection: 'files', data: { title: 'notice' }, file: await pngFile('notice.png', 20, 20) })
    const base = { title: 'Vidéo', summary: 'Résumé', source: 'peertube' as const, durationSeconds: 60 }
    const video = await payload.create({
      collection: 'videos',
      data: {
        ...base,
        slug: uniqueSlug('video'),
        providerId: 'video.example.org/9c9de5e8-0a1b-4c3d-8e2f-1a2b3c4d5e6f',
        subtitles: [{ language: 'fr', file: fr.id }],
      },
    })
    expect(video.subtitles?.[0]?.language).toBe('fr')

    const twice = await rejection(
      payload.create({
        collection: 'videos',
        data: {
          ...base,
          slug: uniqueSlug('video'),
          providerId: 'video.example.org/9c9de5e8-0a1b-4c3d-8e2f-1a2b3c4d5e6f',
          subtitles: [
            { language: 'fr', file: fr.id },
            { language: 'fr', file: fr.id },
          ],
        },
      }),
    )
    expect(twice[0]).toMatchObject({ path: 'subtitles', message: expect.stringContaining('fr') })
    const notVtt = await rejection(
      payload.create({
        collection: 'videos',
        data: {
          ...base,
          slug: uniqueSlug('video'),
          providerId: 'video.example.org/9c9de5e8-0a1b-4c3d-8e2f-1a2b3c4d5e6f',
          subtitles: [{ language: 'en', file: pdfLike.id }],
        },
      }),
    )
    expect(notVtt[0]).toMatchObject({ path: 'subtitles.0.file', message: expect.stringContaining('WebVTT') })
    const badId = await rejection(
      payload.create({ collection: 'videos', data: { ...base, slug: uniqueSlug('video'), source: 'youtube', providerId: 'pas un id' } }),
    )
    expect(badId[0]).toMatchObject({ path: 'providerId', message: expect.stringContaining('YouTube') })
  })

  it('cuts visuals into the named sizes with sharp, around the focal point', async () => {
    const visual = await payload.create({
      collection: 'visuals',
      data: {
        title: 'Manifestation',
        alt: 'Une foule place de la République',
        credit: 'GA Paris 11e',
        licence: 'CC-BY-SA-4.0',
        focalX: 20,
        focalY: 50,
      },
      file: await pngFile(undefined, 900, 600),
    })
    expect(visual.sizes?.thumbnail).toMatchObject({ width: 320, height: 320 })
    expect(visual.sizes?.card).toMatchObject({ width: 800, height: 500 })
    expect(visual.sizes?.social).toMatchObject({ width: 1200, height: 630 })
    expect(visual.sizes?.square).toMatchObject({ width: 1080, height: 1080 })
    expect(visual.focalX).toBe(20)
    const staticDir = payload.collections.visuals.config.upload.staticDir as string
    expect(fs.existsSync(path.join(staticDir, visual.sizes?.social?.filename ?? 'missing'))).toBe(true)
  })

  it('publishes a scheduled draft when the jobs runner reaches its date', async () => {
    const draft = await payload.create({
      collection: 'faqs',
      draft: true,
      data: { question: 'Quand ?', slug: uniqueSlug('faq'), answer: richText('Bientôt.'), category: 'act', order: 1, _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'faqs', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    const published = await payload.find({ collection: 'faqs', overrideAccess: false, where: { id: { equals: draft.id } } })
    expect(published.docs[0]?._status).toBe('published')
  })
})
