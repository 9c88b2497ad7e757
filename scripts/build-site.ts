/**
 * Builds the public site from the published CMS content.
 *
 *   tsx scripts/build-site.ts                 live: new folder under var/site/builds, then switch
 *                                             var/site/current to it; recorded in "site-builds"
 *   tsx scripts/build-site.ts --out dist      a deployable copy for any static host
 *
 * Used by `npm start` (first build), by the CMS rebuild job and by `npm run build`.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { buildSite } from '../site/build/buildSite'
import { publishLiveSite } from '../site/build/liveSite'
import { siteDir } from '../site/build/paths'

const { values } = parseArgs({ options: { out: { type: 'string' }, reason: { type: 'string', default: '' } } })
const log = (line: string) => console.log(line)

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One build at a time on this machine: a second one waits for the first. */
async function acquireLock(): Promise<() => Promise<void>> {
  const lock = path.join(siteDir, 'build.lock')
  await fs.mkdir(siteDir, { recursive: true })
  for (;;) {
    try {
      await fs.writeFile(lock, String(process.pid), { flag: 'wx' })
      return () => fs.rm(lock, { force: true })
    } catch {
      const holder = Number(await fs.readFile(lock, 'utf8').catch(() => '0'))
      if (holder > 0 && isRunning(holder)) await new Promise((resolve) => setTimeout(resolve, 500))
      else await fs.rm(lock, { force: true })
    }
  }
}

const release = await acquireLock()
let exitCode = 0
try {
  const payload = await getPayload({ config })
  if (values.out) await buildSite(payload, path.resolve(values.out), log)
  else await publishLiveSite(payload, { reason: values.reason || 'manual', log })
} catch (error) {
  console.error(`La construction du site a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await release()
}
process.exit(exitCode)
