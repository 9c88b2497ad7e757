import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { childEnv, root, run } from './processes'

const buildDir = path.join(root, 'cms', '.next')
const stampFile = path.join(buildDir, 'hub-source-hash')

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '.next' || entry.name === 'node_modules' ? [] : sourceFiles(full)
    return /\.(ts|tsx|js|mjs|scss|css|json)$/.test(entry.name) ? [full] : []
  })

/** A digest of everything the admin build depends on, to skip rebuilding an unchanged admin. */
const sourceHash = (): string => {
  const hash = createHash('sha256')
  for (const file of [...sourceFiles(path.join(root, 'cms')), path.join(root, 'package-lock.json')].sort()) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/** Builds the Next.js admin app (import map, then `next build cms`) unless an identical build exists. */
export const buildAdmin = async ({ force = false } = {}): Promise<void> => {
  const hash = sourceHash()
  if (!force && fs.existsSync(path.join(buildDir, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash) {
    console.log('Admin déjà construit pour ces sources.')
    return
  }
  console.log('Construction de l’admin (Next.js, environ 1 minute)…')
  await run('payload', ['generate:importmap'])
  await run('next', ['build', 'cms'], childEnv({ NODE_ENV: 'production' }))
  fs.writeFileSync(stampFile, hash)
}
