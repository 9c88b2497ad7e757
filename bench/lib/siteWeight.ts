import fs from 'node:fs'
import path from 'node:path'

import { screenEmulationMetrics, userAgents } from 'lighthouse/core/config/constants.js'
import { chromium } from 'playwright-core'

import { root } from './children'
import { log } from './progress'

/**
 * What each page template of the public site costs a visitor on a phone: every
 * request Chromium makes for the page (fresh profile, no cache), from the DevTools
 * protocol's Network events, against the static server with compression.
 */
export const chromiumPath = '/usr/bin/chromium'
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

/** The phone screen (390×844 CSS px), with what Lighthouse's mobile run emulates besides: its pixel ratio, touch and user agent. */
export const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: screenEmulationMetrics.mobile?.deviceScaleFactor ?? 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: userAgents.mobile,
}

export interface TemplatePage {
  template: string
  locale: string
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
  /** Transferred bytes (compressed, headers included) per kind, once the page has loaded (not scrolled). */
  bytes: Record<WeightKind, number>
  /** Every kind: what the page costs before the visitor scrolls. */
  total: number
  /** What scrolling to the end of the page loads besides (lazy images), transferred bytes. */
  scrolledExtra: number
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
  translated?: boolean
  modules?: { lessons: { slug: string }[] }[]
}

/** The first entry of a collection in `locale`, preferring one translated into it (its page then shows that language's text). */
const firstIn = (snapshotDir: string, collection: string, locale: string, wanted: (entry: SnapshotFileEntry) => boolean = () => true) => {
  const entries = (JSON.parse(fs.readFileSync(path.join(snapshotDir, `${collection}.json`), 'utf8')) as SnapshotFileEntry[]).filter(
    (entry) => entry.locale === locale && wanted(entry),
  )
  const entry = entries.find((candidate) => candidate.translated) ?? entries[0]
  if (!entry) throw new Error(`No ${collection} in ${locale} in the snapshot`)
  return entry
}

/** The templates measured, in the report's order, with the page source each is rendered by. */
export const templates = [
  'home',
  'trainings index',
  'training',
  'lesson',
  'video',
  'infographic',
  'sheet',
  'programme',
  'faq',
  'visuals index',
  'search',
  'tract',
] as const

/** One page per template in `locale`, from the build's content export (the first of each collection, a translated one if any). */
export const templatePages = (snapshotDir: string, training: string, locale: string): TemplatePage[] => {
  const trainingEntry = firstIn(snapshotDir, 'trainings', locale, (entry) => entry.slug === training)
  const lesson = trainingEntry.modules?.[0]?.lessons[0]?.slug
  if (!lesson) throw new Error(`Training ${training} has no lesson`)
  const slugOf = (collection: string) => firstIn(snapshotDir, collection, locale).slug
  const pages: Record<(typeof templates)[number], [string, string]> = {
    home: [`/${locale}/`, '[lang]/index.astro'],
    'trainings index': [`/${locale}/trainings/`, '[lang]/[type]/[...filter].astro'],
    training: [`/${locale}/trainings/${training}/`, '[lang]/trainings/[slug]/index.astro'],
    lesson: [`/${locale}/trainings/${training}/${lesson}/`, '[lang]/trainings/[slug]/[lesson].astro'],
    video: [`/${locale}/videos/${slugOf('videos')}/`, '[lang]/videos/[slug].astro'],
    infographic: [`/${locale}/infographics/${slugOf('infographics')}/`, '[lang]/infographics/[slug].astro'],
    sheet: [`/${locale}/sheets/${slugOf('sheets')}/`, '[lang]/sheets/[slug].astro'],
    programme: [`/${locale}/programme/`, '[lang]/programme/index.astro'],
    faq: [`/${locale}/faq/`, '[lang]/faq/index.astro'],
    'visuals index': [`/${locale}/visuals/`, '[lang]/[type]/[...filter].astro'],
    search: [`/${locale}/search/`, '[lang]/search/index.astro'],
    tract: [`/${locale}/tracts/${slugOf('tracts')}/`, '[lang]/tracts/[slug].astro'],
  }
  return templates.map((template) => {
    const [pagePath, source] = pages[template]
    const islandFiles = scriptFiles(path.join(root, 'site', 'pages', source))
    return {
      template,
      locale,
      path: encodeURI(pagePath),
      source: `site/pages/${source}`,
      island: islandFiles.length > 0,
      islandFiles,
    }
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
      const context = await browser.newContext(phone)
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
      const loaded = [...resources].map(([id, resource]) => ({ ...resource, transferred: finished.get(id) ?? 0 }))
      // Then down to the end of the page, a screen at a time, as a reader would: what lazy images cost besides.
      const beforeScroll = new Set(resources.keys())
      await tab.evaluate(async () => {
        for (let top = 0; top < document.documentElement.scrollHeight; top += window.innerHeight) {
          window.scrollTo(0, top)
          await new Promise((resolve) => setTimeout(resolve, 150))
        }
      })
      await tab.waitForLoadState('networkidle')
      await tab.waitForTimeout(500)
      const scrolledExtra = [...finished].filter(([id]) => !beforeScroll.has(id)).reduce((sum, [, bytes]) => sum + bytes, 0)
      await context.close()
      const bytes: Record<WeightKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 }
      for (const resource of loaded) bytes[kindOf(resource)] += resource.transferred
      const textual = loaded.filter((resource) => ['html', 'css', 'js'].includes(kindOf(resource)))
      const bodySizes = await Promise.all(textual.map((resource) => sizes(resource.url)))
      const weight: PageWeight = {
        ...page,
        status: response?.status() ?? 0,
        requests: loaded.length,
        bytes,
        total: Object.values(bytes).reduce((sum, value) => sum + value, 0),
        scrolledExtra,
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
        `    ${page.template} ${decodeURI(page.path)}: ${kb(weight.total)} in all; HTML+CSS+JS ${kb(weight.htmlCssJs)} ` +
          `(JS ${kb(bytes.js)} in files, ${weight.inlineScriptChars} chars inline), images ${kb(bytes.image)}, fonts ${kb(bytes.font)}, ` +
          `${weight.requests} requests; scrolled to the end: +${kb(scrolledExtra)}`,
      )
    }
  } finally {
    await browser.close()
  }
  return results
}
