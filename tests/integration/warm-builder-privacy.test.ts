import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import { unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { env } from '../../env'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'
import { readSnapshotRecords } from '../../search/snapshotRecords'
import type { User } from '../../cms/payload-types'
import { signUp } from '../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from './database'
import { createTheme, pngFile, publishedChapterData, publishedFaqData, richText, trainingData } from './fixtures'
import {
  createEventWithPrivateLink,
  createMarkedStaff,
  markerWord,
  personalDataOf,
  recordDonation,
  registrantMarkers,
} from './personalDataMarkers'
import { createVisualWithMissingFile, germanTrainingTranslation } from './siteBuildFixtures'
import { publishThroughBuilder, warmBuilderAroundTests } from './warmBuilderProcess'

// This file's builds go to a folder of their own (read when site/builder/paths is first imported).
process.env.HUB_SITE_DIR = path.resolve(`var/test/warm-privacy-${process.pid}`)

/** Every file under `dir` (kits' zips opened, each entry read too) that holds one of `needles`, as "file: needle". */
async function filesHolding(dir: string, needles: string[]): Promise<string[]> {
  const found: string[] = []
  const check = (name: string, bytes: Buffer) => {
    for (const needle of needles) if (bytes.includes(needle)) found.push(`${name}: ${needle}`)
  }
  const entries = (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name)
    const bytes = await fs.readFile(file)
    check(path.relative(dir, file), bytes)
    if (entry.name.endsWith('.zip'))
      for (const [name, data] of Object.entries(unzipSync(bytes))) check(`${path.relative(dir, file)} → ${name}`, Buffer.from(data))
  }
  return found
}

/** A page file's bytes and inode: an unchanged page is the live build's file, hard-linked. */
interface PageFile {
  bytes: Buffer
  ino: number
}

/** The files under `relativeDir` of the build `build`, by path. */
async function pageFiles(build: string, relativeDir: string): Promise<Map<string, PageFile>> {
  const dir = path.join(build, relativeDir)
  const files = new Map<string, PageFile>()
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(build, file), { bytes: await fs.readFile(file), ino: (await fs.stat(file)).ino })
  }
  return files
}

/** The warm builder's socket asked something else than the CMS job asks: its status and body. */
const askBuilderRaw = (method: string, body: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const call = http.request(
      { socketPath: env.warmBuilderSocket, path: '/build', method, headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    call.on('error', reject)
    call.end(body)
  })

/** Local API options that apply `user`'s access, as the admin does for them. */
const actingAs = (user: User) => ({ user, overrideAccess: false })

describeOnDatabase('the warm site builder: personal data and what must not change', () => {
  let payload: Payload
  const builder = warmBuilderAroundTests()

  /** Saves a draft over the published version, as `user` does in the admin. */
  const saveDraftAs = (
    user: User,
    save: { collection: 'programme' | 'trainings'; id: number; locale?: LocaleCode; data: { title?: string; summary?: string } },
  ) => payload.update({ ...save, draft: true, ...actingAs(user) })

  /** Publishes through the builder and fails with the build's log unless it succeeded. */
  const publishSucceeding = async (reason: string) => {
    const { answer, entry } = await publishThroughBuilder(payload, reason)
    expect(answer, entry.log ?? '').toBe('succeeded')
    return entry
  }

  const liveBuild = async () => {
    const { liveBuildDir } = await import('../../site/builder/paths')
    const live = await liveBuildDir()
    expect(live).not.toBeNull()
    return live ?? ''
  }

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('no personal data (staff, registrants, donors, a translator’s draft) reaches any file it writes, its output or its builds’ logs', async () => {
    const { siteDir, snapshotDir } = await import('../../site/builder/paths')
    // A staff member whose name and e-mail are markers.
    const editor = await createMarkedStaff(payload, 'editor')
    // A training, and a downloadable visual of its theme (the theme's kit holds it), by that staff member.
    const theme = await createTheme(payload)
    const training = await payload.create({
      collection: 'trainings',
      ...actingAs(editor),
      data: { ...trainingData(), themes: [theme.id], _status: 'published' },
    })
    await payload.create({
      collection: 'visuals',
      ...actingAs(editor),
      data: { title: 'Affiche', alt: 'Une affiche', credit: 'Collectif', licence: 'CC0-1.0', downloadable: true, themes: [theme.id] },
      file: await pngFile(),
    })
    // A published event taking sign-ups here, with an online link sent to registrants only.
    const { basics, event, privateLink } = await createEventWithPrivateLink(payload)
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const chapter = await payload.create({ collection: 'programme', data: publishedChapterData() })
    // The first publication through the builder, before anyone signs up or gives.
    await publishSucceeding('warm privacy: first')
    expect(await fs.readFile(path.join(await liveBuild(), 'fr', 'events', event.slug, 'index.html'), 'utf8')).toContain(event.title)

    // A person signs up to the event, markers for name, address and phone.
    const registrant = registrantMarkers()
    const signedUp = await signUp(payload, { eventId: event.id, ...registrant, guests: 0, language: 'fr', consentText: 'J’accepte.' })
    expect(signedUp.outcome).toBe('confirmed')
    // A donor who gave to the event's group, as the donation endpoint and Stripe's webhook would store it.
    const donor = await recordDonation(payload, basics.group)
    // A translator whose name and e-mail are markers saves a German draft of the chapter (its text a
    // marker too: a draft is not public) and publishes a German FAQ.
    const translator = await createMarkedStaff(payload, 'translator', ['de'])
    const germanDraftTitle = `Besser leben ${markerWord('mkbrouillon')}`
    await saveDraftAs(translator, { collection: 'programme', id: chapter.id, locale: 'de', data: { title: germanDraftTitle } })
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      ...actingAs(translator),
      data: { question: 'Wie trete ich bei?', answer: richText('Online.'), _status: 'published' },
    })
    // The marker staff member edits the training, published (its summary holds a word that is no
    // personal data: the checks below must find it, in the pages and in the search index), then
    // saves a draft over it (its summary a marker).
    const publicWord = markerWord('mkpublic')
    await payload.update({
      collection: 'trainings',
      id: training.id,
      ...actingAs(editor),
      data: { summary: `Un résumé revu par l’équipe : ${publicWord}.`, _status: 'published' },
    })
    const editorDraftSummary = `Brouillon ${markerWord('mkbrouillonresume')}`
    await saveDraftAs(editor, { collection: 'trainings', id: training.id, data: { summary: editorDraftSummary } })
    // The event people signed up to is published again: its pages and calendars are written anew.
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'On se retrouve, la salle a changé.', _status: 'published' },
    })
    await publishSucceeding('warm privacy: after sign-ups, gifts and edits')

    const live = await liveBuild()
    const page = async (...parts: string[]) => fs.readFile(path.join(live, ...parts, 'index.html'), 'utf8')
    expect(await page('fr', 'trainings', training.slug)).toContain(publicWord)
    expect(await page('fr', 'events', event.slug)).toContain('la salle a changé')
    expect(await page('de', 'faq')).toContain('Wie trete ich bei?')
    const liveFiles = (await fs.readdir(live, { recursive: true })).map(String)
    // What the search looks in, the calendars, the sitemap and the kits are among the files checked.
    const kinds = [/^search-index\//, /\.ics$/, /sitemap.*\.xml$/, /^media\/kits\/.+\.zip$/]
    expect(kinds.filter((kind) => !liveFiles.some((file) => kind.test(file))).map(String)).toEqual([])
    // The check finds a word where it is: in the training's pages and in the search index's terms.
    const publicWordFiles = (await filesHolding(live, [publicWord])).map((found) => found.split(':')[0] ?? '')
    expect(publicWordFiles).toContain(path.join('fr', 'trainings', training.slug, 'index.html'))
    expect(publicWordFiles.some((file) => file.startsWith(`search-index${path.sep}fr${path.sep}`) && file.includes('terms'))).toBe(true)

    const personalData = [
      ...personalDataOf({ staff: [editor, translator], registrant, privateLink, donor }),
      registrant.phone.replaceAll(' ', ''),
      donor.phone.replaceAll(' ', ''),
      germanDraftTitle,
      editorDraftSummary,
    ]
    // Each marker word alone too: the search index holds words, HTML and URLs escape what is around them.
    const needles = [...new Set([...personalData, ...personalData.flatMap((text) => text.match(/mk[a-z]+\d{4}/g) ?? [])])]
    // Every file of the live build (pages, search index, calendars, sitemap, kits, media), and all the
    // builder keeps beside it: the snapshot, the earlier builds, page records, Astro's modules and cache.
    expect(await filesHolding(siteDir, needles)).toEqual([])
    const records = JSON.stringify(await readSnapshotRecords(snapshotDir))
    expect(needles.filter((needle) => records.includes(needle))).toEqual([])
    // The builder's output, and the logs of every build recorded.
    expect(builder.output.length).toBeGreaterThan(0)
    const builderOutput = builder.output.join('\n')
    expect(needles.filter((needle) => builderOutput.includes(needle))).toEqual([])
    const builds = await payload.find({ collection: 'site-builds', pagination: false, depth: 0 })
    expect(builds.docs.filter((build) => build.reason?.startsWith('warm privacy')).length).toBe(2)
    const logs = builds.docs.map((build) => build.log ?? '').join('\n')
    expect(needles.filter((needle) => logs.includes(needle))).toEqual([])
  }, 600_000)

  it('a translation published in one language changes no page of the other languages, nor of other content', async () => {
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const translated = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const unrelated = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await publishSucceeding('warm languages: before the translation')
    const trainingDir = (locale: string, slug: string) => path.join(locale, 'trainings', slug)
    /** The pages of the translated training, the unrelated training and the FAQ, in every language. */
    const pagesNow = async () => {
      const live = await liveBuild()
      const pages = new Map<string, PageFile>()
      for (const locale of siteLocaleCodes)
        for (const dir of [trainingDir(locale, translated.slug), trainingDir(locale, unrelated.slug), path.join(locale, 'faq')])
          for (const [file, page] of await pageFiles(live, dir)) pages.set(file, page)
      return pages
    }
    const before = await pagesNow()
    // In each language: each training's page and its two lessons', the FAQ page.
    expect(before.size).toBe(siteLocaleCodes.length * (3 + 3 + 1))

    // A German translation of the training and of the FAQ, saved in German and published.
    await payload.update({
      collection: 'trainings',
      id: translated.id,
      locale: 'de',
      data: germanTrainingTranslation(translated),
    })
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      data: { question: 'Wie trete ich bei?', answer: richText('Online.'), _status: 'published' },
    })
    await publishSucceeding('warm languages: German published')
    const after = await pagesNow()
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    const german = (file: string) => file.startsWith(`de${path.sep}`)
    const changed = (file: string) => !after.get(file)?.bytes.equals(before.get(file)?.bytes ?? Buffer.alloc(0))
    const rendered = (file: string) => after.get(file)?.ino !== before.get(file)?.ino
    const files = [...before.keys()]
    const translatedFiles = files.filter((file) => file.includes(translated.slug))
    const faqFiles = files.filter((file) => file.includes(`${path.sep}faq${path.sep}`))
    const unrelatedFiles = files.filter((file) => file.includes(unrelated.slug))
    // The German pages show the translation.
    expect(after.get(path.join(trainingDir('de', translated.slug), 'index.html'))?.bytes.toString()).toContain('Öffentlich sprechen')
    expect(after.get(path.join('de', 'faq', 'index.html'))?.bytes.toString()).toContain('Wie trete ich bei?')
    // Every other language's pages are the same, byte for byte.
    expect([...translatedFiles, ...faqFiles].filter((file) => !german(file) && changed(file))).toEqual([])
    // The training's pages in the other languages are the live build's own files, not rendered again.
    expect(translatedFiles.filter((file) => !german(file) && rendered(file))).toEqual([])
    // The unrelated training's pages, in every language German included, are untouched.
    expect(unrelatedFiles.filter((file) => changed(file) || rendered(file))).toEqual([])
  }, 300_000)

  it('a request it refuses, or a build that fails, writes nothing: no entry, the same live build, no folder left', async () => {
    const { buildsDir, pagesDir } = await import('../../site/builder/paths')
    const listed = async (dir: string) => (await fs.readdir(dir)).sort()
    const state = async () => ({
      live: await liveBuild(),
      builds: await listed(buildsDir),
      pages: await listed(pagesDir),
      entries: (await payload.count({ collection: 'site-builds' })).totalDocs,
    })
    const before = await state()
    const homePage = async () => fs.stat(path.join(before.live, 'fr', 'index.html'))
    const home = await homePage()

    // Requests that are not the job's: refused at once, nothing built nor recorded.
    for (const [method, body, status] of [
      ['POST', 'not json', 400],
      ['POST', JSON.stringify({ reason: 'no record' }), 400],
      ['POST', JSON.stringify({ reason: 'empty record', record: '' }), 400],
      ['POST', JSON.stringify({ reason: 'not a number', record: 1.5 }), 400],
      ['GET', '', 404],
    ] as const) {
      const answer = await askBuilderRaw(method, body)
      expect(answer.status, `${method} ${body}: ${answer.body}`).toBe(status)
      expect(await state(), `${method} ${body}`).toEqual(before)
    }

    // A visual whose file vanished from the disk: the build cannot put it in its theme's kit and fails.
    const { theme, visual } = await createVisualWithMissingFile(payload)
    const failed = await publishThroughBuilder(payload, 'warm refusal: a missing file')
    expect(failed.answer).toBe('failed')
    expect(failed.entry).toMatchObject({ status: 'failed', reason: 'warm refusal: a missing file' })
    expect(failed.entry.log).toContain(visual.filename)
    // Only its entry: the live build, the builds' folders (no staging folder left) and page records as they were.
    expect(await state()).toEqual({ ...before, entries: before.entries + 1 })
    expect((await homePage()).ino).toBe(home.ino)

    // The builder goes on: the next publication is built.
    await payload.delete({ collection: 'visuals', id: visual.id })
    await payload.delete({ collection: 'themes', id: theme.id })
    const next = await publishSucceeding('warm refusal: after the failure')
    expect(next.status).toBe('succeeded')
    expect(await liveBuild()).not.toBe(before.live)
  }, 300_000)
})
