import fs from 'node:fs'
import path from 'node:path'

/** Where the code the warm builder runs lives: the CMS (snapshot, access rules), the site and what they share. */
const sourceDirs = ['cms', 'content', 'publication', 'scripts', 'search', 'site', 'tracts']
const sourceFiles = ['env.ts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']
const sourceExtension = /\.(ts|tsx|mts|mjs|cjs|js|json|astro|css)$/

/**
 * A stamp of the code on disk (each source file's path, size and modification time; tests apart):
 * the warm builder keeps the modules it loaded when it started, so when the stamp differs (a
 * deployment), it must restart rather than build with old code (scripts/site-builder.ts). Times,
 * not contents: it is taken before every build, in a few milliseconds.
 */
export function sourcesStamp(projectRoot: string): string {
  const files = sourceDirs
    .flatMap((dir) => fs.readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && sourceExtension.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .concat(sourceFiles.map((file) => path.join(projectRoot, file)))
    .sort()
  return files
    .map((file) => {
      const stat = fs.statSync(file, { throwIfNoEntry: false })
      return `${path.relative(projectRoot, file)} ${stat ? `${stat.size} ${stat.mtimeMs}` : '-'}`
    })
    .join('\n')
}
