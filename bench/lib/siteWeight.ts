import fs from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { root } from './children'
import { log } from './progress'

/**
 * What each page template of the public site costs a visitor: every request
 * Chromium makes for the page (fresh profile, no cache), from the DevTools
 * protocol's Network events, against the static server with compression.
 */
export const chromiumPath = '/usr/bin/chromium'
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

export interface TemplatePage {
  template: string
  path: string
  /** The page's source file under site/pages. */
  source: string
  /** Whether the page or a component it imports ships JavaScript (an Astro `<script>` or a `client:*` island). */
  island: boolean
  islandFiles: string[]
}

export interface LoadedResource {
  url: string
  /** Chromium's resource type (Document, Stylesheet, Script, Image, Font, Media, Other…). */
  type: string
  mimeType: string
  status: number
  contentEncoding: string | null
  /** Network.loadingFinished encodedDataLength: bytes on the wire, response headers included. */
  transferred: number
}

export type WeightKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other'

export interface PageWeight extends TemplatePage {
  status: number
  requests: number
  /** Transferred bytes (compressed, headers included) per kind. */
  bytes: Record<WeightKind, number>
  /** html + css + js. */
  htmlCssJs: number
  /** The same files' bodies with brotli (Accept-Encoding: br, as a browser over HTTPS asks), headers excluded. */
  htmlCssJsBrotli: number
  /** Their bodies uncompressed. */
  htmlCssJsRaw: number
  /** Content-Encoding Chromium got for the HTML. */
  htmlEncoding: string | null
  /** JavaScript inside the HTML (`<script>` without src, JSON-LD excluded), characters. */
  inlineScriptChars: number
  resources: LoadedResource[]
}

const kindOf = (resource: LoadedResource): WeightKind => {
  if (resource.type === 'Document') return 'html'
  if (resource.type === 'Stylesheet') return 'css'
  if (resource.type === 'Script') return 'js'
  if (resource.type === 'Image' || resource.type === 'Media') return 'image'
  if (resource.type === 'Font') return 'font'
  return 'other'
}

// --- Which templates ship JavaScript: follow the page's imports of .astro/.tsx/.jsx components.

const shipsScript = /<script(?![^>]*type=["']application\/ld\+json["'])[\s>]|\bclient:(load|idle|visible|media|only)\b/
const componentImport = /import\s+(?:[\w{},\s*]+\s+from\s+)?['"](\.{1,2}\/[^'"]+\.(?:astro|tsx|jsx))['"]/g

const scriptFiles = (file: string, seen = new Set<string>()): string[] => {
  if (seen.has(file) || !fs.existsSync(file)) return []
  seen.add(file)
  const source = fs.readFileSync(file, 'utf8')
  const own = shipsScript.test(source) ? [path.relative(root, file)] : []
  const imported = [...source.matchAll(componentImport)].flatMap((match) =>
    scriptFiles(path.resolve(path.dirname(file), match[1] as string), seen),
  )
  return [...own, ...imported]
}

interface SnapshotFileEntry {
  locale: string
  slug: string
  modules?: { lessons: { slug: string }[] }[]
}

const firstFrench = (
  snapshotDir: string,
  collection: string,
  wanted: (entry: SnapshotFileEntry) => boolean = () => true,
): SnapshotFileEntry => {
  const entries = JSON.parse(fs.readFileSync(path.join(snapshotDir, `${collection}.json`), 'utf8')) as SnapshotFileEntry[]
  const entry = entries.find((candidate) => candidate.locale === 'fr' && wanted(candidate))
  if (!entry) throw new Error(`No French ${collection} in the snapshot`)
  return entry
}

/** One page per template, in French, from the build's content export (the first of each collection). */
export const templatePages = (snapshotDir: string, training: string): TemplatePage[] => {
  const trainingEntry = firstFrench(snapshotDir, 'trainings', (entry) => entry.slug === training)
  const lesson = trainingEntry.modules?.[0]?.lessons[0]?.slug
  if (!lesson) throw new Error(`Training ${training} has no lesson`)
  const pages: [string, string, string][] = [
    ['home', '/fr/', '[lang]/index.astro'],
    ['trainings index', '/fr/trainings/', '[lang]/[type]/[...filter].astro'],
    ['training', `/fr/trainings/${training}/`, '[lang]/trainings/[slug]/index.astro'],
    ['lesson', `/fr/trainings/${training}/${lesson}/`, '[lang]/trainings/[slug]/[lesson].astro'],
    ['video', `/fr/videos/${firstFrench(snapshotDir, 'videos').slug}/`, '[lang]/videos/[slug].astro'],
    ['infographic', `/fr/infographics/${firstFrench(snapshotDir, 'infographics').slug}/`, '[lang]/infographics/[slug].astro'],
    ['sheet', `/fr/sheets/${firstFrench(snapshotDir, 'sheets').slug}/`, '[lang]/sheets/[slug].astro'],
    ['programme', '/fr/programme/', '[lang]/programme/index.astro'],
    ['faq', '/fr/faq/', '[lang]/faq/index.astro'],
    ['visuals index', '/fr/visuals/', '[lang]/[type]/[...filter].astro'],
  ]
  return pages.map(([template, pagePath, source]) => {
    const islandFiles = scriptFiles(path.join(root, 'site', 'pages', source))
    return { template, path: encodeURI(pagePath), source: `site/pages/${source}`, island: islandFiles.length > 0, islandFiles }
  })
}

const inlineScripts = (html: string): number =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? '') && !/application\/ld\+json/.test(attributes ?? ''))
    .reduce((sum, [, , body]) => sum + (body ?? '').length, 0)

/** Body sizes of one URL: with brotli (Content-Length of the br response) and uncompressed. */
const sizes = async (url: string): Promise<{ brotli: number; raw: number }> => {
  const compressed = await fetch(url, { headers: { 'Accept-Encoding': 'br' } })
  const brotli = Number(compressed.headers.get('content-length') ?? Number.NaN)
  await compressed.arrayBuffer()
  const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })
  const raw = (await plain.arrayBuffer()).byteLength
  return { brotli, raw }
}

export const measurePageWeights = async (siteUrl: string, pages: TemplatePage[]): Promise<PageWeight[]> => {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  const results: PageWeight[] = []
  try {
    for (const page of pages) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      const cdp = await context.newCDPSession(tab)
      const resources = new Map<string, LoadedResource>()
      const finished = new Map<string, number>()
      cdp.on('Network.responseReceived', (event) => {
        const headers = Object.fromEntries(Object.entries(event.response.headers).map(([key, value]) => [key.toLowerCase(), String(value)]))
        resources.set(event.requestId, {
          url: event.response.url,
          type: event.type ?? 'Other',
          mimeType: event.response.mimeType,
          status: event.response.status,
          contentEncoding: headers['content-encoding'] ?? null,
          transferred: 0,
        })
      })
      cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.encodedDataLength))
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      const response = await tab.goto(`${siteUrl}${page.path}`, { waitUntil: 'load' })
      await tab.waitForLoadState('networkidle')
      // Scripts that wait for the browser to be idle (LessonProgress) get their chance to fetch anything.
      await tab.waitForTimeout(1000)
      const html = await tab.content()
      await context.close()
      const loaded = [...resources].map(([id, resource]) => ({ ...resource, transferred: finished.get(id) ?? 0 }))
      const bytes: Record<WeightKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 }
      for (const resource of loaded) bytes[kindOf(resource)] += resource.transferred
      const textual = loaded.filter((resource) => ['html', 'css', 'js'].includes(kindOf(resource)))
      const bodySizes = await Promise.all(textual.map((resource) => sizes(resource.url)))
      const weight: PageWeight = {
        ...page,
        status: response?.status() ?? 0,
        requests: loaded.length,
        bytes,
        htmlCssJs: bytes.html + bytes.css + bytes.js,
        htmlCssJsBrotli: bodySizes.reduce((sum, size) => sum + size.brotli, 0),
        htmlCssJsRaw: bodySizes.reduce((sum, size) => sum + size.raw, 0),
        htmlEncoding: loaded.find((resource) => resource.type === 'Document')?.contentEncoding ?? null,
        inlineScriptChars: inlineScripts(html),
        resources: loaded,
      }
      results.push(weight)
      const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`
      log(
        `    ${page.template} ${page.path}: HTML+CSS+JS ${kb(weight.htmlCssJs)} (JS ${kb(bytes.js)} in files, ${weight.inlineScriptChars} chars inline), ` +
          `images ${kb(bytes.image)}, fonts ${kb(bytes.font)}, ${weight.requests} requests`,
      )
    }
  } finally {
    await browser.close()
  }
  return results
}
