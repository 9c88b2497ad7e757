// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig, sharpImageService } from 'astro/config'

import { defaultLocale, siteLocaleCodes } from './site/lib/locales.ts'

const site = process.env.SITE_URL ?? 'http://localhost:4321'

/** The public site: static pages from the CMS export (see docs/ARCHITECTURE.md). */
export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // Builds from scripts/build-site.ts keep their cache (entry digests, optimised images) beside the site.
  cacheDir: process.env.HUB_ASTRO_CACHE ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Several pages at once: rendering waits on file writes (measured 90 s instead of 124–155 s at 70,000 pages).
  build: { format: 'directory', concurrency: 4 },
  // AVIF at sharp's default effort costs seconds per image; effort 2 is ~25× faster for a few % more bytes.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  integrations: [
    react(),
    sitemap({
      // Not the language picker, the 404s, nor filtered or paginated indexes (marked noindex).
      filter: (page) => !/^\/$|\/404\/|\/filter\//.test(new URL(page).pathname),
      i18n: { defaultLocale, locales: Object.fromEntries(siteLocaleCodes.map((code) => [code, code])) },
    }),
  ],
})
