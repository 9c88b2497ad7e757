/**
 * Builds the public site from the published CMS content.
 *
 *   tsx scripts/build-site.ts [--reason text] [--record id] [--full]
 *                                             live: new folder under var/site/builds, then switch
 *                                             var/site/current to it; recorded in "site-builds"
 *                                             (--record: the entry the CMS job created for it;
 *                                             --full: render every page, not only changed ones)
 *   tsx scripts/build-site.ts --out dist      a deployable copy for any static host
 *
 * Used by `npm start` (first build), by the CMS rebuild job and by `npm run build`.
 * Payload is not loaded here while the site builds: the snapshot runs in its own
 * process (scripts/write-snapshot.ts), and the record is written at the end.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { buildSite } from '../site/builder/buildSite'
import { publishLiveSite, siteBuildRecord } from '../site/builder/liveSite'
import { pagesDir } from '../site/builder/paths'

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    reason: { type: 'string', default: '' },
    record: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
})
const log = (line: string) => console.log(line)

const loadPayload = async () => {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../cms/payload.config')])
  return getPayload({ config })
}

let exitCode = 0
try {
  if (values.out) {
    // A full build: its page records serve no later build.
    const records = path.join(pagesDir, `out-${process.pid}`)
    await buildSite(path.resolve(values.out), { dir: records }, log).finally(() => fs.rm(records, { recursive: true, force: true }))
  } else {
    const record = values.record === undefined ? undefined : /^\d+$/.test(values.record) ? Number(values.record) : values.record
    const finish = siteBuildRecord(loadPayload, { id: record, reason: values.reason || 'manual', startedAt: new Date() })
    await publishLiveSite({ finish, log, full: values.full })
  }
} catch (error) {
  console.error(`La construction du site a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
}
process.exit(exitCode)
