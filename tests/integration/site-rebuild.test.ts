import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { env } from '../../env'
import { readSnapshotRecords } from '../../search/snapshotRecords'
import { currentIndexDirs } from '../../search/staticIndex'
import { apiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { hourlyRebuildReason } from '../../cms/jobs/rebuildSite'
import { sendTranslationDigests } from '../../cms/jobs/translationDigest'
import { signUp } from '../../cms/registrations/signUp'
import { createTheme, publishedChapterData, publishedFaqData, richText, trainingData, uniqueSlug } from './fixtures'
import { createEventWithPrivateLink, createMarkedStaff, personalDataOf, recordDonation, registrantMarkers } from './personalDataMarkers'
import { createVisualWithMissingFile, germanTrainingTranslation } from './siteBuildFixtures'
import de from '../../site/i18n/de.json' with { type: 'json' }

// This file's builds go to a folder of their own (read when site/builder/paths is first imported).
process.env.HUB_SITE_DIR = path.resolve(`var/test/site-${process.pid}`)

/** The rebuild jobs waiting to run, with the reason each was queued for. */
const pendingRebuilds = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
  ).docs.map((job) => ({
    reason: String((job.input as { reason?: string }).reason),
    waitUntil: job.waitUntil ? new Date(job.waitUntil) : null,
  }))

/** Command lines of the running processes that mention `text`. */
const processesMentioning = async (text: string) => {
  const commands = await Promise.all(
    (await fs.readdir('/proc'))
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')),
  )
  return commands.map((command) => command.replaceAll('\0', ' ').trim()).filter((command) => command.includes(text))
}

describeOnDatabase('public site rebuild on publish', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    // Files before this one share the database and leave rebuilds queued, or held by a runner they
    // stopped: this file counts its own.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
  })
  afterAll(() => fs.rm(process.env.HUB_SITE_DIR ?? '', { recursive: true, force: true }))

  it('queues one debounced rebuild per burst of publications, unpublications and deletions, none for drafts, even over a published document', async () => {
    const title = `Formation ${uniqueSlug('reconstruction')}`
    const draft = await payload.create({ collection: 'trainings', draft: true, data: { ...trainingData(), title, _status: 'draft' } })
    expect((await pendingRebuilds(payload)).filter((job) => job.reason.includes(title))).toEqual([])

    const before = Date.now()
    await payload.update({ collection: 'trainings', id: draft.id, data: { _status: 'published' } })
    let pending = await pendingRebuilds(payload)
    expect(pending).toEqual([{ reason: `publish: trainings « ${title} »`, waitUntil: expect.any(Date) }])
    expect(pending[0]?.waitUntil?.getTime()).toBeGreaterThan(before)

    // A second publication replaces the waiting rebuild rather than adding one.
    await payload.update({ collection: 'trainings', id: draft.id, data: { summary: 'Nouveau résumé.', _status: 'published' } })
    pending = await pendingRebuilds(payload)
    expect(pending.map((job) => job.reason)).toEqual([`publish: trainings « ${title} »`])

    // A draft saved over the published document (a translator's, in their language) changes nothing public.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    await payload.update({ collection: 'trainings', id: draft.id, locale: 'es', draft: true, data: { title: 'Hablar en público' } })
    expect(await pendingRebuilds(payload)).toEqual([])

    await payload.update({ collection: 'trainings', id: draft.id, data: { _status: 'draft' } })
    expect((await pendingRebuilds(payload)).map((job) => job.reason)).toEqual([`unpublish: trainings « ${title} »`])

    await payload.delete({ collection: 'trainings', id: draft.id })
    expect((await pendingRebuilds(payload)).map((job) => job.reason)).toEqual([`delete: trainings « ${title} »`])
  })

  it('is also rebuilt every hour, at one minute past, and that wait neither replaces nor is replaced by a publication’s rebuild', async () => {
    const publish = async () => {
      const training = await payload.create({
        collection: 'trainings',
        data: { ...trainingData(), title: `Formation ${uniqueSlug('horaire')}`, _status: 'published' },
      })
      return `publish: trainings « ${training.title} »`
    }
    // A publication's rebuild waiting its second, then the hourly one scheduled: both stay.
    const first = await publish()
    await payload.jobs.handleSchedules({ queue: 'site' })
    let pending = await pendingRebuilds(payload)
    expect(pending.map((job) => job.reason).sort()).toEqual([first, hourlyRebuildReason].sort())
    const due = pending.find((job) => job.reason === hourlyRebuildReason)!.waitUntil!
    expect([due.getMinutes(), due.getSeconds()]).toEqual([1, 0])
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000)
    // More publications while the hourly one waits: each replaces the previous publication’s, never the hourly one.
    const second = await publish()
    const third = await publish()
    pending = await pendingRebuilds(payload)
    expect(pending.map((job) => job.reason).sort()).toEqual([third, hourlyRebuildReason].sort())
    expect(second).not.toBe(third)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
  })

  it('queues the rebuild of many saves made at once, each failing none (on PostgreSQL, within the save’s own transaction)', async () => {
    // Queued outside the save, each job took a second connection from a pool the saves held: 30 at once hung.
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => createTheme(payload)))
    expect(
      results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason)),
    ).toEqual([])
    // Saves at the same instant do not see each other's waiting job: each may leave its own.
    const reasons = (await pendingRebuilds(payload)).map((job) => job.reason)
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.filter((reason) => !reason.startsWith('create: themes « '))).toEqual([])
  }, 60_000)

  /** A live build recorded in site-builds, as `npm run build:site` runs it. */
  const liveBuild = async (reason: string, log: (line: string) => void = () => {}) => {
    const { publishLiveSite, siteBuildRecord } = await import('../../site/builder/liveSite')
    return publishLiveSite({ finish: siteBuildRecord(async () => payload, { reason, startedAt: new Date() }), log })
  }

  it('builds into a new folder and switches to it; a failed build leaves the previous site online and its log for editors', async () => {
    const { buildsDir, liveBuildDir, snapshotDir } = await import('../../site/builder/paths')
    // Published by a staff member whose name and e-mail are markers: neither may reach any file of the build.
    const editor = await createMarkedStaff(payload, 'editor')
    const published = await payload.create({
      collection: 'trainings',
      user: editor,
      overrideAccess: false,
      data: { ...trainingData(), _status: 'published' },
    })
    // A person signed up to a published event, with markers for name, address and phone; and the
    // event's online link, sent to registrants only.
    const registrant = registrantMarkers()
    const { basics, event, privateLink } = await createEventWithPrivateLink(payload)
    // A donor who gave to the event's group, as the donation endpoint and Stripe's webhook would store it: markers everywhere.
    const donor = await recordDonation(payload, basics.group)
    // From here until the emails are sent: what the CMS logs, at every level, and writes to the console (an .eml file's line).
    const logged: string[] = []
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']
    const originalLevels = Object.fromEntries(levels.map((level) => [level, logger[level]!]))
    for (const level of levels) {
      logger[level] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg))).join(' '))
        originalLevels[level]!.apply(payload.logger, args)
      }
    }
    const consoleOutput = [vi.spyOn(console, 'log'), vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')]
    const mailsBefore = existsSync(env.mailDir) ? await fs.readdir(env.mailDir) : []

    // A translator whose name and e-mail are markers saves a German draft of a chapter of the
    // programme, publishes a German FAQ, and gets the day's digest of what is left to translate.
    const translator = await createMarkedStaff(payload, 'translator', ['de'])
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    const chapter = await payload.create({ collection: 'programme', data: publishedChapterData() })
    const api = await apiClient()
    const token = await signIn(api.request, translator.email)
    const germanDraft = await api.request('PATCH', `programme/${chapter.id}?locale=de&draft=true&depth=0`, {
      token,
      body: { title: 'Besser leben' },
    })
    expect(germanDraft.status, await germanDraft.clone().text()).toBe(200)
    const germanFaq = await api.request('PATCH', `faqs/${faq.id}?locale=de&depth=0`, {
      token,
      body: { question: 'Wie trete ich bei?', answer: richText('Online.'), _status: 'published' },
    })
    expect(germanFaq.status, await germanFaq.clone().text()).toBe(200)
    // The training is translated into German, then its French summary changes: its German page must say so.
    const germanTraining = await api.request('PATCH', `trainings/${published.id}?locale=de&depth=0`, {
      token,
      body: germanTrainingTranslation(published),
    })
    expect(germanTraining.status, await germanTraining.clone().text()).toBe(200)
    await payload.update({
      collection: 'trainings',
      id: published.id,
      locale: 'fr',
      data: { summary: 'Un résumé réécrit depuis la traduction.', _status: 'published' },
    })

    const signedUp = await signUp(payload, { eventId: event.id, ...registrant, guests: 0, language: 'fr', consentText: 'J’accepte.' })
    await payload.jobs.run({ queue: 'email' })
    // The chapter's other texts are still to translate: the translator is emailed (other files' translators may be too).
    expect(await sendTranslationDigests(payload)).toBeGreaterThan(0)
    Object.assign(logger, originalLevels)
    for (const spy of consoleOutput) {
      logged.push(...spy.mock.calls.map((args) => args.map(String).join(' ')))
      spy.mockRestore()
    }
    expect(signedUp.outcome).toBe('confirmed')

    // The digest went to the translator, as an .eml file: the log names that file and the translator's id, never the person.
    const newMails = (await fs.readdir(env.mailDir)).filter((file) => !mailsBefore.includes(file))
    const mails = await Promise.all(
      newMails.map(async (file) => ({ file, mail: await simpleParser(await fs.readFile(path.join(env.mailDir, file))) })),
    )
    const digests = mails.filter(({ mail }) => mail.to && 'value' in mail.to && mail.to.value.some((to) => to.address === translator.email))
    expect(digests.map(({ mail }) => mail.subject)).toEqual(['Traductions à mettre à jour'])
    expect(digests[0]?.mail.text).toContain(`Bonjour ${translator.name},`)
    const capturedLog = logged.join('\n')
    expect(capturedLog).toContain(`Translation digest: sent to user ${translator.id} `)
    expect(capturedLog).toContain(digests[0]?.file)

    // The rows the translator's saves left: the translation's status and sources, public text only.
    const statusRows = (
      await payload.find({
        collection: 'translation-status',
        where: {
          locale: { equals: 'de' },
          or: [
            { collection: { equals: 'faqs' }, document: { equals: String(faq.id) } },
            { collection: { equals: 'programme' }, document: { equals: String(chapter.id) } },
          ],
        },
        depth: 0,
        pagination: false,
      })
    ).docs
    expect(
      statusRows.map(({ collection, status }) => ({ collection, status })).sort((a, b) => a.collection.localeCompare(b.collection)),
    ).toEqual([
      { collection: 'faqs', status: 'upToDate' },
      { collection: 'programme', status: 'missing' },
    ])
    for (const personal of [translator.name, translator.email]) expect(JSON.stringify(statusRows)).not.toContain(personal)
    // An anonymous visitor reads none of them, nor anything of the translators' endpoints.
    const [frenchSource] = (await payload.find({ collection: 'french-sources', depth: 0, limit: 1 })).docs
    expect(frenchSource).toBeDefined()
    const translationTools = [
      'translation-status',
      `translation-status/${statusRows[0]!.id}`,
      `translation-status?where[document][equals]=${faq.id}`,
      'french-sources',
      `french-sources/${frenchSource!.id}`,
      `translations/document?collection=faqs&id=${faq.id}`,
      'translations/export?lang=de',
    ]
    for (const apiPath of translationTools) {
      const response = await api.request('GET', apiPath)
      const body = await response.text()
      expect([401, 403], `anonymous GET ${apiPath}: ${response.status} ${body}`).toContain(response.status)
      for (const personal of [translator.name, translator.email]) expect(body, `anonymous GET ${apiPath}`).not.toContain(personal)
    }

    const lines: string[] = []
    await liveBuild('test', (line) => lines.push(line)).catch((error: Error) => {
      throw new Error(`${error.message}\n${lines.join('\n')}`)
    })
    const live = await liveBuildDir()
    expect(live).not.toBeNull()
    const page = await fs.readFile(path.join(live ?? '', 'fr', 'trainings', published.slug, 'index.html'), 'utf8')
    expect(page).toContain('Prendre la parole en public')
    expect(await fs.readFile(path.join(live ?? '', 'fr', 'events', event.slug, 'index.html'), 'utf8')).toContain('Réunion de quartier')
    expect(await fs.readFile(path.join(live ?? '', 'de', 'faq', 'index.html'), 'utf8')).toContain('Wie trete ich bei?')
    // An outdated translation says so, in the visitor's language, with a link to the French original; an up-to-date one does not.
    const germanPage = await fs.readFile(path.join(live ?? '', 'de', 'trainings', published.slug, 'index.html'), 'utf8')
    expect(germanPage).toContain('Öffentlich sprechen')
    expect(germanPage).toContain(de.language.outdated.replace('{{language}}', 'Deutsch'))
    expect(germanPage).toMatch(new RegExp(`<a href="/fr/trainings/${published.slug}/"[^>]*>${de.language.readOriginal}</a>`))
    expect(await fs.readFile(path.join(live ?? '', 'de', 'faq', 'index.html'), 'utf8')).not.toContain(de.language.outdated.split('{{')[0]!)
    const personalData = personalDataOf({ staff: [editor, translator], registrant, privateLink, donor })
    // Every file of the build (pages, search index, feeds, media) and the build's log.
    const files = (await fs.readdir(live ?? '', { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const bytes = await fs.readFile(path.join(file.parentPath, file.name))
      for (const personal of personalData) expect(bytes.includes(personal), `${file.name} holds ${personal}`).toBe(false)
    }
    // The search records the build's snapshot gives (what Meilisearch is sent).
    const records = JSON.stringify(await readSnapshotRecords(snapshotDir))
    for (const personal of personalData) expect(records.includes(personal), `the search records hold ${personal}`).toBe(false)
    const [record] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    // The build's log and record, and what the CMS logged while the translator worked, the person signed up and both were emailed.
    for (const log of [lines.join('\n'), record?.log ?? '', logged.join('\n')]) {
      for (const personal of personalData) expect(log).not.toContain(personal)
    }

    // A visual whose file vanished from the disk: the build cannot put it in its theme's kit and must fail.
    const { theme, visual } = await createVisualWithMissingFile(payload)
    await expect(liveBuild('test failure')).rejects.toThrow()

    // The snapshot failed while `astro build` was already starting beside it: it was stopped too.
    expect(await processesMentioning(buildsDir)).toEqual([])
    expect(await liveBuildDir()).toBe(live)
    expect(await fs.readdir(buildsDir)).toEqual([path.basename(live ?? '')])
    const [failed] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(failed).toMatchObject({ status: 'failed', reason: 'test failure' })
    expect(failed?.log).toContain(visual.filename)
    await payload.delete({ collection: 'visuals', id: visual.id })
    await payload.delete({ collection: 'themes', id: theme.id })
  }, 300_000)

  it('renders again only the pages whose content changed, and the result is the same as a full build', async () => {
    const { buildSite } = await import('../../site/builder/buildSite')
    const { liveBuildDir, pagesDir } = await import('../../site/builder/paths')
    const training = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const other = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const untouched = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await liveBuild('test full')
    const untouchedPage = async () => fs.stat(path.join((await liveBuildDir()) ?? '', 'en', 'trainings', untouched.slug, 'index.html'))
    const before = await untouchedPage()
    // The files of the index version a build's search page reads (search/staticIndexFormat.ts).
    const currentIndexFiles = async (build: string) =>
      (
        await Promise.all(
          (await currentIndexDirs(build)).map(async (dir) =>
            (await fs.readdir(path.join(build, dir), { recursive: true })).map((file) => path.join(dir, file)),
          ),
        )
      ).flat()
    const firstIndex = await currentIndexFiles((await liveBuildDir()) ?? '')
    expect(firstIndex.length).toBeGreaterThan(0)
    const pageOf = async (slug: string) =>
      fs.readFile(path.join((await liveBuildDir()) ?? '', 'fr', 'trainings', slug, 'index.html'), 'utf8')

    await payload.update({ collection: 'trainings', id: training.id, data: { title: 'Un titre tout neuf', _status: 'published' } })
    await payload.update({ collection: 'trainings', id: other.id, data: { _status: 'draft' } })
    const lines: string[] = []
    const result = await liveBuild('test incremental', (line) => lines.push(line))
    const reused = lines.map((line) => /(\d+) pages construites, (\d+) reprises/.exec(line)).find(Boolean)
    expect(reused, lines.join('\n')).toBeTruthy()
    const [rendered, kept] = [Number(reused?.[1]), Number(reused?.[2])]
    expect(kept).toBeGreaterThan(0)
    expect(rendered + kept).toBe(result.pages)
    // The page of a training nobody touched is the live build's own file, linked, not rendered again.
    expect((await untouchedPage()).ino).toBe(before.ino)
    // A search page opened before the switch still finds the index files it asks for.
    const secondBuild = (await liveBuildDir()) ?? ''
    const missing = firstIndex.filter((file) => !existsSync(path.join(secondBuild, file)))
    expect(missing).toEqual([])
    expect(await pageOf(training.slug)).toContain('Un titre tout neuf')
    await expect(pageOf(other.slug)).rejects.toThrow(/ENOENT/)

    // The same content built from scratch gives the same pages, byte for byte.
    const full = path.join(process.env.HUB_SITE_DIR ?? '', 'full')
    await buildSite(full, { dir: path.join(pagesDir, 'full') }, () => {})
    const live = (await liveBuildDir()) ?? ''
    const pagesIn = async (dir: string) =>
      (await fs.readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html') || file.endsWith('.xml')).sort()
    const files = await pagesIn(full)
    expect(await pagesIn(live)).toEqual(files)
    for (const file of files)
      expect(await fs.readFile(path.join(live, file), 'utf8'), file).toBe(await fs.readFile(path.join(full, file), 'utf8'))
  }, 300_000)
})
