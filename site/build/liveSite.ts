import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSite, type Log, type SiteBuildResult } from './buildSite'
import { buildsDir, currentLink } from './paths'

/** Builds kept on disk: the live one and a few before it, for a quick manual rollback. */
const keptBuilds = 3

/** Points `current` at `dir` in one rename: visitors see the old site or the new one, never half of each. */
async function swapCurrent(dir: string) {
  const temporary = `${currentLink}.${process.pid}.tmp`
  await fs.rm(temporary, { force: true })
  await fs.symlink(dir, temporary, 'dir')
  await fs.rename(temporary, currentLink)
}

async function pruneOldBuilds(live: string) {
  const builds = (await fs.readdir(buildsDir)).sort().reverse()
  for (const name of builds.slice(keptBuilds)) {
    const dir = path.join(buildsDir, name)
    if (dir !== live) await fs.rm(dir, { recursive: true, force: true })
  }
}

/** The log kept with the build record: the end matters most when a build fails. */
const maxLogChars = 60_000

/**
 * Builds into a new folder and switches the served site to it. If anything
 * fails, the folder is removed and the previous site stays online. Each build
 * is recorded in `site-builds` (status, duration, pages, log) for editors.
 */
export async function publishLiveSite(payload: Payload, { reason, log }: { reason: string; log: Log }): Promise<SiteBuildResult> {
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
  const record = await payload.create({ collection: 'site-builds', data: { status: 'running', reason, startedAt: startedAt.toISOString() } })
  await fs.mkdir(buildsDir, { recursive: true })
  const dir = path.join(buildsDir, startedAt.toISOString().replace(/[:.]/g, '-'))
  try {
    const result = await buildSite(payload, dir, logged)
    await swapCurrent(dir)
    await pruneOldBuilds(dir)
    logged('Site en ligne mis à jour.')
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { status: 'succeeded', finishedAt: new Date().toISOString(), durationMs: result.durationMs, pages: result.pages, log: logText() },
    })
    return result
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    logged(error instanceof Error ? (error.stack ?? error.message) : String(error))
    await payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { status: 'failed', finishedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime(), log: logText() },
    })
    throw error
  }
}
