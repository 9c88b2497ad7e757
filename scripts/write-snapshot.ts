/**
 * The first step of a site build (site/builder/buildSite.ts runs it): exports the
 * published content for the Astro loaders, then exits, so that the CMS's memory
 * is given back before `astro build` starts.
 *
 *   tsx scripts/write-snapshot.ts --out var/site/snapshot
 */
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { writeSnapshot } from '../publication/snapshot/writeSnapshot'
import { renderTractPreviews } from '../site/data/tractPreviews'
import { siteLocaleCodes } from '../publication/locales'

const { values } = parseArgs({ options: { out: { type: 'string' } } })

let exitCode = 0
try {
  if (!values.out) throw new Error('--out <folder> is required')
  const payload = await getPayload({ config })
  console.log(`Export du contenu publié (${siteLocaleCodes.join(', ')})…`)
  await writeSnapshot(payload, {
    locales: siteLocaleCodes,
    outDir: values.out,
    onProgress: (collection, entries) => console.log(`  ${collection} : ${entries}`),
  })
  await renderTractPreviews(values.out, console.log)
} catch (error) {
  console.error(`L’export du contenu a échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
}
process.exit(exitCode)
