// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { fileURLToPath } from 'node:url'

import { env } from './env.ts'
import { browserEngine, meilisearchConfig } from './search/config.ts'
import { pagesEnv, previousPagesEnv, recordedPaths, sitemapOrder, writeRenderedCount } from './site/builder/pageManifest.ts'
import { sitePolicy } from './site/lib/contentSecurityPolicy.ts'
import { webFontsIntegration } from './site/styles/webFonts.ts'
import { defaultLocale, siteLocaleCodes } from './publication/locales.ts'
import { switchLocale } from './publication/urls.ts'

const site = env.siteUrl

/**
 * Incremental builds (site/builder/pageManifest.ts) render only changed pages; the sitemap lists the
 * pages reused from the live build too, and the build learns how many pages were rendered.
 */
// Read when used, not once: the warm builder (site/builder/warm/) builds again and again in one process.
// eslint-disable-next-line no-restricted-syntax -- not configuration: set by the site build for this Astro (site/builder/buildSite.ts)
const recordsDir = () => process.env[pagesEnv]
// eslint-disable-next-line no-restricted-syntax -- as above
const incremental = () => Boolean(recordsDir() && process.env[previousPagesEnv])
/** @type {import('astro').AstroIntegration} */
const pageRecords = {
  name: 'hub-page-records',
  hooks: {
    'astro:build:done': ({ pages }) => {
      const dir = recordsDir()
      if (dir) writeRenderedCount(dir, pages.length)
    },
  },
}

/** The public site: static pages from the snapshot (see docs/ARCHITECTURE.md). */
export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // Builds from scripts/build-site.ts keep their cache (entry digests) beside the site.
  // eslint-disable-next-line no-restricted-syntax -- not configuration: set by the site build, beside HUB_SITE_DIR
  cacheDir: process.env.HUB_ASTRO_CACHE ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Several pages at once: rendering waits on file writes (measured 90 s instead of 124–155 s at 70,000 pages).
  build: { format: 'directory', concurrency: 4 },
  // The pages' CSP, in a <meta> tag with the hashes of Astro's own inline scripts (see the function).
  security: { csp: sitePolicy(browserEngine(meilisearchConfig(), defaultLocale)) },
  integrations: [
    react(),
    pageRecords,
    // The fonts, subset for the site's languages (see site/styles/webFonts.ts), made once per checkout and version.
    webFontsIntegration(fileURLToPath(new URL('./node_modules/.cache/site-fonts', import.meta.url))),
    sitemap({
      // Not the language picker, the 404s, nor filtered or paginated indexes (marked noindex).
      filter: (page) => !/^\/$|\/404\/|\/filter\//.test(new URL(page).pathname),
      // A getter: read when the sitemap is written, once every template recorded its pages. Sorted as
      // the integration sorts them: its sort then finds them nearly in order (pageManifest.ts).
      get customPages() {
        const dir = recordsDir()
        return incremental() && dir
          ? recordedPaths(dir)
              .map((page) => new URL(page, site).href)
              .sort(sitemapOrder)
          : []
      },
      // Every page exists in every site language (untranslated ones show the French text), as the
      // hreflang links in layouts/Base.astro say. The sitemap's own `i18n` option finds the same
      // alternates by comparing every URL with every other: minutes at 10,000 resources.
      serialize: (item) => ({
        ...item,
        links: siteLocaleCodes.map((lang) => ({ lang, url: new URL(switchLocale(new URL(item.url).pathname, lang), item.url).href })),
      }),
    }),
  ],
})
