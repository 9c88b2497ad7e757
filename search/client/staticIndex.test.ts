import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { SearchRecord } from '../records'
import { currentIndexDirs, missingIndexVersions, writeStaticIndex } from '../staticIndex'
import type { SearchHit } from './engine'
import { staticIndexEngine } from './staticIndex'
import { testRecord as record } from './testRecord'

const records: SearchRecord[] = [
  record({
    id: 'parole',
    title: 'Prendre la parole en public',
    summary: 'Une formation pour débuter',
    themes: ['Démocratie'],
    level: 'beginner',
    date: '2026-03-01',
  }),
  record({
    id: 'planif',
    title: 'La planification écologique',
    text: 'Les élections et la planification.',
    themes: ['Écologie'],
    level: 'advanced',
    date: '2026-01-15',
  }),
  record({
    id: 'biblio',
    type: 'sheets',
    title: 'Écologie politique et planification',
    summary: 'Des lectures choisies',
    themes: ['Écologie'],
    date: '2026-02-01',
    url: '/fr/sheets/biblio/',
  }),
  // A visual: a short title, every word of it matching, and nothing to explain the subject.
  record({
    id: '32',
    type: 'visuals',
    title: 'Planification écologique',
    text: 'visuel image',
    date: '2020-01-01',
    url: '/fr/visuals/32/',
  }),
  // A training about pictures: its title has "visuel", a visual only its text.
  record({ id: 'affiches', title: 'Créer un visuel pour une affiche', date: '2026-02-10' }),
  record({ id: 'old', title: 'Une élection', text: 'Comment voter.', themes: ['Démocratie'], date: '2025-06-01' }),
  record({ id: 'traduire', title: 'Speaking in public', language: 'en', themes: ['Démocratie'], date: '2026-04-01' }),
  record({
    id: 'presse',
    type: 'sheets',
    title: 'Lire les journaux',
    text: 'Les travailleuses et les militantes organisent la lutte.',
    url: '/fr/sheets/presse/',
    date: '2024-01-01',
  }),
  record({ id: 'en', locale: 'en', language: 'en', title: 'Public speaking', url: '/en/trainings/public/' }),
  record({ id: 'rente', locale: 'de', language: 'de', title: 'Die Rente mit 60', url: '/de/trainings/rente/' }),
  // The French text standing in for a German translation: its words are no German words to correct towards.
  record({ id: 'reste', locale: 'de', language: 'fr', title: 'Ce qui reste à faire', url: '/de/trainings/reste/' }),
]

let site: string
beforeAll(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-static-index-'))
  await writeStaticIndex(records, site)
  // The engine's requests, answered from the written files as a static server would.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = path.join(site, decodeURIComponent(url))
      return fs.readFile(file).then(
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

const urls = (hits: SearchHit[]) => hits.map((hit) => hit.url)
const plain = (parts: SearchHit['title']) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('')

describe('the static index in the browser', () => {
  const engine = () => staticIndexEngine('fr')

  it('finds by prefix, accents and case folded, a word finding its other forms, and marks the words', async () => {
    const found = await engine().search('ELECTIONS', {})
    expect(urls(found.hits).sort()).toEqual(['/fr/trainings/old/', '/fr/trainings/planif/'])
    expect(plain(found.hits.find((hit) => hit.url.includes('old'))?.title ?? [])).toBe('Une [élection]')
    expect(plain(found.hits.find((hit) => hit.url.includes('planif'))?.excerpt ?? [])).toContain('[élections]')
    expect(urls((await engine().search('plan', {})).hits)).toContain('/fr/sheets/biblio/')
  })

  it('finds plurals in -aux, feminines and a verb’s noun, and a word still being typed', async () => {
    for (const query of ['journal', 'travailleuse', 'militant', 'organisation', 'travailleus'])
      expect(urls((await engine().search(query, {})).hits), query).toEqual(['/fr/sheets/presse/'])
    expect(plain((await engine().search('journal', {})).hits[0]?.title ?? [])).toBe('Lire les [journaux]')
  })

  it('leaves out stop words, and ranks a short title with every word first', async () => {
    const question = await engine().search('Comment voter ?', {})
    expect(urls(question.hits)).toEqual(['/fr/trainings/old/'])
    expect(question.ignored).toEqual([])
    expect(urls((await engine().search('la parole', {})).hits)).toEqual(['/fr/trainings/parole/'])
    // A visual, whose short title has every word, follows the resources that explain the subject.
    expect(urls((await engine().search('planification', {})).hits)).toEqual([
      '/fr/trainings/planif/',
      '/fr/sheets/biblio/',
      '/fr/visuals/32/',
    ])
  })

  it('ranks first the visuals, which follow the library’s resources, when the query names them', async () => {
    expect(urls((await engine().search('visuel', {})).hits)).toEqual(['/fr/visuals/32/', '/fr/trainings/affiches/'])
    expect(urls((await engine().search('images', {})).hits)).toEqual(['/fr/visuals/32/'])
  })

  it('when no resource has every word, shows those with the most, and names the words left out', async () => {
    const found = await engine().search('prise de parole', {})
    expect(urls(found.hits)).toEqual(['/fr/trainings/parole/'])
    expect(found.ignored).toEqual(['prise', 'de'])
    // Every word is known, but no resource has them all: the rarer words are kept.
    const most = await engine().search('planification écologique élection public', {})
    expect(urls(most.hits)).toEqual(['/fr/trainings/planif/'])
    expect(most.ignored).toEqual(['public'])
    expect(plain(most.hits[0]?.title ?? [])).toBe('La [planification] [écologique]')
    expect((await engine().search('pourquoi', {})).ignored).toEqual(['pourquoi'])
  })

  it('counts each facet value as picking it would, combines filters, and sorts newest first', async () => {
    const all = await engine().search('', { theme: 'Démocratie' })
    expect(all.total).toBe(3)
    expect(urls(all.hits)).toEqual(['/fr/trainings/traduire/', '/fr/trainings/parole/', '/fr/trainings/old/'])
    // The theme's own filter does not narrow its counts; the others' do.
    expect(all.facets.theme).toEqual({ Démocratie: 3, Écologie: 2 })
    expect(all.facets.language).toEqual({ fr: 2, en: 1 })
    const beginners = await engine().search('', { theme: 'Démocratie', level: 'beginner' })
    expect(urls(beginners.hits)).toEqual(['/fr/trainings/parole/'])
    expect(beginners.facets.level).toEqual({ beginner: 1 })
    const newest = await engine().search('planification', {}, 'newest')
    expect(urls(newest.hits)).toEqual(['/fr/sheets/biblio/', '/fr/trainings/planif/', '/fr/visuals/32/'])
  })

  it('names the language of an untranslated text, keeps languages apart, and corrects a typo', async () => {
    expect((await engine().search('speaking', {})).hits).toMatchObject([{ url: '/fr/trainings/traduire/', language: 'en' }])
    expect(urls((await staticIndexEngine('en').search('public', {})).hits)).toEqual(['/en/trainings/public/'])
    expect(await engine().correct?.('planifcation')).toBe('planification')
    expect((await engine().search('zzz', {})).total).toBe(0)
  })

  it('corrects from the language’s own words only, and only a word it does not know, loading its words only then', async () => {
    const requests = vi.mocked(fetch)
    const german = staticIndexEngine('de')
    requests.mockClear()
    expect(await german.correct?.('Rente')).toBeNull()
    expect(await german.correct?.('Reste')).toBeNull()
    // Unknown, but too short to correct.
    expect(await german.correct?.('Qzx')).toBeNull()
    const vocabularyFiles = () => requests.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/vocabulary/'))
    expect(vocabularyFiles()).toEqual([])
    expect(await german.correct?.('Retne')).toBe('rente')
    // Only words of 4, 5 and 6 letters, those one edit away from five: not the whole vocabulary.
    const loaded = vocabularyFiles().map((url) => url.replace(/.*\/vocabulary\//, ''))
    expect(loaded).toContain('5.json')
    expect(loaded.every((name) => ['4.json', '5.json', '6.json'].includes(name))).toBe(true)
    // "speaking" is in the French index (an English text standing in), but no French word: nothing to propose.
    expect(await engine().correct?.('spaeking')).toBeNull()
    expect(await staticIndexEngine('en').correct?.('spaeking')).toBe('speaking')
  })

  it('reads the files of the version its meta.json names, which a rebuild keeps', async () => {
    const [dir] = (await currentIndexDirs(site)).filter((dir) => dir.includes(`${path.sep}fr${path.sep}`))
    expect(dir).toMatch(/search-index\/fr\/[0-9a-f]{12}$/)
    const files = await fs.readdir(path.join(site, dir ?? ''), { recursive: true })
    expect(files).toEqual(expect.arrayContaining(['terms', 'docs', 'docs/0.json']))
  })

  it('writes only the meta.json of a language whose records made the live build’s current version, every file of the others', async () => {
    const next = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-static-index-next-'))
    // A copy of the live build to spoil: `site` is every test's.
    const live = `${next}-live`
    const liveVersions = Object.fromEntries(
      await Promise.all(
        ['de', 'en'].map(async (locale) => {
          const meta = JSON.parse(await fs.readFile(path.join(site, 'search-index', locale, 'meta.json'), 'utf8')) as { version: string }
          return [locale, meta.version] as const
        }),
      ),
    )
    const liveVersion = (locale: string) => liveVersions[locale] ?? ''
    try {
      // A French title changed since the live build (`site`); English and German did not.
      const edited = records.map((entry) => (entry.id === 'parole' ? { ...entry, title: 'Prendre la parole devant tous' } : entry))
      expect((await writeStaticIndex(edited, next, { liveBuild: site })).kept.sort()).toEqual(['de', 'en'])
      const filesOf = (dir: string) => fs.readdir(dir, { recursive: true, withFileTypes: true })
      const written = (await filesOf(path.join(next, 'search-index')))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(path.join(next, 'search-index'), path.join(entry.parentPath, entry.name)))
      const [liveFr, nextFr] = [await currentIndexDirs(site), await currentIndexDirs(next)].map((dirs) =>
        dirs.find((dir) => dir.includes('/fr/')),
      )
      expect(nextFr).not.toBe(liveFr)
      expect(written.filter((file) => !file.startsWith('fr/')).sort()).toEqual(['de/meta.json', 'en/meta.json'])
      expect(written.filter((file) => file.startsWith('fr/')).length).toBeGreaterThan(5)
      // The meta.json of an unchanged language is the live one's: it names the live version, whose files the build takes.
      for (const locale of ['de', 'en'])
        expect(await fs.readFile(path.join(next, 'search-index', locale, 'meta.json'), 'utf8')).toBe(
          await fs.readFile(path.join(site, 'search-index', locale, 'meta.json'), 'utf8'),
        )
      expect((await missingIndexVersions(next)).sort()).toEqual([
        'search-index/de/' + liveVersion('de'),
        'search-index/en/' + liveVersion('en'),
      ])

      // A version the live build holds but no longer serves, or names without its folder (removed by
      // hand), is written again: the build would not take it.
      await fs.cp(site, live, { recursive: true })
      await fs.writeFile(path.join(live, 'search-index', 'en', 'meta.json'), JSON.stringify({ version: 'older' }))
      await fs.rm(path.join(live, 'search-index', 'de', liveVersion('de')), { recursive: true })
      expect((await writeStaticIndex(edited, next, { liveBuild: live })).kept).toEqual([])
      for (const locale of ['de', 'en'])
        expect((await filesOf(path.join(next, 'search-index', locale))).filter((entry) => entry.isFile()).length, locale).toBeGreaterThan(1)
      expect(await missingIndexVersions(next)).toEqual([])
    } finally {
      await fs.rm(next, { recursive: true, force: true })
      await fs.rm(live, { recursive: true, force: true })
    }
  })
})
