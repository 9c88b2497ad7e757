import { z } from 'zod'

/**
 * Meilisearch, when configured. The admin key stays on the server (sync job,
 * reindex); pages get the host and the search-only key alone.
 *
 *   MEILISEARCH_HOST          the server, as the CMS reaches it (e.g. http://127.0.0.1:7700)
 *   MEILISEARCH_ADMIN_KEY     writes documents and settings: never sent to a browser
 *   MEILISEARCH_SEARCH_KEY    a search-only key, put in the search page
 *   MEILISEARCH_PUBLIC_HOST   the server as browsers reach it (default: MEILISEARCH_HOST)
 *   MEILISEARCH_INDEX_PREFIX  index names are <prefix><locale> (default: resources-)
 */
const schema = z.object({
  MEILISEARCH_HOST: z.url().optional(),
  MEILISEARCH_ADMIN_KEY: z.string().optional(),
  MEILISEARCH_SEARCH_KEY: z.string().optional(),
  MEILISEARCH_PUBLIC_HOST: z.url().optional(),
  MEILISEARCH_INDEX_PREFIX: z.string().regex(/^[\w-]*$/).default('resources-'),
})

export interface MeilisearchConfig {
  host: string
  adminKey: string | undefined
  searchKey: string | undefined
  publicHost: string
  indexPrefix: string
}

export function meilisearchConfig(env: Record<string, string | undefined> = process.env): MeilisearchConfig | null {
  const parsed = schema.safeParse(env)
  if (!parsed.success) throw new Error(`Invalid Meilisearch settings: ${z.prettifyError(parsed.error)}`)
  const { MEILISEARCH_HOST: host, MEILISEARCH_PUBLIC_HOST: publicHost, MEILISEARCH_INDEX_PREFIX: indexPrefix } = parsed.data
  if (!host) return null
  return { host, adminKey: parsed.data.MEILISEARCH_ADMIN_KEY, searchKey: parsed.data.MEILISEARCH_SEARCH_KEY, publicHost: publicHost ?? host, indexPrefix }
}

export const indexName = (config: Pick<MeilisearchConfig, 'indexPrefix'>, locale: string) => `${config.indexPrefix}${locale}`

/** Which engine the search page uses: Meilisearch with the search-only key when there is one, else the static index. */
export type BrowserEngine = { kind: 'static' } | { kind: 'meilisearch'; host: string; searchKey: string; index: string }

export const browserEngine = (config: MeilisearchConfig | null, locale: string): BrowserEngine =>
  config?.searchKey ? { kind: 'meilisearch', host: config.publicHost, searchKey: config.searchKey, index: indexName(config, locale) } : { kind: 'static' }
