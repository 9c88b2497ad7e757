/**
 * `npm run search:reindex`: rebuilds the Meilisearch indexes (one per site
 * language) from the published content, with progress, then swaps each with
 * the live one in one step: searches never see a half-filled index.
 * Needs MEILISEARCH_HOST and MEILISEARCH_ADMIN_KEY.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { meilisearchConfig } from '../search/config'
import { readSnapshotRecords } from '../search/snapshotRecords'
import { reindex } from '../search/meilisearch'
import { writeSnapshot } from '../publication/snapshot/writeSnapshot'
import { siteLocaleCodes } from '../publication/locales'

let exitCode = 0
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reindex-'))
try {
  const meilisearch = meilisearchConfig()
  if (!meilisearch) throw new Error('MEILISEARCH_HOST is not set: the static index, rebuilt with the site, is the search.')
  const payload = await getPayload({ config })
  console.log('Lecture du contenu publié…')
  await writeSnapshot(payload, {
    locales: siteLocaleCodes,
    outDir: workDir,
    onProgress: (collection, entries) => console.log(`  ${collection} : ${entries}`),
  })
  const records = await readSnapshotRecords(workDir)
  await reindex(meilisearch, siteLocaleCodes, records, (locale, sent, total) => console.log(`  ${locale} : ${sent}/${total}`))
  console.log(`Index de recherche reconstruits : ${records.length} fiches.`)
} catch (error) {
  console.error(`La réindexation a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await fs.rm(workDir, { recursive: true, force: true })
}
process.exit(exitCode)
