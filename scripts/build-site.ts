/**
 * Builds the public site from the published CMS content.
 *
 *   tsx scripts/build-site.ts                 live: new folder under var/site/builds, then switch
 *                                             var/site/current to it; recorded in "site-builds"
 *   tsx scripts/build-site.ts --out dist      a deployable copy for any static host
 *
 * Used by `npm start` (first build), by the CMS rebuild job and by `npm run build`.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { buildSite } from '../site/build/buildSite'
import { publishLiveSite } from '../site/build/liveSite'

const { values } = parseArgs({ options: { out: { type: 'string' }, reason: { type: 'string', default: '' } } })
const log = (line: string) => console.log(line)

let exitCode = 0
try {
  const payload = await getPayload({ config })
  if (values.out) await buildSite(payload, path.resolve(values.out), log)
  else await publishLiveSite(payload, { reason: values.reason || 'manual', log })
} catch (error) {
  console.error(`La construction du site a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
}
process.exit(exitCode)
