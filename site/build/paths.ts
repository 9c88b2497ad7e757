import fs from 'node:fs/promises'
import path from 'node:path'

import { varDir } from '../../cms/env'

/**
 * Where the live site lives on the machine that serves it:
 *   var/site/content/        the last CMS export (input of the Astro loaders)
 *   var/site/builds/<id>/    one folder per build
 *   var/site/current         symlink to the build being served, swapped atomically
 */
export const siteDir = path.join(varDir, 'site')
export const contentDir = path.join(siteDir, 'content')
export const buildsDir = path.join(siteDir, 'builds')
export const currentLink = path.join(siteDir, 'current')

/** The folder being served, or null before the first build. */
export async function liveBuildDir(): Promise<string | null> {
  try {
    return await fs.realpath(currentLink)
  } catch {
    return null
  }
}
