/**
 * What two builds of the site are compared on (scripts/compare-builds.ts): a page's HTML
 * without what changes when nothing a visitor sees does — asset hashes, island ids, Astro's
 * scoped-style attributes, and where the styles are delivered (inline <style> or <link rel=stylesheet>),
 * which is kept apart and reported on its own.
 */

export interface NormalisedPage {
  /** The HTML without asset hashes, island ids, scoped-style attributes, preview digests, stylesheets nor their CSP hashes. */
  html: string
  /** The page's stylesheets, in order: `link /_astro/Name.css` or `style <bytes> bytes`. */
  styles: string[]
  /** The tract previews it shows, in order, with their digests. */
  previews: string[]
}

/** `/_astro/Base.Dx3kq1Zs.css` → `/_astro/Base.css`: Vite's 8-character content hash before the extension. */
export const withoutAssetHashes = (html: string) =>
  html.replace(/\/_astro\/[^"'\s()?#,]+/g, (asset) => asset.replace(/\.[\w-]{8}(\.\w+)$/, '$1'))

/** Astro marks the elements of a component with scoped styles `data-astro-cid-<hash>`. */
export const withoutScopeAttributes = (html: string) => html.replace(/\s+data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')

/** An island's `uid` hashes its component's source path (so which checkout built it) with its HTML and props. */
export const withoutIslandIds = (html: string) => html.replace(/(<astro-island\b[^>]*?\suid=")[^"]*"/g, '$1"')

const styleElement = /<style\b[^>]*>[\s\S]*?<\/style>/g
const stylesheetLink = /<link\b(?=[^>]*\brel="?stylesheet\b)[^>]*>/g

/**
 * Tract previews are named by a digest of what drew them, the engine's sources included
 * (site/data/tractPreviews.ts): reformatting the engine renames them. Their names are set aside
 * here, and the pictures themselves compared (compare-builds.ts).
 */
const previewUrl = /\/media\/tract-previews\/[0-9a-f]+-(\d+\.\w+)/g
export const previewUrls = (html: string) => [...html.matchAll(previewUrl)].map(([url]) => url)
export const withoutPreviewDigests = (html: string) => html.replace(previewUrl, '/media/tract-previews/$1')

/** Inline styles are allowed by hash in the CSP <meta>: the hashes follow the styles, not the page. */
const withoutStyleHashes = (html: string) =>
  html.replace(/(style-src(?:-elem)?\b[^;"]*)/g, (directive) => directive.replace(/\s*'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, ''))

export function normalisePage(html: string): NormalisedPage {
  const unhashed = withoutPreviewDigests(withoutIslandIds(withoutScopeAttributes(withoutAssetHashes(html))))
  const styles = [...unhashed.matchAll(new RegExp(`${styleElement.source}|${stylesheetLink.source}`, 'g'))].map(([tag]) =>
    tag.startsWith('<style') ? `style ${Buffer.byteLength(tag)} bytes` : `link ${/href="?([^"\s>]+)/.exec(tag)?.[1] ?? '?'}`,
  )
  return { html: withoutStyleHashes(unhashed.replace(styleElement, '').replace(stylesheetLink, '')), styles, previews: previewUrls(html) }
}

/** Where two texts part: the offset and a short stretch of each from a little before it. */
export function firstDifference(before: string, after: string, context = 60): string | null {
  if (before === after) return null
  let at = 0
  while (at < before.length && at < after.length && before[at] === after[at]) at++
  const from = Math.max(0, at - 20)
  const excerpt = (text: string) => JSON.stringify(text.slice(from, from + context))
  return `at ${at}: ${excerpt(before)} ≠ ${excerpt(after)}`
}

/** `fr/trainings/intro/index.html` → `/fr/trainings/intro/`; `fr/404.html` → `/fr/404.html`. */
export const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/**
 * The kind of route a page stands for, in its language: `/fr/videos/x/` → `fr videos/*`.
 * Slugs become `*`; a listing's filtered and paginated pages are one kind, `videos/filter`.
 */
export function routeKind(url: string): string {
  const [lang = '', ...rest] = url.split('/').filter(Boolean)
  if (rest.length === 0) return lang.endsWith('.html') ? lang : `${lang} home`
  const [section, ...deeper] = rest
  return `${lang} ${deeper[0] === 'filter' ? `${section}/filter` : [section, ...deeper.map(() => '*')].join('/')}`
}

/** One page per route kind in each of `locales` (the first in sorted order, so both builds pick the same), and the root pages. */
export function samplePages(urls: string[], locales: readonly string[]): string[] {
  const chosen = new Map<string, string>()
  for (const url of [...urls].sort()) {
    const [lang] = url.split('/').filter(Boolean)
    const atRoot = !lang || lang.endsWith('.html')
    if (!atRoot && !locales.includes(lang)) continue
    const kind = routeKind(url)
    if (!chosen.has(kind)) chosen.set(kind, url)
  }
  return [...chosen.values()]
}
