import { env, type Settings } from '../env'

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

export interface MeilisearchConfig {
  host: string
  adminKey: string | undefined
  searchKey: string | undefined
  publicHost: string
  indexPrefix: string
}

export function meilisearchConfig(settings: Settings['meilisearch'] = env.meilisearch): MeilisearchConfig | null {
  const { host, adminKey, searchKey, publicHost, indexPrefix } = settings
  if (!host) return null
  return { host, adminKey, searchKey, publicHost: publicHost ?? host, indexPrefix }
}

export const indexName = (config: Pick<MeilisearchConfig, 'indexPrefix'>, locale: string) => `${config.indexPrefix}${locale}`

/**
 * Why the search key must not be put in a page, or null when its only right
 * is to search. Meilisearch describes a key to the admin key (GET /keys/<key>:
 * its actions); the master key is in no list (404) and may do anything.
 */
export async function searchKeyProblem(config: MeilisearchConfig): Promise<string | null> {
  if (!config.searchKey) return null
  if (!config.adminKey) return 'MEILISEARCH_ADMIN_KEY is needed to check its rights'
  const url = `${config.host.replace(/\/$/, '')}/keys/${encodeURIComponent(config.searchKey)}`
  const response = await fetch(url, { headers: { authorization: `Bearer ${config.adminKey}` } }).catch((error: unknown) => {
    throw new Error(`Cannot check MEILISEARCH_SEARCH_KEY: ${config.host} did not answer`, { cause: error })
  })
  if (response.status === 404) return 'Meilisearch lists no such key: it is the master key, or a key that does not exist'
  if (!response.ok) return `Meilisearch did not describe it (GET /keys/…: ${response.status}); is MEILISEARCH_ADMIN_KEY an admin key?`
  const { actions } = (await response.json()) as { actions: string[] }
  const beyond = actions.filter((action) => action !== 'search')
  return beyond.length ? `it can ${beyond.join(', ')}, not only search` : null
}

// Every language's search page asks; the server is asked once per key.
const keyChecks = new Map<string, Promise<void>>()

/** Refuses, with the reason, a search key that could do more than search: it would be published in the search page. */
export const assertSearchOnlyKey = (config: MeilisearchConfig): Promise<void> => {
  const cacheKey = [config.host, config.adminKey, config.searchKey].join('\n')
  let check = keyChecks.get(cacheKey)
  if (!check) {
    check = searchKeyProblem(config).then((problem) => {
      if (problem) {
        throw new Error(
          `MEILISEARCH_SEARCH_KEY refused: ${problem}. It is published in the search page: create a key whose only action is "search" and set that one.`,
        )
      }
    })
    keyChecks.set(cacheKey, check)
    // A server that did not answer is asked again by the next build (the warm builder keeps this module).
    check.catch(() => keyChecks.delete(cacheKey))
  }
  return check
}

/** Which engine the search page uses: Meilisearch with the search-only key when there is one, else the static index. */
export type BrowserEngine = { kind: 'static' } | { kind: 'meilisearch'; host: string; searchKey: string; index: string }

export const browserEngine = (config: MeilisearchConfig | null, locale: string): BrowserEngine =>
  config?.searchKey
    ? { kind: 'meilisearch', host: config.publicHost, searchKey: config.searchKey, index: indexName(config, locale) }
    : { kind: 'static' }

/** The engine a page may publish: the search key's rights are checked first. */
export const publishedBrowserEngine = async (config: MeilisearchConfig | null, locale: string): Promise<BrowserEngine> => {
  if (config?.searchKey) await assertSearchOnlyKey(config)
  return browserEngine(config, locale)
}
