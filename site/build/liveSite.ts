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

/**
 * Builds into a new folder and switches the served site to it. If anything
 * fails, the folder is removed and the previous site stays online.
 */
export async function publishLiveSite(payload: Payload, log: Log): Promise<SiteBuildResult> {
  await fs.mkdir(buildsDir, { recursive: true })
  const dir = path.join(buildsDir, new Date().toISOString().replace(/[:.]/g, '-'))
  try {
    const result = await buildSite(payload, dir, log)
    await swapCurrent(dir)
    await pruneOldBuilds(dir)
    log('Site en ligne mis à jour.')
    return result
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }
}
