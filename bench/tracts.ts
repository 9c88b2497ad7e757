/**
 * `npm run bench:tracts [-- --runs N] [--site DIR] [--keep]`: in Chromium, the
 * time from a click on a download button of the tract customiser to the file,
 * for the demo A5 leaflet as a PDF (its fonts and a QR code) and the demo square
 * post as a 1080×1080 PNG; the PDF's size; what the customiser page loads before
 * its first preview. On a fresh SQLite database seeded with the demo and a site
 * built from it (var/bench-tracts/<stamp>/, removed unless --keep), or on an
 * existing build given by --site or BENCH_TRACTS_SITE (a build folder, or a
 * HUB_SITE_DIR whose `current` is one). Writes the "Tracts" section of
 * docs/BENCHMARKS.md and the raw samples to bench/results/.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { PDFDocument } from 'pdf-lib'
import { chromium, type Page } from 'playwright-core'
import sharp from 'sharp'

import { defaultLocale, localeCodes } from '../publication/locales'
import { tracts } from '../content/data/tracts'
import type { TractSeed } from '../content/types'
import fr from '../site/i18n/fr.json' with { type: 'json' }
import { createSiteServer } from '../site/server/serveSite'
import { wholeNumber } from './lib/args'
import { root, runToEnd, stopAll, workDirEnv } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { describeMachine, loadAverage } from './lib/machine'
import { saveRun } from './lib/results'
import { log, phase } from './lib/progress'
import { seedDemo } from './lib/seed'
import { freePort, host } from './lib/server'
import { liveDir } from './lib/siteBuild'
import { chromiumPath } from './lib/siteWeight'
import { type FileRun, type PageLoad, renderTractsSection, type TractsBenchResults } from './lib/tractsReport'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: { runs: { type: 'string', default: '20' }, site: { type: 'string' }, keep: { type: 'boolean', default: false } },
})
const runs = wholeNumber('runs', values.runs, 1, 200)
const givenSite = values.site ?? process.env.BENCH_TRACTS_SITE

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const workDir = path.join(root, 'var', 'bench-tracts', stamp)
const minutes = 60_000
const mmToPoints = 72 / 25.4

process.on(
  'SIGINT',
  () =>
    void stopAll()
      .then(cleanupAll)
      .finally(() => process.exit(130)),
)
if (!values.keep && !givenSite) onCleanup(`var/bench-tracts/${stamp}`, () => fs.promises.rm(workDir, { recursive: true, force: true }))

const demo = (slug: string): TractSeed => {
  const found = tracts.find((candidate) => candidate.slug === slug)
  if (!found) throw new Error(`No demo tract "${slug}" in content/data/tracts.ts`)
  return found
}
const leaflet = demo('tract-a5-reunion-publique')
const square = demo('visuel-carre-evenement')

/** What a group would type: every field filled, through the address (as a "copy the link" address does). */
const meeting: Record<string, string> = {
  group: 'GA Lyon 8e — Mermoz',
  date: '2026-12-03',
  time: '19:30',
  place: 'Salle Pierre-Valdo\n3 place Valdo, 69008 Lyon',
  contact: 'https://example.org/groupes/lyon-8e/reunion-publique',
}
const customiserPath = (template: TractSeed) => {
  const keys = new Set(template.fields.map((field) => field.key))
  const query = new URLSearchParams(Object.entries(meeting).filter(([key]) => keys.has(key)))
  return `/fr/tracts/${template.slug}/?${query}`
}
const fontsOf = (template: TractSeed) => [
  ...new Set([...template.fields.map((field) => field.style.font), ...(template.legal ? [template.legal.style.font] : [])]),
]

/** A build folder: the given one (or its `current`), or a fresh seed and build. */
async function siteRoot(): Promise<{ dir: string; description: string }> {
  if (givenSite) {
    const dir = fs.existsSync(path.join(givenSite, 'current')) ? liveDir(givenSite) : path.resolve(givenSite)
    return { dir, description: `an existing build (${dir})` }
  }
  const siteDir = path.join(workDir, 'site')
  const env = workDirEnv(workDir)
  fs.mkdirSync(workDir, { recursive: true })
  await step('demo seed', () => seedDemo(env))
  await step('demo site build', () =>
    runToEnd('tsx', ['scripts/build-site.ts', '--reason', 'bench:tracts'], env, { timeoutMs: 15 * minutes, onLine: () => {} }),
  )
  return { dir: liveDir(siteDir), description: 'the demo site, freshly seeded (SQLite) and built' }
}

/**
 * Prepares the page to time the next file: from the click event on the button
 * labelled `label` (its timestamp) to the moment the island hands the file to
 * the browser, its click on an `<a download>` (site/islands/tracts/saveFile.ts),
 * caught on the prototype for this one click. With `download` false the file is
 * not handed on (its size is read from the Blob instead): Chromium stops a page
 * after ten downloads or so, and the repeated runs need no file on disk.
 */
const armTimer = (page: Page, label: string, download: boolean): Promise<void> =>
  page.evaluate(
    ({ buttonLabel, handOn }) => {
      const hub = window as unknown as { tractTimer?: Promise<{ ms: number; bytes: number }> }
      hub.tractTimer = new Promise((resolve) => {
        let clickedAt = Number.NaN
        // Inline functions only: tsx would wrap a named one in a helper the page does not have.
        const listening = new AbortController()
        window.addEventListener(
          'click',
          (event) => {
            if (!(event.target instanceof Element) || event.target.closest('button')?.textContent?.trim() !== buttonLabel) return
            clickedAt = event.timeStamp
            listening.abort()
          },
          { capture: true, signal: listening.signal },
        )
        const prototype = HTMLAnchorElement.prototype
        const click = prototype.click
        prototype.click = function (this: HTMLAnchorElement) {
          const ms = performance.now() - clickedAt
          prototype.click = click
          if (handOn) click.call(this)
          void fetch(this.href)
            .then((response) => response.blob())
            .then((blob) => resolve({ ms, bytes: blob.size }))
        }
      })
    },
    { buttonLabel: label, handOn: download },
  )

/** The timing (and size) of the file armTimer() waited for. */
const timed = (page: Page) => page.evaluate(() => (window as unknown as { tractTimer: Promise<{ ms: number; bytes: number }> }).tractTimer)

/** Opens a customiser, pre-filled, and waits until the island has drawn its first preview. */
async function openCustomiser(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.locator('.tract-customiser[data-state="ready"]:not([data-preview-version="0"])').waitFor({ timeout: 60_000 })
}

/**
 * What a customiser page opened from a pre-filled link loads until its first preview (such a link
 * draws at once; opened without one, the page loads none of the engine, its fonts or artwork until
 * the visitor starts: tests/e2e/tracts.spec.ts), in its own page: Playwright's
 * network events slow the canvas's PNG encoding down by a second, so the timed
 * pages listen to none.
 */
async function measurePageLoad(page: Page, url: string): Promise<PageLoad> {
  const loaded: { url: string; type: string; bytes: Promise<number> }[] = []
  page.on('requestfinished', (request) => {
    loaded.push({
      url: request.url(),
      type: request.resourceType(),
      bytes: request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize),
    })
  })
  await page.addInitScript(() => {
    // The moment the island shows its first drawing, noted by the page itself.
    new MutationObserver((_, observer) => {
      const island = document.querySelector('.tract-customiser[data-state="ready"]')
      if (island && island.getAttribute('data-preview-version') !== '0') {
        ;(window as unknown as { firstPreviewAt: number }).firstPreviewAt = performance.now()
        observer.disconnect()
      }
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  await openCustomiser(page, url)
  const firstPreviewMs = await page.evaluate(() => (window as unknown as { firstPreviewAt: number }).firstPreviewAt)
  const isArtwork = (entry: (typeof loaded)[number]) => entry.url.includes('/media/tract-artwork/')
  const sum = async (test: (entry: (typeof loaded)[number]) => boolean) =>
    (await Promise.all(loaded.filter(test).map((entry) => entry.bytes))).reduce((total, bytes) => total + bytes, 0)
  return {
    scriptBytes: await sum((entry) => entry.type === 'script'),
    fontBytes: await sum((entry) => entry.url.includes('/media/tracts/fonts/')),
    artworkBytes: await sum(isArtwork),
    artworkFiles: await Promise.all(
      loaded
        .filter(isArtwork)
        .map(async (entry) => ({ file: decodeURIComponent(entry.url.split('/').at(-1) ?? ''), bytes: await entry.bytes })),
    ),
    firstPreviewMs,
  }
}

/** The first click after the page loaded, then `runs` more; the file of the first one, checked by `check`. */
async function measureFile(
  page: Page,
  label: string,
  buttonLabel: string,
  template: TractSeed,
  check: (bytes: Buffer) => Promise<string>,
): Promise<FileRun> {
  const button = page.getByRole('button', { name: buttonLabel, exact: true })
  // The first click after loading: a real download, whose file is checked.
  await armTimer(page, buttonLabel, true)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
  const first = { ...(await timed(page)), file: fs.readFileSync(await download.path()) }
  await download.delete()
  const samplesMs: number[] = []
  for (let run = 0; run < runs; run++) {
    await page.locator('.tract-customiser[data-download="done"]').waitFor()
    await armTimer(page, buttonLabel, false)
    await button.click()
    const sample = await timed(page)
    if (sample.bytes !== first.bytes) throw new Error(`${label}: run ${run + 1} made ${sample.bytes} bytes, the first ${first.bytes}`)
    samplesMs.push(sample.ms)
  }
  log(
    `    ${label}: first ${first.ms.toFixed(0)} ms, then ${samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms; ${(first.bytes / 1024).toFixed(1)} KB`,
  )
  return {
    label,
    slug: template.slug,
    path: customiserPath(template),
    fonts: fontsOf(template),
    qrCodes: template.fields.filter((field) => field.type === 'url').length,
    firstMs: first.ms,
    samplesMs,
    bytes: first.bytes,
    checked: await check(first.file),
  }
}

const checkPdf = async (bytes: Buffer) => {
  const pdf = await PDFDocument.load(bytes)
  const { width, height } = pdf.getPage(0).getSize()
  return `${pdf.getPageCount()} page of ${(width / mmToPoints).toFixed(1)} × ${(height / mmToPoints).toFixed(1)} mm`
}
const checkPng = async (bytes: Buffer) => {
  const { format, width, height } = await sharp(bytes).metadata()
  return `${format} of ${width} × ${height} px`
}

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim()
const results: TractsBenchResults = {
  command: `npm run bench:tracts${args.length ? ` -- ${args.join(' ')}` : ''}`,
  stamp,
  machine: describeMachine(['pdf-lib', '@pdf-lib/fontkit', 'astro', 'react', 'playwright-core']),
  chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim(),
  code: git('log', '-1', '--format=%h %s').slice(0, 100),
  site: '',
  runs,
  loadAverage: {},
  pageLoad: { scriptBytes: 0, fontBytes: 0, artworkBytes: 0, artworkFiles: [], firstPreviewMs: 0 },
  files: [],
  finishedAt: '',
}
async function step<T>(label: string, work: () => Promise<T>) {
  results.loadAverage[label] = loadAverage()
  return phase(label, work)
}

try {
  const site = await siteRoot()
  results.site = site.description
  const port = await freePort()
  const server = createSiteServer({ root: async () => site.dir, locales: [...localeCodes], defaultLocale })
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  onCleanup('site server', () => new Promise<void>((resolve) => server.close(() => resolve())))
  const siteURL = `http://${host}:${port}`
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  onCleanup('chromium', () => browser.close())
  /** A fresh context for each measure: empty caches, as a visitor's first visit. */
  const inNewPage = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const context = await browser.newContext({ acceptDownloads: true })
    try {
      return await work(await context.newPage())
    } finally {
      await context.close()
    }
  }
  results.pageLoad = await step('A5 customiser page load in Chromium', () =>
    inNewPage((page) => measurePageLoad(page, `${siteURL}${customiserPath(leaflet)}`)),
  )
  for (const [label, template, button, check] of [
    ['A5 leaflet, PDF', leaflet, fr.tracts.editor.downloadPdf, checkPdf],
    ['Square post 1080×1080, PNG', square, fr.tracts.editor.downloadPng, checkPng],
  ] as const) {
    const run = await step(`${label} in Chromium`, () =>
      inNewPage(async (page) => {
        await openCustomiser(page, `${siteURL}${customiserPath(template)}`)
        return measureFile(page, label, button, template, check)
      }),
    )
    results.files.push(run)
  }
} finally {
  await stopAll()
  await cleanupAll()
}

results.finishedAt = new Date().toISOString()
saveRun('tracts', 'Tracts', stamp, results, renderTractsSection(results))
