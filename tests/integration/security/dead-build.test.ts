import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { trainingData, untilRebuildDue } from '../fixtures'

// This file's builds go to a folder of their own (read when site/builder/paths is first imported).
process.env.HUB_SITE_DIR = path.resolve(`var/test/site-dead-build-${process.pid}`)
const root = path.resolve(import.meta.dirname, '../../..')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const waitFor = async (what: string, condition: () => Promise<boolean>, timeoutMs: number) => {
  for (const end = Date.now() + timeoutMs; !(await condition()); await sleep(250)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`)
  }
}

/** Whether a process of the build runs in the folder of a new build (astro build, started beside the snapshot). */
const astroRunning = async (buildsDir: string) => {
  const commands = await Promise.all(
    (await fs.readdir('/proc'))
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')),
  )
  return commands.some((command) => command.includes('astro.mjs') && command.includes(buildsDir))
}

/** The rebuild jobs marked as being processed (the hourly rebuild may queue a newer one meanwhile, not processed). */
const processingRebuilds = (payload: Payload) =>
  payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { processing: { equals: true } }] },
    depth: 0,
    limit: 100,
  })

describeOnDatabase('a dead build blocks no later rebuild', () => {
  let payload: Payload
  // Imported once testPayload has set DATABASE_URL: the CMS's environment is read at import.
  let rebuildSite: typeof import('../../../cms/jobs/rebuildSite')
  beforeAll(async () => {
    payload = await testPayload()
    rebuildSite = await import('../../../cms/jobs/rebuildSite')
  })
  afterAll(() => fs.rm(process.env.HUB_SITE_DIR ?? '', { recursive: true, force: true }))

  it('a build killed mid-run with its job runner is marked failed with the reason, and the next publication builds the site', async () => {
    const { buildsDir, liveBuildDir } = await import('../../../site/builder/paths')
    await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    await untilRebuildDue(payload)

    const processingBefore = new Set((await processingRebuilds(payload)).docs.map((job) => job.id))
    // The admin server runs the rebuild, and dies with it (out of memory, redeploy, Ctrl-C) once astro is at work.
    const runner = spawn(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(import.meta.dirname, 'siteQueueRunner.ts')],
      {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let runnerOutput = ''
    for (const stream of [runner.stdout, runner.stderr]) stream.on('data', (chunk: Buffer) => (runnerOutput += chunk.toString()))
    const runnerExited = new Promise((resolve) => runner.once('exit', resolve))
    const building = async () =>
      (await payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } } })).totalDocs === 1 &&
      (await astroRunning(buildsDir))
    await waitFor('the build to be running', building, 240_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${runnerOutput}`)
    })
    process.kill(-(runner.pid ?? 0), 'SIGKILL')
    await runnerExited
    await waitFor('the build’s processes to end', async () => !(await astroRunning(buildsDir)), 10_000)

    // As it was left: the job still "processing" (holding back every other rebuild), its entry "running".
    // Another test file's runner may be at work meanwhile (its job processing, its build running, its
    // heartbeat fresh): the dead ones are those the check recovers.
    const processing = (await processingRebuilds(payload)).docs.filter((job) => !processingBefore.has(job.id))
    expect(processing.length).toBeGreaterThanOrEqual(1)
    const running = (await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, depth: 0 })).docs
    expect(running.length).toBeGreaterThanOrEqual(1)

    const next = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    // The admin server's check, as it runs a minute later (every 15 s).
    await rebuildSite.recoverDeadRebuilds(payload, new Date(Date.now() + 60_000))
    const builds = await Promise.all(running.map(({ id }) => payload.findByID({ collection: 'site-builds', id, depth: 0 })))
    const failed = builds.filter((build) => build.status === 'failed')
    expect(failed.length).toBeGreaterThanOrEqual(1)
    for (const build of failed) expect(build.log).toContain('stopped before recording its outcome')
    const jobs = await Promise.all(processing.map(({ id }) => payload.findByID({ collection: 'payload-jobs', id, depth: 0 })))
    expect(jobs.filter((job) => !job.processing && job.hasError).length).toBeGreaterThanOrEqual(1)

    await untilRebuildDue(payload)
    await payload.jobs.run({ queue: 'site' })
    const [latest] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, depth: 0 })).docs
    expect(latest, latest?.log ?? '').toMatchObject({ status: 'succeeded' })
    const live = (await liveBuildDir()) ?? ''
    await expect(fs.readFile(path.join(live, 'fr', 'trainings', next.slug, 'index.html'), 'utf8')).resolves.toContain(
      'Prendre la parole en public',
    )
  }, 600_000)

  it('stops a build past its time limit (HUB_BUILD_TIMEOUT_MINUTES): recorded failed with the reason, its processes ended, the previous site online', async () => {
    const { buildsDir, liveBuildDir } = await import('../../../site/builder/paths')
    const { publishLiveSite, siteBuildRecord } = await import('../../../site/builder/liveSite')
    const live = await liveBuildDir()
    // 1.2 s: the snapshot alone takes longer to start.
    vi.stubEnv('HUB_BUILD_TIMEOUT_MINUTES', '0.02')
    const build = publishLiveSite({
      finish: siteBuildRecord(async () => payload, { reason: 'time limit', startedAt: new Date() }),
      log: () => {},
    })
    await expect(build).rejects.toThrow(/limite de 0.02 min \(HUB_BUILD_TIMEOUT_MINUTES\)/)
    vi.unstubAllEnvs()
    expect(await astroRunning(buildsDir)).toBe(false)
    expect(await liveBuildDir()).toBe(live)
    const [latest] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, depth: 0 })).docs
    expect(latest).toMatchObject({ status: 'failed', reason: 'time limit', log: expect.stringContaining('HUB_BUILD_TIMEOUT_MINUTES') })
  }, 120_000)

  it('leaves a live build alone: a rebuild whose entry has a fresh heartbeat is not marked failed', async () => {
    const running = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', reason: 'live', startedAt: new Date().toISOString() },
    })
    await rebuildSite.recoverDeadRebuilds(payload)
    expect(await payload.findByID({ collection: 'site-builds', id: running.id, depth: 0 })).toMatchObject({ status: 'running' })
    await payload.delete({ collection: 'site-builds', id: running.id })
  })
})
