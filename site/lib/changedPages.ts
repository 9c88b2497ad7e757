import { type PageManifest, pagesEnv, previousPagesEnv, readManifest, unchangedPaths, writeManifest } from '../builder/pageManifest'
import { themesIn } from './content'
import { digestOf } from './digest'
import type { LocaleCode } from '../../publication/locales'

interface Route {
  params: { lang: string } & Record<string, string | undefined>
}

export interface PageInputs {
  /** The page's path, as in its URL. */
  path: string
  /** Everything the page shows besides interface strings and theme names. */
  inputs: readonly unknown[]
}

/**
 * The getStaticPaths filter of incremental builds (see site/builder/pageManifest.ts).
 * Records each page of `template` with a digest of its inputs and of the theme
 * names of its language, then returns the routes to render: all of them in a
 * full build, only new or changed pages when the live build's records are given.
 */
export async function pagesToRender<R extends Route>(template: string, routes: R[], describe: (route: R) => PageInputs): Promise<R[]> {
  // eslint-disable-next-line no-restricted-syntax -- not configuration: set by the build for the Astro it starts (site/builder/buildSite.ts)
  const recordsDir = process.env[pagesEnv]
  if (!recordsDir) return routes
  const frames = new Map<string, string>()
  const frameOf = async (locale: string) => {
    if (!frames.has(locale)) frames.set(locale, digestOf([...(await themesIn(locale as LocaleCode)).values()]))
    return frames.get(locale)
  }
  const manifest: PageManifest = {}
  const pages: { route: R; path: string }[] = []
  for (const route of routes) {
    const { path, inputs } = describe(route)
    // One digest of the inputs' digests: a listing page shows some thirty entries, its record stays short.
    manifest[path] = digestOf([await frameOf(route.params.lang), ...inputs])
    pages.push({ route, path })
  }
  writeManifest(recordsDir, template, manifest)
  // eslint-disable-next-line no-restricted-syntax -- as above
  const previousDir = process.env[previousPagesEnv]
  if (!previousDir) return routes
  const unchanged = new Set(unchangedPaths(manifest, readManifest(previousDir, template)))
  return pages.filter(({ path }) => !unchanged.has(path)).map(({ route }) => route)
}
