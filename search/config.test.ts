import { describe, expect, it } from 'vitest'

import { type Environment, readEnv } from '../env'
import { browserEngine, meilisearchConfig as configOf } from './config'

/** The configuration these variables give, read as env.ts reads the process's. */
const meilisearchConfig = (variables: Environment) => configOf(readEnv(variables).meilisearch)

const env = {
  MEILISEARCH_HOST: 'http://127.0.0.1:7700',
  MEILISEARCH_ADMIN_KEY: 'admin-secret-key',
  MEILISEARCH_SEARCH_KEY: 'search-only-key',
  MEILISEARCH_PUBLIC_HOST: 'https://search.example.org',
}

describe('search configuration', () => {
  it('uses the static index when no Meilisearch server is configured', () => {
    expect(meilisearchConfig({})).toBeNull()
    expect(browserEngine(null, 'fr')).toEqual({ kind: 'static' })
  })

  it('gives pages the public host and the search-only key, never the admin key', () => {
    const engine = browserEngine(meilisearchConfig(env), 'fr')
    expect(engine).toEqual({ kind: 'meilisearch', host: 'https://search.example.org', searchKey: 'search-only-key', index: 'resources-fr' })
    expect(JSON.stringify(engine)).not.toContain('admin-secret-key')
  })

  it('keeps the static index when only the admin key is known: it must not be used in a page', () => {
    expect(browserEngine(meilisearchConfig({ ...env, MEILISEARCH_SEARCH_KEY: undefined }), 'fr')).toEqual({ kind: 'static' })
  })

  it('refuses a host that is not a URL, saying which setting', () => {
    expect(() => meilisearchConfig({ MEILISEARCH_HOST: 'search server' })).toThrow(/MEILISEARCH_HOST/)
  })
})
