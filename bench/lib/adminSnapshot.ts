import fs from 'node:fs'
import path from 'node:path'

import { root } from './children'
import { onCleanup } from './cleanup'

const buildDir = path.join(root, 'cms', '.next')
const readIfExists = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)
const buildStamp = () => `${readIfExists(path.join(buildDir, 'BUILD_ID'))}:${readIfExists(path.join(buildDir, 'hub-source-hash'))}`

/**
 * A private copy of the built admin (cms/.next without its cache, and
 * next.config.mjs) under var/bench/, for `next start` to serve: a rebuild of
 * cms/.next by someone else during the run (tests do that) cannot pull the
 * build from under the benchmark. Symlinks into node_modules are copied as
 * absolute links, so the copy resolves the same packages. Removed at the end.
 */
export const snapshotAdmin = (stamp: string): string => {
  const dir = path.join(root, 'var', 'bench', `admin-${stamp}`, 'cms')
  onCleanup('admin snapshot', async () => fs.rmSync(path.dirname(dir), { recursive: true, force: true }))
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const before = buildStamp()
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    fs.copyFileSync(path.join(root, 'cms', 'next.config.mjs'), path.join(dir, 'next.config.mjs'))
    fs.cpSync(buildDir, path.join(dir, '.next'), {
      recursive: true,
      filter: (source) => source !== path.join(buildDir, 'cache'),
    })
    if (!before.startsWith('undefined') && before === buildStamp()) return dir
  }
  throw new Error('cms/.next kept changing while it was copied (is another build running?)')
}
