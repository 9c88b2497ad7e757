import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { trainings } from '../../content/data/trainings'
import { videos } from '../../content/data/videos'
import { createSeedContext } from '../../content/seed/context'
import { seedDemoContent } from '../../content/seed/index'
import { silentProgress } from '../../content/seed/progress'
import { seedScale } from '../../content/seed/scale'
import { describeOnDatabase, testPayload } from './database'

/** What the demo must contain, at least (issue: foundation, "Demo content"). */
const minimums: Partial<Record<CollectionSlug, number>> = {
  trainings: 8,
  videos: 10,
  infographics: 8,
  bibliographies: 6,
  sheets: 8,
  faqs: 25,
  programme: 5,
  themes: 8,
}

const counts = async (payload: Payload) => {
  const slugs: CollectionSlug[] = [
    'trainings',
    'videos',
    'infographics',
    'bibliographies',
    'sheets',
    'faqs',
    'programme',
    'themes',
    'visuals',
    'files',
    'users',
  ]
  return Object.fromEntries(
    await Promise.all(slugs.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs] as const)),
  )
}

describeOnDatabase('demo content seed', () => {
  let payload: Payload
  let first: Record<string, number>

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemoContent(payload, silentProgress)
    first = await counts(payload)
  }, 300_000)

  it('creates at least the promised amount of content, all published', async () => {
    for (const [collection, minimum] of Object.entries(minimums)) {
      expect(first[collection], collection).toBeGreaterThanOrEqual(minimum)
    }
    expect(first.visuals).toBeGreaterThanOrEqual(20)
    const measures = (await payload.find({ collection: 'programme', limit: 100, overrideAccess: false })).docs.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.measures),
    )
    expect(measures.length).toBeGreaterThanOrEqual(30)
    // Other test files share this database: look at the demo's own documents.
    const demoTrainings = { slug: { in: trainings.map((training) => training.slug) } }
    const publicTrainings = await payload.count({ collection: 'trainings', where: demoTrainings, overrideAccess: false })
    expect(publicTrainings.totalDocs).toBe(trainings.length)
  })

  it('gives every video French and English WebVTT subtitles', async () => {
    const demoVideos = await payload.find({
      collection: 'videos',
      where: { slug: { in: videos.map((video) => video.slug) } },
      limit: 100,
      depth: 1,
    })
    expect(demoVideos.totalDocs).toBe(videos.length)
    for (const video of demoVideos.docs) {
      const languages = (video.subtitles ?? []).map((track) => track.language)
      expect(languages, video.slug).toEqual(expect.arrayContaining(['fr', 'en']))
      for (const track of video.subtitles ?? []) {
        expect(typeof track.file === 'object' && track.file?.mimeType, video.slug).toBe('text/vtt')
      }
    }
  })

  it('translates most content into English and some into es, de and ar, falling back to French elsewhere', async () => {
    const titles = async (locale: 'fr' | 'en' | 'es' | 'de' | 'ar') =>
      (
        await payload.find({
          collection: 'trainings',
          locale,
          where: { slug: { in: trainings.map((training) => training.slug) } },
          limit: 100,
          sort: 'slug',
          overrideAccess: false,
        })
      ).docs.map((doc) => doc.title)
    const fr = await titles('fr')
    const translated = async (locale: 'en' | 'es' | 'de' | 'ar') =>
      (await titles(locale)).filter((title, index) => title !== fr[index]).length
    expect(await translated('en')).toBeGreaterThan(fr.length / 2)
    for (const locale of ['es', 'de', 'ar'] as const) {
      const count = await translated(locale)
      expect(count, locale).toBeGreaterThan(0)
      expect(count, locale).toBeLessThan(fr.length)
    }
  })

  it('is idempotent: a second run changes nothing', async () => {
    await seedDemoContent(payload, silentProgress)
    expect(await counts(payload)).toEqual(first)
  })

  it('adds synthetic trainings in fr, en and es for benchmarks, once', async () => {
    const context = await createSeedContext(payload, silentProgress)
    await seedScale(context, 12)
    await seedScale(context, 12)
    const synthetic = { collection: 'trainings', where: { slug: { like: 'synthetique-' } }, overrideAccess: false, limit: 100 } as const
    expect((await payload.count(synthetic)).totalDocs).toBe(12)
    const [english] = (await payload.find({ ...synthetic, locale: 'en', where: { slug: { equals: 'synthetique-3' } } })).docs
    expect(english?.title).toBe('Synthetic training no. 3')
    const [spanish] = (
      await payload.find({ ...synthetic, locale: 'es', fallbackLocale: false, where: { slug: { equals: 'synthetique-3' } } })
    ).docs
    expect(spanish?.title).toBe('Formación sintética n.º 3')
    expect(spanish?.modules[0]?.lessons[0]?.title).toBe('Primera lección')
    // The admin lists drafts-enabled collections from their versions: synthetic ones are there too.
    const inAdmin = await payload.find({ ...synthetic, draft: true, overrideAccess: true })
    expect(inAdmin.totalDocs).toBe(12)
  })

  it('writes synthetic trainings in the languages asked for only (the CMS benchmarks use fr and en)', async () => {
    await seedScale(await createSeedContext(payload, silentProgress), 14, ['fr', 'en'])
    const fourteenth = {
      collection: 'trainings',
      where: { slug: { equals: 'synthetique-14' } },
      overrideAccess: false,
      fallbackLocale: false,
    } as const
    const title = async (locale: 'en' | 'es') => (await payload.find({ ...fourteenth, locale })).docs[0]?.title ?? null
    expect(await title('en')).toBe('Synthetic training no. 14')
    expect(await title('es')).toBeNull()
  })
})
