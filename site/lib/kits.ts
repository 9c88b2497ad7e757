/** The theme kits a build made (site/builder/visualKits.ts), as the pages that link them read them. */
import fs from 'node:fs'
import path from 'node:path'

import { perBuild, warmContentSource } from './buildScope'
import { noteRead, readKeysOfKind } from './pageReads'

/** One zip of a theme's downloadable visuals, in one language. */
export interface VisualKit {
  theme: string
  locale: string
  /** Under /media/kits/. */
  url: string
  visuals: number
  bytes: number
}

/** Written beside the snapshot, before `astro build` starts: the pages show each kit's size. */
export const kitListFile = (snapshotDir: string) => path.join(snapshotDir, 'kits.json')

const kitsOfThisBuild = perBuild(() => {
  // `astro check` and `astro sync` (types only) have no export, hence no kits.
  // eslint-disable-next-line no-restricted-syntax -- not configuration: the build's snapshot folder, set by site/builder/buildSite.ts
  const snapshotDir = warmContentSource()?.snapshotDir ?? process.env.HUB_SITE_SNAPSHOT
  const list = snapshotDir ? (JSON.parse(fs.readFileSync(kitListFile(path.resolve(snapshotDir)), 'utf8')) as VisualKit[]) : []
  return new Map(list.map((kit) => [`${kit.locale}/${kit.theme}`, kit]))
})

/** Notes that the page being rendered reads the kits (their list, sizes included, is one key). */
const noteKitsRead = () => noteRead('kits', () => [...kitsOfThisBuild()])

/** The kit of `theme` in `locale`, or null when the theme has no downloadable visual. */
export function themeKit(locale: string, theme: string): VisualKit | null {
  noteKitsRead()
  return kitsOfThisBuild().get(`${locale}/${theme}`) ?? null
}

readKeysOfKind('kits', noteKitsRead)
