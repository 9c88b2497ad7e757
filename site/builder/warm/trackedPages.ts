import fs from 'node:fs'
import path from 'node:path'

import { digestOfReads } from '../../lib/pageReads'
import { type PageManifest, readManifest, readManifests, writeManifest } from '../pageManifest'
import type { PagePath } from './astroRenderer'

/**
 * The warm builder's records of pages whose template keeps none (home, FAQ, programme, donation
 * page…): what each read when it was last rendered (site/lib/pageReads.ts), and a digest of that. A
 * later build renders such a page again only when a digest of the same reads differs. They sit
 * beside the templates' records (site/builder/pageManifest.ts), as the `tracked` template, so that
 * unchanged pages are linked from the live build and listed in the sitemap like the others.
 *
 *   var/site/pages/<build>/tracked.json        { "/fr/faq/": "digest", … }
 *   var/site/pages/<build>/tracked.reads       { "/fr/faq/": ["entries:faqs/fr", …], … } (not `.json`: not a template's records)
 *
 * Only the warm builder writes them, and it trusts only its own (it renders everything with `astro
 * build` when it starts): what a page read is known only where the page was rendered.
 */
const template = 'tracked'
const readsFile = (dir: string) => path.join(dir, 'tracked.reads')

/** A page's path as the records give it (with its final slash). */
const recordPath = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`)

/**
 * The path under which a rendered page is tracked, or undefined: endpoints (feeds, JSON) and the
 * site's root 404 page are rendered by every build (their files are not `<path>/index.html`), and so
 * are pages whose template keeps records of its own.
 */
function trackedPath(page: PagePath, recorded: ReadonlySet<string>): string | undefined {
  const pathname = recordPath(decodeURI(page.pathname))
  if (page.route.type !== 'page' || pathname === '/404/' || pathname === '/500/' || recorded.has(pathname)) return undefined
  return pathname
}

/** What one build learns of its tracked pages: each page's reads, kept or newly rendered. */
export function trackedPages(recordsDir: string, previousRecordsDir: string | undefined) {
  const recorded = new Set([...readManifests(recordsDir)].flatMap(([name, manifest]) => (name === template ? [] : Object.keys(manifest))))
  const previousDigests: PageManifest = previousRecordsDir ? readManifest(previousRecordsDir, template) : {}
  const previousReads = previousRecordsDir ? readReads(previousRecordsDir) : {}
  const reads: Record<string, string[]> = {}
  return {
    /** Whether `page` must be rendered: it is not tracked, is new, or something it read last time changed. */
    async mustRender(page: PagePath): Promise<boolean> {
      const pathname = trackedPath(page, recorded)
      const keys = pathname === undefined ? undefined : previousReads[pathname]
      if (pathname === undefined || !keys) return true
      const digest = await digestOfReads(keys)
      if (digest === undefined || digest !== previousDigests[pathname]) return true
      reads[pathname] = keys
      return false
    },
    /** Notes what a page rendered by this build read. */
    rendered(page: PagePath, keys: ReadonlySet<string>) {
      const pathname = trackedPath(page, recorded)
      if (pathname !== undefined) reads[pathname] = [...keys].sort()
    },
    /** Writes the records; the pages whose reads cannot be digested are left out (rendered next time). */
    async write() {
      const digests: PageManifest = {}
      for (const [pathname, keys] of Object.entries(reads)) {
        const digest = await digestOfReads(keys)
        if (digest !== undefined) digests[pathname] = digest
      }
      writeManifest(recordsDir, template, digests)
      fs.writeFileSync(readsFile(recordsDir), JSON.stringify(reads))
    },
  }
}

function readReads(dir: string): Record<string, string[]> {
  try {
    return JSON.parse(fs.readFileSync(readsFile(dir), 'utf8')) as Record<string, string[]>
  } catch {
    return {}
  }
}
