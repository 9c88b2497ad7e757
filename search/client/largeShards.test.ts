import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { writeStaticIndex } from '../staticIndex'
import type { IndexMeta } from '../staticIndexFormat'
import { staticIndexEngine } from './staticIndex'
import { testRecord } from './testRecord'

/** Words of one shard of two letters, "po…", more than `maxShardLength` holds: made of syllables, never stems of one another. */
const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'ru', 'ta']
const words = Array.from(
  { length: 1500 },
  (_, at) =>
    `po${syllables[at % 10]}${syllables[Math.floor(at / 10) % 10]}${syllables[Math.floor(at / 100) % 10]}${syllables[Math.floor(at / 1000) % 10]}x`,
)

const record = (id: number, title: string) => testRecord({ id: String(id), title })

let site: string
const requested: string[] = []
beforeAll(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-large-shards-'))
  await writeStaticIndex(
    [...words.map((word, id) => record(id, `Affiche ${word}`)), record(9999, 'Porte à porte'), record(9998, 'Le PS et la politique')],
    site,
  )
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url)
      return fs.readFile(path.join(site, decodeURIComponent(url))).then(
        (body) => new Response(body),
        () => new Response('Not found', { status: 404 }),
      )
    }),
  )
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await fs.rm(site, { recursive: true, force: true })
})

describe('a large shard of two letters, split by three', () => {
  it('is written as shards of three letters, the short terms kept in the two letters’ one', async () => {
    const meta = JSON.parse(await fs.readFile(path.join(site, 'search-index', 'fr', 'meta.json'), 'utf8')) as IndexMeta
    expect(meta.split).toContain('po')
    expect(meta.shards).toEqual(expect.arrayContaining(['pob', 'poc', 'por', 'pol']))
  })

  it('finds a word by its shard of three letters alone, and a word of two letters in every shard of its two', async () => {
    const engine = staticIndexEngine('fr')
    requested.length = 0
    const porte = await engine.search('porte', {})
    expect(porte.hits.map((hit) => hit.url)).toEqual(['/fr/trainings/9999/'])
    expect(requested.filter((url) => url.includes('/terms/'))).toEqual([expect.stringMatching(/\/terms\/por\.json$/)])
    expect((await engine.search(words[123]!, {})).hits.map((hit) => hit.url)).toEqual(['/fr/trainings/123/'])
    // "po" typed so far: every term starting with it, from every shard of "po".
    expect((await engine.search('po', {})).total).toBe(words.length + 2)
  })
})
