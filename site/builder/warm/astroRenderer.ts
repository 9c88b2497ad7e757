import fs from 'node:fs/promises'
import path from 'node:path'

import { build, type AstroIntegration } from 'astro'
// Public under astro's `./runtime/*` export; how the prerenderer is captured below is Astro's adapter API
// (`setPrerenderer`). warmBuilder.test.ts checks the pages it renders against `astro build`'s.
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js'

import { projectRoot } from '../../../env'
import { readsOf } from '../../lib/pageReads'
import { sitemapOrder } from '../pageManifest'

type Prerenderer = Parameters<Parameters<AstroIntegration['hooks']['astro:build:start'] & object>[0]['setPrerenderer']>[0] & object
type DefaultPrerenderer = Exclude<Prerenderer, (...args: never[]) => unknown>
type RouteData = Awaited<ReturnType<DefaultPrerenderer['getStaticPaths']>>[number]['route']
type BuildDoneHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>

/** A page to write: its path on the site and the route that renders it. */
export interface PagePath {
  pathname: string
  route: RouteData
}

/**
 * Astro's own renderer, kept after a build: `astro build` bundles the page modules (Vite), then
 * imports them and renders every path. Built once in this process, the modules stay loaded, and a
 * later build renders the paths it needs with them, without bundling again. What the pages read
 * comes from site/lib/buildScope.ts, whose content source changes from one build to the next.
 */
export interface AstroRenderer {
  /** Every path, as `getStaticPaths` gives them now (the content and page records in effect). */
  paths: () => Promise<PagePath[]>
  /**
   * Renders one path into `outDir`, where `astro build` would write it: whether it had a body to
   * write, and the content it read (site/lib/pageReads.ts).
   */
  render: (page: PagePath, outDir: string) => Promise<{ written: boolean; reads: Set<string> }>
  /** Writes the sitemap of `pages` (paths without their first slash) into `outDir`, as the build does. */
  writeSitemap: (outDir: string, pages: string[]) => Promise<void>
}

/** Where Astro writes a page of this site (build.format 'directory'), as its build does. */
const outFile = (outDir: string, { pathname, route }: PagePath) => {
  const decoded = decodeURI(pathname)
  if (route.type === 'endpoint') return path.join(outDir, decoded)
  if (decoded === '/404' || decoded === '/500') return path.join(outDir, `${decoded}.html`)
  return path.join(outDir, decoded, 'index.html')
}

/** The URL the build gives a path's request (trailing slash always, endpoints as named). */
const requestUrl = ({ pathname, route }: PagePath, site: string) =>
  new URL(route.type === 'endpoint' || pathname.endsWith('/') ? pathname : `${pathname}/`, site)

/**
 * Runs `astro build` into `outDir` (a folder of the warm builder's own: Astro keeps its bundled page
 * modules in `<outDir>/.prerender/`, which must outlive the build), then returns the renderer it
 * used. Astro removes that folder at the end of its build: it is copied aside before and put back
 * after, for the modules the pages import later. `rendered` hears of each page the build rendered,
 * with what it read.
 */
export async function buildWithRenderer(
  outDir: string,
  site: string,
  rendered: (page: PagePath, reads: Set<string>) => void,
): Promise<AstroRenderer> {
  const modules = path.join(outDir, '.prerender')
  const modulesCopy = `${outDir}.modules`
  await fs.rm(modulesCopy, { recursive: true, force: true })
  let prerenderer: DefaultPrerenderer | undefined
  let sitemapDone: BuildDoneHook | undefined
  let logger: Parameters<BuildDoneHook>[0]['logger'] | undefined
  const capture: AstroIntegration = {
    name: 'hub-warm-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        sitemapDone = config.integrations.find((integration) => integration.name === '@astrojs/sitemap')?.hooks['astro:build:done']
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault: DefaultPrerenderer) => {
          prerenderer = astroDefault
          return {
            ...astroDefault,
            name: 'hub-warm-renderer',
            render: async (request, options) => {
              let response: Awaited<ReturnType<DefaultPrerenderer['render']>> | undefined
              const reads = await readsOf(async () => (response = await astroDefault.render(request, options)))
              rendered({ pathname: new URL(request.url).pathname, route: options.routeData }, reads)
              return response!
            },
            teardown: async () => {
              await fs.cp(modules, modulesCopy, { recursive: true })
              await astroDefault.teardown?.()
            },
          }
        })
      },
      'astro:build:done': (options) => {
        logger = options.logger
      },
    },
  }
  // One line per page would drown the builder's output: Astro's warnings and errors only.
  await build({ root: projectRoot, outDir, integrations: [capture], logLevel: 'warn' })
  if (!prerenderer || !sitemapDone || !logger) throw new Error('Astro built without the warm renderer')
  await fs.rename(modulesCopy, modules)
  const app = (
    prerenderer as DefaultPrerenderer & { app: ConstructorParameters<typeof StaticPaths>[0] & { routeCache: { clearAll(): void } } }
  ).app
  const astroPrerenderer = prerenderer
  const writeSitemapOf = sitemapDone
  const buildLogger = logger
  return {
    paths: async () => {
      // getStaticPaths' answers are cached per route for a build: this is another build.
      app.routeCache.clearAll()
      return new StaticPaths(app).getAll()
    },
    render: async (page, into) => {
      let written = false
      const reads = await readsOf(async () => {
        const rendered = await astroPrerenderer.render(new Request(requestUrl(page, site)), { routeData: page.route })
        const response = rendered instanceof Response ? rendered : rendered.response
        if (response.status >= 300 && response.status < 400)
          throw new Error(`${page.pathname} redirects: the warm builder writes no redirect`)
        if (!response.body) return
        const file = outFile(into, page)
        await fs.mkdir(path.dirname(file), { recursive: true })
        await fs.writeFile(file, Buffer.from(await response.arrayBuffer()))
        written = true
      })
      return { written, reads }
    },
    writeSitemap: async (into, pages) => {
      await writeSitemapOf({
        dir: new URL(`file://${path.resolve(into)}/`),
        pages: [...pages].sort(sitemapOrder).map((pathname) => ({ pathname })),
        logger: buildLogger,
      } as Parameters<BuildDoneHook>[0])
    },
  }
}
