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

/** The log kept with the build record: the end matters most when a build fails. */
const maxLogChars = 60_000
const lines: string[] = []
const log = (line: string) => {
  console.log(line)
  lines.push(line)
}
const logText = () => {
  const text = lines.join('\n')
  return text.length > maxLogChars ? `…\n${text.slice(-maxLogChars)}` : text
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
      const alive = holder > 0 && (() => { try { process.kill(holder, 0); return true } catch { return false } })()
      if (!alive) await fs.rm(lock, { force: true })
      else await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

const release = await acquireLock()
const payload = await getPayload({ config })
let exitCode = 0
try {
  if (values.out) {
    await buildSite(payload, path.resolve(values.out), log)
  } else {
    const startedAt = new Date()
    const record = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', reason: values.reason || 'manual', startedAt: startedAt.toISOString() },
    })
    try {
      const result = await publishLiveSite(payload, log)
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: { status: 'succeeded', finishedAt: new Date().toISOString(), durationMs: result.durationMs, pages: result.pages, log: logText() },
      })
    } catch (error) {
      log(error instanceof Error ? (error.stack ?? error.message) : String(error))
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: { status: 'failed', finishedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime(), log: logText() },
      })
      throw error
    }
  }
} catch (error) {
  console.error(`La construction du site a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await release()
}
process.exit(exitCode)
