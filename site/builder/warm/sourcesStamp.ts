import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where the code the warm builder runs lives: the CMS (snapshot, access rules), the site and what they share. */
const sourceDirs = ['cms', 'content', 'publication', 'scripts', 'search', 'site', 'tracts']
const sourceFiles = ['env.ts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']
const sourceExtension = /\.(ts|tsx|mts|mjs|cjs|js|json|astro|css)$/

/** The source files under `dir`, skipping folders of built or installed files (the admin's `.next`, caches). */
function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : sourcesUnder(file)
    return entry.isFile() && sourceExtension.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : []
  })
}

/**
 * A stamp of the code on disk (each source file's path and content; tests and built files apart): the
 * warm builder keeps the modules it loaded when it started, so when the stamp differs (a
 * deployment), it must restart rather than build with old code (scripts/site-builder.ts). Contents,
 * not times: the admin's build rewrites some files (next-env.d.ts) as they were.
 */
export function sourcesStamp(projectRoot: string): string {
  const hash = createHash('sha1')
  const files = [
    ...sourceDirs.flatMap((dir) => sourcesUnder(path.join(projectRoot, dir))),
    ...sourceFiles.map((file) => path.join(projectRoot, file)),
  ].sort()
  for (const file of files) {
    hash.update(path.relative(projectRoot, file))
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : '-')
  }
  return hash.digest('hex')
}
