import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { projectRoot } from '../../env'
import { type BuildOutcome, finishRunningBuild } from '../../publication/siteBuilds'
import { withBuildLock } from './buildLock'
import { buildSite, type Log, type PageRecords, type SiteBuildResult } from './buildSite'
import { codeFingerprint, readCodeFingerprint, writeCodeFingerprint } from './pageManifest'
import { buildsDir, currentLink, liveBuildDir, pagesDir } from './paths'

/** Builds kept on disk: the live one and a few before it, for a quick manual rollback. */
const keptBuilds = 3

/** Points `current` at `dir` in one rename: visitors see the old site or the new one, never half of each. */
async function swapCurrent(dir: string) {
  const temporary = `${currentLink}.${process.pid}.tmp`
  await fs.rm(temporary, { force: true })
  await fs.symlink(dir, temporary, 'dir')
  await fs.rename(temporary, currentLink)
}

/** Removes a build and the records of its pages. */
async function removeBuild(name: string) {
  await fs.rm(path.join(buildsDir, name), { recursive: true, force: true })
  await fs.rm(path.join(pagesDir, name), { recursive: true, force: true })
}

/**
 * Removes the builds past the few kept, and what lies beside them (a build's staging folders, the
 * files a build moved aside, site/builder/buildFolder.ts): run under the build lock, when none is
 * being made, those are left over.
 */
async function pruneOldBuilds(live: string) {
  const entries = await fs.readdir(buildsDir)
  for (const entry of entries.filter((name) => name.startsWith('.')))
    await fs.rm(path.join(buildsDir, entry), { recursive: true, force: true })
  const builds = entries
    .filter((name) => !name.startsWith('.'))
    .sort()
    .reverse()
  for (const name of builds.slice(keptBuilds)) if (name !== live) await removeBuild(name)
}

/** The live build, when the code with this `fingerprint` made it: its unchanged pages can be reused. */
async function reusableBuild(fingerprint: string): Promise<PageRecords['previous']> {
  const live = await liveBuildDir()
  if (!live) return undefined
  const recordsDir = path.join(pagesDir, path.basename(live))
  return readCodeFingerprint(recordsDir) === fingerprint ? { buildDir: live, recordsDir } : undefined
}

/** The log kept with the build record: the end matters most when a build fails. */
const maxLogChars = 60_000

export type FinishedBuild = BuildOutcome & { durationMs: number }

/**
 * A build's entry in `site-builds`, where editors see it. The CMS job creates it
 * ("running") before starting the build and passes its id; a build started by
 * hand is recorded when it ends. Payload is loaded only then, after `astro build`
 * has exited, so that the two never hold memory at the same time.
 * An entry is written once, while it is "running": the id comes from a request (the warm
 * builder's socket, a command's argument), and a finished entry keeps what it says.
 */
export const siteBuildRecord =
  (loadPayload: () => Promise<Payload>, { id, reason, startedAt }: { id?: number | string; reason: string; startedAt: Date }) =>
  async (outcome: FinishedBuild) => {
    const payload = await loadPayload()
    if (id === undefined) {
      await payload.create({ collection: 'site-builds', data: { reason, startedAt: startedAt.toISOString(), ...outcome } })
      return
    }
    if (!(await finishRunningBuild(payload, id, outcome)))
      payload.logger.warn(`Site build ${id}: no such entry still running, its outcome (${outcome.status}) is not recorded.`)
  }

/**
 * Builds into a new folder and switches the served site to it. If anything
 * fails, the folder is removed and the previous site stays online. The outcome
 * (status, duration, pages, log) goes to `finish`, see siteBuildRecord.
 * Only changed pages are rendered, unless `full` (which also leaves behind the
 * pictures of withdrawn resources that incremental builds carry over).
 */
export async function publishLiveSite({
  finish,
  log,
  full = false,
  build = buildSite,
}: {
  finish: (outcome: FinishedBuild) => Promise<void>
  log: Log
  full?: boolean
  /** How the new folder is built: in processes of its own (buildSite), or by the warm builder (site/builder/warm/). */
  build?: (outDir: string, records: PageRecords, log: Log) => Promise<SiteBuildResult>
}): Promise<SiteBuildResult> {
  const lines: string[] = []
  const logged: Log = (line) => {
    lines.push(line)
    log(line)
  }
  const logText = () => {
    const text = lines.join('\n')
    return text.length > maxLogChars ? `…\n${text.slice(-maxLogChars)}` : text
  }
  const startedAt = new Date()
  await fs.mkdir(buildsDir, { recursive: true })
  const name = startedAt.toISOString().replace(/[:.]/g, '-')
  const dir = path.join(buildsDir, name)
  let result: SiteBuildResult
  try {
    // The next build reuses this one's pages only if the code that made them is still the same.
    const fingerprint = codeFingerprint(projectRoot)
    const records = { dir: path.join(pagesDir, name), previous: full ? undefined : await reusableBuild(fingerprint) }
    result = await build(dir, records, logged)
    writeCodeFingerprint(records.dir, fingerprint)
    await swapCurrent(dir)
    logged('Site en ligne mis à jour.')
  } catch (error) {
    await removeBuild(name)
    logged(error instanceof Error ? (error.stack ?? error.message) : String(error))
    await finish({ status: 'failed', finishedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime(), log: logText() })
    throw error
  }
  await finish({
    status: 'succeeded',
    finishedAt: new Date().toISOString(),
    durationMs: result.durationMs,
    pages: result.pages,
    log: logText(),
  })
  // After the record: removing a build's thousands of files takes seconds that nobody waits for. Under
  // the build lock: a build started meanwhile may be taking over the oldest folder kept (buildFolder.ts).
  await withBuildLock(() => pruneOldBuilds(name)).catch((error: unknown) =>
    log(`Anciennes versions du site non supprimées : ${String(error)}`),
  )
  return result
}
