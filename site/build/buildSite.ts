import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import readline from 'node:readline'

import type { Payload } from 'payload'

import { projectRoot } from '../../cms/env'
import { exportSiteContent } from '../data/export'
import type { MediaFile } from '../data/schema'
import { siteLocaleCodes } from '../lib/locales'
import { withBuildLock } from './buildLock'
import { cacheDir, contentDir } from './paths'

export interface SiteBuildResult {
  pages: number
  entries: number
  mediaFiles: number
  durationMs: number
}

export type Log = (line: string) => void

// Astro colours its output even when piped; the log stored for editors is plain text.
// eslint-disable-next-line no-control-regex
const ansiColours = /\x1b\[[0-9;]*m/g

/**
 * Runs `astro build` in a child process (Vite and Payload stay out of each
 * other's way). Astro keeps the map of content images in `<root>/.astro/`,
 * shared by every site folder, and rewrites it only when its own cache saw
 * images change: remove it so that each build writes the map of its images.
 */
async function astroBuild(outDir: string, log: Log): Promise<void> {
  for (const generated of ['content-assets.mjs', 'content-modules.mjs']) {
    await fs.rm(path.join(projectRoot, '.astro', generated), { force: true })
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, HUB_SITE_CONTENT: contentDir, HUB_ASTRO_CACHE: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const forward = (line: string) => {
      const plain = line.replace(ansiColours, '').trimEnd()
      // One line per page or optimised image would drown the log: keep the rest.
      if (plain.trim() && !/^\S*\s+(▶|├─|└─)|^\s*\(\+\d+ms\)$/.test(plain)) log(plain)
    }
    const lines = [readline.createInterface({ input: child.stdout }), readline.createInterface({ input: child.stderr })]
    for (const reader of lines) reader.on('line', forward)
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with code ${code}`))))
  })
}

/**
 * Copies the files pages link to (downloads, subtitles, sharing images) into
 * the build, as hard links when possible: instant, and no extra disk space.
 */
async function copyMedia(files: MediaFile[], outDir: string) {
  for (const file of files) {
    const target = path.join(outDir, decodeURIComponent(file.url))
    await fs.mkdir(path.dirname(target), { recursive: true })
    try {
      await fs.link(file.from, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Missing upload ${file.from} (linked at ${file.url})`)
      await fs.copyFile(file.from, target)
    }
  }
}

async function countPages(dir: string): Promise<number> {
  let pages = 0
  for (const entry of await fs.readdir(dir, { recursive: true })) if (entry.endsWith('.html')) pages++
  return pages
}

/** Export published content, build the static site into `outDir` (emptied), add its media. */
export const buildSite = (payload: Payload, outDir: string, log: Log): Promise<SiteBuildResult> =>
  withBuildLock(
    () => exportAndBuild(payload, outDir, log),
    () => log('Une autre construction est en cours : attente de sa fin…'),
  )

async function exportAndBuild(payload: Payload, outDir: string, log: Log): Promise<SiteBuildResult> {
  const started = performance.now()
  log(`Export du contenu publié (${siteLocaleCodes.join(', ')})…`)
  const exported = await exportSiteContent(payload, {
    locales: siteLocaleCodes,
    outDir: contentDir,
    onProgress: (collection, entries) => log(`  ${collection} : ${entries}`),
  })
  log(`Construction du site dans ${path.relative(projectRoot, outDir) || outDir}…`)
  await astroBuild(outDir, log)
  await copyMedia(exported.media, outDir)
  const pages = await countPages(outDir)
  const entries = Object.values(exported.entries).reduce((sum, count) => sum + count, 0)
  const durationMs = Math.round(performance.now() - started)
  log(`${pages} pages, ${exported.media.length} fichiers, en ${(durationMs / 1000).toFixed(1)} s.`)
  return { pages, entries, mediaFiles: exported.media.length, durationMs }
}
