import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload, TaskConfig } from 'payload'

import { env, projectRoot } from '../../env'
import { finishRunningBuild } from '../../publication/siteBuilds'
import { askWarmBuilder } from './warmBuilderClient'

/** How long after a publication its rebuild starts: a bulk edit's saves, milliseconds apart, make one. */
export const rebuildDebounceMs = 300

/**
 * The least time between the starts of two rebuilds: a burst of publications (30 in 10 s) is built
 * a few times, each build taking all the publications made before it, not once per publication.
 */
export const rebuildSpacingMs = 5000

/** Why the hourly rebuild runs (its site-builds entry says so). */
export const hourlyRebuildReason = 'hourly: pages that depend on the time'

/** A running build's entry is touched this often by the process that runs it: its heartbeat. */
const heartbeatMs = 10_000

/** A running build not touched for this long has lost its process (crash, Ctrl-C, out of memory, redeploy). */
export const deadBuildAfterMs = 45_000

/** Time the build gets after its own time limit to stop its steps and record its outcome, before it is killed. */
const stopGraceMs = 120_000

const deadBuildReason =
  'The process running this build stopped before recording its outcome (crash, restart, Ctrl-C or out of memory). The next publication rebuilds the site.'

/**
 * Rebuilds the public site. Asks the warm site builder (scripts/site-builder.ts, started by
 * `npm start`), or, when none listens, runs `scripts/build-site.ts` in a child process: either
 * way the build's memory and CPU stay out of the admin server, and a crash there
 * cannot take the admin down. The build's entry in `site-builds` is created
 * here, so editors see it running at once; the child writes its outcome.
 * One build at a time; a newer request replaces any waiting one.
 * While the build runs, its entry gets a heartbeat: see recoverDeadRebuilds.
 */
export const rebuildSiteTask: TaskConfig<{ input: { reason?: string | null }; output: object }> = {
  slug: 'rebuildSite',
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  retries: 0,
  // The hourly rebuild keeps a key of its own: waiting for its hour, it must neither replace a
  // publication's rebuild nor be replaced by one (two builds never overlap: the second waits for the lock).
  concurrency: {
    key: ({ input }) => (input.reason === hourlyRebuildReason ? 'public-site-hourly' : 'public-site'),
    exclusive: true,
    supersedes: true,
  },
  // Hourly, whatever was published: pages that depend on the time (an event that has ended leaves
  // the agenda, a registration opens or closes) change without an edit. Only those pages are rebuilt.
  schedule: [
    {
      cron: '0 1 * * * *',
      queue: 'site',
      hooks: { beforeSchedule: async (args) => ({ ...(await args.defaultBeforeSchedule(args)), input: { reason: hourlyRebuildReason } }) },
    },
  ],
  handler: async ({ input, req: { payload } }) => {
    const reason = input.reason ?? ''
    const record = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', reason, startedAt: new Date().toISOString() },
    })
    // Writes one unchanged column, so that only `updatedAt` moves: never racing the outcome the child writes.
    const heartbeat = setInterval(() => {
      payload.db
        .updateOne({ collection: 'site-builds', id: record.id, data: { startedAt: record.startedAt } })
        .catch((error: unknown) => payload.logger.warn({ msg: `Site build ${record.id}: heartbeat not recorded`, err: error }))
    }, heartbeatMs)
    let outcome: Awaited<ReturnType<typeof askWarmBuilder>> | 'lost'
    let timedOut = false
    const timeLimit = AbortSignal.timeout(env.buildTimeLimitMinutes * 60_000 + stopGraceMs)
    try {
      outcome = await askWarmBuilder({ reason, record: record.id }, timeLimit)
      if (outcome === 'unavailable') ({ outcome, timedOut } = await buildInChildProcess(reason, record.id))
    } catch (error) {
      timedOut = timeLimit.aborted
      payload.logger.warn({ msg: `Site build ${record.id}: the site builder stopped during the build`, err: error })
      outcome = 'lost'
    } finally {
      clearInterval(heartbeat)
    }
    if (outcome !== 'succeeded') {
      // A child that died before writing its outcome leaves the entry "running": close it (an outcome
      // written meanwhile stays).
      await finishRunningBuild(payload, record.id, {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        log: timedOut
          ? `The build went past its time limit (HUB_BUILD_TIMEOUT_MINUTES=${env.buildTimeLimitMinutes}) and was stopped.`
          : 'The build process stopped before recording its outcome.',
      })
      throw new Error('Site build failed; see the site builds log in the admin.')
    }
    return { output: {} }
  },
}

/** Runs `scripts/build-site.ts` in a child process, killed past the build's time limit. */
const buildInChildProcess = (reason: string, record: number | string) =>
  new Promise<{ outcome: 'succeeded' | 'failed'; timedOut: boolean }>((resolve, reject) => {
    let timedOut = false
    const child = spawn(
      process.execPath,
      // tsx as a loader, not its command (a second process): a kill reaches the build itself.
      ['--import', 'tsx', path.join(projectRoot, 'scripts/build-site.ts'), '--reason', reason, '--record', String(record)],
      { cwd: projectRoot, env: { ...process.env, HUB_JOBS: 'off', NODE_ENV: 'production' }, stdio: 'inherit' },
    )
    // The build stops itself at its time limit; this is for a child stuck elsewhere (loading the CMS, writing the record).
    const backstop = setTimeout(
      () => {
        timedOut = true
        child.kill('SIGKILL')
      },
      env.buildTimeLimitMinutes * 60_000 + stopGraceMs,
    )
    child.on('error', reject)
    child.on('exit', (exitCode) => {
      clearTimeout(backstop)
      resolve({ outcome: exitCode === 0 ? 'succeeded' : 'failed', timedOut })
    })
  })

/**
 * A rebuild whose process is gone stays "processing" in Payload's queue, and
 * its concurrency key then holds back every later rebuild; its entry stays
 * "running" on the dashboard. Marks both failed, with the reason, once the
 * build's heartbeat is older than deadBuildAfterMs. Run by the admin server at
 * start and then every few seconds (plugins/rebuildSiteOnPublish).
 */
export async function recoverDeadRebuilds(payload: Payload, now = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - deadBuildAfterMs).toISOString()
  const dead = await payload.update({
    collection: 'site-builds',
    where: { and: [{ status: { equals: 'running' } }, { updatedAt: { less_than: staleBefore } }] },
    data: { status: 'failed', finishedAt: now.toISOString(), log: deadBuildReason },
    depth: 0,
  })
  for (const build of dead.docs) payload.logger.warn(`Site build ${build.id}: its process is gone, marked failed.`)
  // A live rebuild keeps its entry fresh: while one is, the job being processed is its own.
  const live = await payload.count({
    collection: 'site-builds',
    where: { and: [{ status: { equals: 'running' } }, { updatedAt: { greater_than_equal: staleBefore } }] },
  })
  if (live.totalDocs > 0) return
  const orphans = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { processing: { equals: true } }, { updatedAt: { less_than: staleBefore } }] },
    data: { processing: false, hasError: true, error: { message: deadBuildReason } },
    depth: 0,
  })
  for (const job of orphans.docs) payload.logger.warn(`Rebuild job ${job.id}: its process is gone, marked failed.`)
}
