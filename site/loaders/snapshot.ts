import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Loader } from 'astro/loaders'

import type { SnapshotCollection } from '../../publication/schema'
import { snapshotCollectionFile } from '../../publication/snapshot/collectionFile'
import { warmContentSource } from '../lib/buildScope'
import { snapshotComplete } from './snapshotComplete'

/**
 * Bumped when the mapping from the snapshot to entries changes, so that
 * digests differ and every entry is processed again.
 */
const loaderVersion = 1

/**
 * Loads one exported collection. Each entry keeps a digest of its data:
 * an entry whose digest did not change since the last build is skipped,
 * and entries that vanished (unpublished, deleted) are removed.
 */
export function snapshotLoader(collection: SnapshotCollection): Loader {
  return {
    name: `hub-snapshot-${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      // The warm builder's pages read the content source it installed (site/lib/buildScope.ts): Astro's
      // store stays empty rather than keep a second copy of the content in the builder's memory.
      if (warmContentSource()) {
        store.clear()
        return
      }
      // Builds (site/builder/buildSite.ts) name their export; `astro sync`/`astro check` (types only) need none.
      // eslint-disable-next-line no-restricted-syntax -- not configuration: the build's snapshot folder, set by site/builder/buildSite.ts
      const snapshotDir = process.env.HUB_SITE_SNAPSHOT
      if (!snapshotDir) {
        logger.warn('HUB_SITE_SNAPSHOT is not set: no content loaded (build with `npm run build:site`)')
        return
      }
      await snapshotComplete()
      const file = snapshotCollectionFile(path.resolve(snapshotDir), collection)
      const entries = JSON.parse(await readFile(file, 'utf8')) as { locale: string; slug: string }[]
      const seen = new Set<string>()
      let written = 0
      for (const entry of entries) {
        const id = `${entry.locale}/${entry.slug}`
        seen.add(id)
        const digest = generateDigest({ loaderVersion, entry })
        if (store.get(id)?.digest === digest) continue
        const data = await parseData({ id, data: entry })
        if (store.set({ id, data, digest })) written++
      }
      const removed = store.keys().filter((id) => !seen.has(id))
      for (const id of removed) store.delete(id)
      logger.info(`${collection}: ${written} updated, ${removed.length} removed, ${seen.size} in all`)
    },
  }
}
