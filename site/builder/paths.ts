import fs from 'node:fs/promises'
import path from 'node:path'

import { env } from '../../env'

/**
 * Where the live site lives on the machine that serves it (HUB_SITE_DIR, by
 * default var/site; the end-to-end tests use their own):
 *   var/site/snapshot/       the last snapshot of published content (input of the Astro loaders)
 *   var/site/builds/<id>/    one folder per build
 *   var/site/pages/<id>/     what each page of that build shows (digests), for incremental builds
 *   var/site/current         symlink to the build being served, swapped atomically
 *   var/site/cache/          Astro's cache: entry digests, kept between builds
 */
export const siteDir = env.siteDir
export const snapshotDir = path.join(siteDir, 'snapshot')
export const buildsDir = path.join(siteDir, 'builds')
export const pagesDir = path.join(siteDir, 'pages')
export const currentLink = path.join(siteDir, 'current')
export const cacheDir = path.join(siteDir, 'cache')

/** The folder being served, or null before the first build. */
export async function liveBuildDir(): Promise<string | null> {
  try {
    return await fs.realpath(currentLink)
  } catch {
    return null
  }
}
