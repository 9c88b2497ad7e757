import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type MeilisearchConfig, publishedBrowserEngine, searchKeyProblem } from './config'

/**
 * Threat: an admin or master key set as MEILISEARCH_SEARCH_KEY is published in
 * the search page, and anyone can then rewrite or delete the index. Tested
 * against a fake of Meilisearch's keys API on loopback (no server here).
 */
const masterKey = 'fake-master-key'
const keys: Record<string, string[]> = {
  'fake-admin-key': ['*'],
  'fake-search-key': ['search'],
  'fake-writer-key': ['search', 'documents.add'],
}

/** GET /keys/<key> as Meilisearch answers it: only to a key allowed to read keys. */
const fakeMeilisearchKeysApi = http.createServer((request, response) => {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  const answer = (status: number, body: object) =>
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  if (!bearer) return answer(401, { code: 'missing_authorization_header' })
  const canReadKeys = bearer === masterKey || keys[bearer]?.some((action) => action === '*' || action === 'keys.get')
  if (!canReadKeys) return answer(403, { code: 'invalid_api_key' })
  const asked = decodeURIComponent(/^\/keys\/([^/?]+)$/.exec(request.url ?? '')?.[1] ?? '')
  const actions = keys[asked]
  return actions ? answer(200, { key: asked, actions, indexes: ['*'] }) : answer(404, { code: 'api_key_not_found' })
})

let host = ''
const config = (searchKey: string, adminKey: string | undefined): MeilisearchConfig => ({
  host,
  adminKey,
  searchKey,
  publicHost: 'https://search.example.org',
  indexPrefix: 'resources-',
})

describe('the search key published in the search page', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => fakeMeilisearchKeysApi.listen(0, '127.0.0.1', resolve))
    host = `http://127.0.0.1:${(fakeMeilisearchKeysApi.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise((resolve) => fakeMeilisearchKeysApi.close(resolve)))

  it('publishes a key whose only action is search', async () => {
    expect(await searchKeyProblem(config('fake-search-key', 'fake-admin-key'))).toBeNull()
    expect(await publishedBrowserEngine(config('fake-search-key', 'fake-admin-key'), 'fr')).toEqual({
      kind: 'meilisearch',
      host: 'https://search.example.org',
      searchKey: 'fake-search-key',
      index: 'resources-fr',
    })
  })

  it('refuses a key that can write, an admin key and the master key, saying why', async () => {
    await expect(publishedBrowserEngine(config('fake-writer-key', 'fake-admin-key'), 'fr')).rejects.toThrow(
      /MEILISEARCH_SEARCH_KEY refused: it can documents\.add, not only search\. .*only action is "search"/,
    )
    await expect(publishedBrowserEngine(config('fake-admin-key', 'fake-admin-key'), 'fr')).rejects.toThrow(/it can \*, not only search/)
    await expect(publishedBrowserEngine(config(masterKey, 'fake-admin-key'), 'fr')).rejects.toThrow(/master key/)
  })

  it('refuses to publish a key whose rights it cannot check', async () => {
    await expect(publishedBrowserEngine(config('fake-writer-key', undefined), 'fr')).rejects.toThrow(/MEILISEARCH_ADMIN_KEY is needed/)
    await expect(publishedBrowserEngine(config('fake-writer-key', 'fake-search-key'), 'fr')).rejects.toThrow(/did not describe it/)
    await expect(
      publishedBrowserEngine({ ...config('fake-search-key', 'fake-admin-key'), host: 'http://127.0.0.1:9' }, 'fr'),
    ).rejects.toThrow(/did not answer/)
  })
})
