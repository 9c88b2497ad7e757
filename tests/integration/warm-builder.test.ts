import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { siteLocaleCodes } from '../../publication/locales'
import { warmBuilderStartReason } from '../../publication/warmBuilder'
import { describeOnDatabase, testPayload } from './database'
import {
  createEventBasics,
  createTheme,
  eventData,
  publishedChapterData,
  publishedFaqData,
  trainingData,
  uniqueSlug,
  untilRebuildDue,
} from './fixtures'
import { publishThroughBuilder as askBuilderToPublish, warmBuilderAroundTests } from './warmBuilderProcess'

// This file's builds go to a folder of their own (read when site/builder/paths is first imported).
process.env.HUB_SITE_DIR = path.resolve(`var/test/warm-${process.pid}`)

describeOnDatabase('the warm site builder', () => {
  let payload: Payload
  const builder = warmBuilderAroundTests()

  /** A build through the builder: its answer, its entry as it ends, and how many pages it rendered. */
  const publishThroughBuilder = async () => {
    const { answer, entry } = await askBuilderToPublish(payload, 'warm builder test')
    return { answer, entry, rendered: Number(/(\d+) pages construites/.exec(entry.log ?? '')?.[1]) }
  }

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('renders only the pages a publication changed, and a series of publications gives the site a full build gives', async () => {
    const { liveBuildDir } = await import('../../site/builder/paths')
    const live = async () => (await liveBuildDir()) ?? ''
    const pageOf = async (...parts: string[]) => fs.readFile(path.join(await live(), ...parts, 'index.html'), 'utf8')
    const sitemap = async () => fs.stat(path.join(await live(), 'sitemap-0.xml'))

    // Nothing changed since the builder's own first build (`astro build`): its sitemap is linked, not written again.
    const startSitemap = await sitemap()
    expect((await publishThroughBuilder()).answer).toBe('succeeded')
    expect((await sitemap()).ino).toBe(startSitemap.ino)

    const theme = await createTheme(payload)
    const faq = await payload.create({ collection: 'faqs', data: { ...publishedFaqData(), _status: 'published' } })
    const training = await payload.create({
      collection: 'trainings',
      data: { ...trainingData(), themes: [theme.id], _status: 'published' },
    })
    const withdrawn = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    // Its own first build, when it started (on a site with nothing published yet, in the first file to run).
    const started = await payload.find({
      collection: 'site-builds',
      where: { reason: { equals: warmBuilderStartReason } },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
    })
    expect(started.docs[0]?.status).toBe('succeeded')
    const first = await publishThroughBuilder()
    expect(first.answer).toBe('succeeded')
    // Rendered with the modules the first build kept, not by another `astro build`.
    expect(first.entry.log).toContain('rendues par le constructeur chaud')
    const fileOf = async (...parts: string[]) => fs.stat(path.join(await live(), ...parts, 'index.html'))
    const trainingPage = () => fileOf('fr', 'trainings', training.slug)
    const before = await trainingPage()
    // Pages of templates without records of their own, which show no FAQ (site/lib/pageReads.ts).
    const homeBefore = await fileOf('fr')
    const themeBefore = await fileOf('fr', 'themes', theme.slug)
    const sitemapBefore = await sitemap()

    // A question corrected: the FAQ pages are rendered again, not the trainings.
    const question = `Une question corrigée ${uniqueSlug('q')} ?`
    await payload.update({ collection: 'faqs', id: faq.id, data: { question, _status: 'published' } })
    const corrected = await publishThroughBuilder()
    expect(corrected.answer).toBe('succeeded')
    expect(corrected.entry.status).toBe('succeeded')
    expect(await pageOf('fr', 'faq')).toContain(question)
    expect((await trainingPage()).ino).toBe(before.ino)
    expect((await fileOf('fr')).ino).toBe(homeBefore.ino)
    expect((await fileOf('fr', 'themes', theme.slug)).ino).toBe(themeBefore.ino)
    // The same pages: the same sitemap, not written again.
    expect((await sitemap()).ino).toBe(sitemapBefore.ino)
    // The FAQ page of each language (the French question shows where it has no translation) and the
    // site's root 404 page (rendered by every build), nothing else.
    expect(corrected.rendered).toBeGreaterThan(0)
    expect(corrected.rendered, corrected.entry.log ?? '').toBeLessThanOrEqual(siteLocaleCodes.length + 1)

    // A chapter, an event and a renamed group: pages without records of their own (programme, home,
    // donation form, groups' directory) read them.
    await payload.create({ collection: 'programme', data: publishedChapterData() })
    expect((await publishThroughBuilder()).answer).toBe('succeeded')
    const basics = await createEventBasics(payload)
    await payload.create({ collection: 'events', data: eventData(basics, { themes: [theme.id] }) as never })
    expect((await publishThroughBuilder()).answer).toBe('succeeded')
    await payload.update({ collection: 'action-groups', id: basics.group, data: { name: `Groupe ${uniqueSlug('renomme')}` } })
    expect((await publishThroughBuilder()).answer).toBe('succeeded')

    // Unpublished, renamed, published: each is on the site after its build.
    await payload.update({ collection: 'trainings', id: withdrawn.id, data: { _status: 'draft' } })
    expect((await publishThroughBuilder()).answer).toBe('succeeded')
    await expect(pageOf('fr', 'trainings', withdrawn.slug)).rejects.toThrow(/ENOENT/)
    const themeName = `Thème ${uniqueSlug('nom')}`
    await payload.update({ collection: 'themes', id: theme.id, data: { name: themeName } })
    expect((await publishThroughBuilder()).answer).toBe('succeeded')
    expect(await pageOf('fr', 'trainings', training.slug)).toContain(themeName)
    const added = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const publishedAdded = await publishThroughBuilder()
    expect(publishedAdded.answer).toBe('succeeded')
    expect(await pageOf('fr', 'trainings', added.slug)).toContain(added.title)
    // By then, builds take over the oldest build kept rather than link every unchanged file (site/builder/buildFolder.ts).
    expect(publishedAdded.entry.log).toContain('dans le dossier de la plus ancienne version gardée')

    // The same content built from scratch, as `npm run build` does (NODE_ENV=production, as the CMS job
    // runs builds; the islands' scripts differ under vitest's 'test'): the same pages, byte for byte.
    const full = path.join(process.env.HUB_SITE_DIR ?? '', 'full')
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', '--out', full], {
        env: { ...process.env, HUB_JOBS: 'off', NODE_ENV: 'production' },
        stdio: 'ignore',
      }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The full build exited with ${code}`)))),
    )
    const pagesIn = async (dir: string) =>
      (await fs.readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html') || file.endsWith('.xml')).sort()
    const files = await pagesIn(full)
    const warm = await live()
    expect(await pagesIn(warm)).toEqual(files)
    // Every file and folder of the full build, and no other but the search index's previous version,
    // kept for a search page opened before the switch: nothing left over in a build folder taken over.
    const everything = async (dir: string) => (await fs.readdir(dir, { recursive: true })).sort()
    const currentIndex = async (locale: string) =>
      (JSON.parse(await fs.readFile(path.join(warm, 'search-index', locale, 'meta.json'), 'utf8')) as { version: string }).version
    const previousIndexVersion = async (file: string) => {
      const [root, locale, version] = file.split(path.sep)
      return (
        root === 'search-index' &&
        locale !== undefined &&
        version !== undefined &&
        version !== 'meta.json' &&
        version !== (await currentIndex(locale))
      )
    }
    const warmFiles: string[] = []
    for (const file of await everything(warm)) if (!(await previousIndexVersion(file))) warmFiles.push(file)
    expect(warmFiles).toEqual(await everything(full))
    for (const file of files)
      expect(await fs.readFile(path.join(warm, file), 'utf8'), file).toBe(await fs.readFile(path.join(full, file), 'utf8'))
  }, 900_000)

  it('a burst of 30 publications within 10 s makes at most 3 builds, and the last one shows all 30', async () => {
    const { liveBuildDir } = await import('../../site/builder/paths')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    const drafts = await Promise.all(
      Array.from({ length: 30 }, () =>
        payload.create({ collection: 'faqs', draft: true, data: { ...publishedFaqData(), _status: 'draft' } }),
      ),
    )
    const since = new Date().toISOString()
    // The admin server's job runner: the site queue, every second.
    let running = true
    const runner = (async () => {
      while (running) {
        // A publication may delete the waiting rebuild (it supersedes it) as the runner takes it:
        // Payload's run then fails on the missing job, as the admin server's runner would, and the
        // next run goes on, as there.
        await payload.jobs.run({ queue: 'site', limit: 1 }).catch(() => undefined)
        await sleep(1000)
      }
    })()
    const questions = drafts.map(() => `Question de la rafale ${uniqueSlug('q')} ?`)
    for (const [index, draft] of drafts.entries()) {
      await payload.update({ collection: 'faqs', id: draft.id, data: { question: questions[index], _status: 'published' } })
      await sleep(10_000 / drafts.length)
    }
    const pendingOrRunning = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
        })
      ).totalDocs
    const deadline = Date.now() + 180_000
    while ((await pendingOrRunning()) > 0 && Date.now() < deadline) await sleep(500)
    running = false
    await runner
    const builds = await payload.find({ collection: 'site-builds', where: { startedAt: { greater_than_equal: since } }, depth: 0 })
    expect(builds.docs.map((build) => build.status)).not.toContain('failed')
    expect(builds.totalDocs).toBeGreaterThan(0)
    expect(builds.totalDocs).toBeLessThanOrEqual(3)
    const faqPage = await fs.readFile(path.join((await liveBuildDir()) ?? '', 'fr', 'faq', 'index.html'), 'utf8')
    expect(questions.filter((question) => !faqPage.includes(question))).toEqual([])
  }, 300_000)

  it('a builder killed during a build: the build is recorded failed, the previous site stays, and the next publication is built without it', async () => {
    const { liveBuildDir } = await import('../../site/builder/paths')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    const before = await liveBuildDir()
    const faq = await payload.create({ collection: 'faqs', data: { ...publishedFaqData(), _status: 'published' } })
    const question = `Question pendant la panne ${uniqueSlug('q')} ?`
    await payload.update({ collection: 'faqs', id: faq.id, data: { question, _status: 'published' } })
    await untilRebuildDue(payload)
    const run = payload.jobs.run({ queue: 'site', limit: 1 })
    // Killed once its build has started (its entry is running).
    const started = Date.now()
    while (
      !(await payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } } })).totalDocs &&
      Date.now() - started < 30_000
    )
      await sleep(50)
    builder.kill()
    await run
    const [lost] = (await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })).docs
    expect(lost?.status).toBe('failed')
    expect(lost?.log).toContain('stopped before recording its outcome')
    expect(await liveBuildDir()).toBe(before)

    // No builder listens: the job builds in processes of its own, and the question is online.
    await payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'published' } })
    await untilRebuildDue(payload)
    await payload.jobs.run({ queue: 'site', limit: 1 })
    const [rebuilt] = (await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })).docs
    expect(rebuilt?.status).toBe('succeeded')
    expect(rebuilt?.log).not.toContain('constructeur chaud')
    expect(await fs.readFile(path.join((await liveBuildDir()) ?? '', 'fr', 'faq', 'index.html'), 'utf8')).toContain(question)
  }, 300_000)
})
