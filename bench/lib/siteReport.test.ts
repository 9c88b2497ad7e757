import { describe, expect, it } from 'vitest'

import { measuredParts, partsOf, renderSiteSection, type SiteBenchResults } from './siteReport'
import { buildStepsOf, builtByOf, type PublishResult, type PublishSample } from './sitePublish'

const run = (overrides: Partial<SiteBenchResults>): SiteBenchResults => ({
  command: 'npm run bench:site -- --only weight',
  stamp: '20261207040000',
  machine: {
    cpu: 'CPU',
    cores: 2,
    memoryGiB: 24,
    os: 'Linux',
    node: 'v24',
    date: '2026-12-07T04:00:00.000Z',
    loadAverage: [1, 2, 3],
    packages: {},
  },
  chromium: 'Chromium 156',
  code: { commit: 'abc1234 A commit', changed: [] },
  options: { count: 10000, runs: 3, lighthouseRuns: 3, only: ['weight'] },
  loadAverage: { 'page weight': 4.5 },
  phaseParts: { 'page weight': 'weight' },
  seed: {},
  builds: {},
  publish: {},
  errors: [],
  finishedAt: '2026-12-07T04:10:00.000Z',
  ...overrides,
})

describe('renderSiteSection', () => {
  const earlier = [
    '<!-- site-part:warm -->\n### Demo rebuild\n\nMeasured by an earlier run.\n<!-- /site-part:warm -->',
    '<!-- site-part:weight -->\n### Page weight\n\nOld figures.\n<!-- /site-part:weight -->',
  ].join('\n\n')

  it('rewrites the parts a run measured and keeps the others as they were, each naming its run', () => {
    const section = renderSiteSection(run({ weights: [] }), earlier)
    expect(measuredParts(run({ weights: [] }))).toEqual(['weight'])
    expect(partsOf(section).warm).toBe(partsOf(earlier).warm)
    expect(partsOf(section).weight).toContain('Measured by `npm run bench:site -- --only weight` (run 20261207040000')
    expect(partsOf(section).weight).toContain('(1 min) when this part began: page weight 4.5')
    expect(section).not.toContain('Old figures.')
  })

  it('writes a failed phase into its own part', () => {
    const section = renderSiteSection(run({ errors: [{ phase: 'Lighthouse, 16 pages', part: 'lighthouse', message: 'boom' }] }), earlier)
    expect(partsOf(section).lighthouse).toContain('boom')
    expect(partsOf(section).weight).toContain('Old figures.')
  })
})

describe('the build log', () => {
  const warmLog = [
    '191 pages rendues par le constructeur chaud.',
    '191 pages construites, 4501 reprises telles quelles de la version en ligne.',
    '4692 pages, 693 fichiers, en 3.0 s (export 0.6 s, kits 0.0 s, pages 0.9 s, search index 0.7 s, unchanged pages linked 0.4 s, calendars, kits, media 0.4 s).',
    'Site en ligne mis à jour.',
  ].join('\n')

  it('splits the last line into steps, a step’s name holding commas', () => {
    expect(buildStepsOf(warmLog)).toEqual([
      { name: 'export', ms: 600 },
      { name: 'kits', ms: 0 },
      { name: 'pages', ms: 900 },
      { name: 'search index', ms: 700 },
      { name: 'unchanged pages linked', ms: 400 },
      { name: 'calendars, kits, media', ms: 400 },
    ])
    expect(buildStepsOf('1941 pages, 12 fichiers, en 8.4 s.')).toBeUndefined()
  })

  it('tells who built', () => {
    expect(builtByOf(warmLog)).toBe('warm')
    expect(builtByOf('Construction par Astro (le constructeur garde ses modules pour les publications suivantes)…')).toBe(
      'warm builder, astro build',
    )
    expect(builtByOf('1941 pages, 12 fichiers, en 8.4 s.')).toBe('child process')
  })
})

describe('the publish part', () => {
  const sample = (run: number, liveMs: number, builtBy: PublishSample['builtBy']): PublishSample => ({
    run,
    title: `Publication mesurée ${run}`,
    liveMs,
    patchMs: 80,
    load: 1.2,
    queuedMs: 1500,
    servedAfterRecordMs: liveMs - 1500,
    buildMs: liveMs - 1700,
    buildSteps: [{ name: 'export', ms: 600 }],
    builtBy,
    pages: 4692,
    buildStatus: 'succeeded',
  })
  const publish: PublishResult = {
    document: { collection: 'trainings', id: 1, slug: 'une', path: '/fr/trainings/une/' },
    samples: [sample(1, 2500, 'warm'), sample(2, 9000, 'child process'), sample(3, 2700, 'warm')],
    medianLiveMs: 2700,
    stackReadyMs: 5000,
    builderReadyMs: 20_000,
    builderMemory: [{ when: 'after the burst', pid: 42, rssBytes: 800 * 1024 ** 2, peakRssBytes: 1200 * 1024 ** 2 }],
    burst: {
      publications: 30,
      path: '/fr/faq/',
      texts: [],
      patchMs: [90, 120],
      sendSpanMs: 9800,
      lastServedMs: 2600,
      allServedWithLast: true,
      missingAtEnd: [],
      builds: [
        {
          id: 7,
          status: 'succeeded',
          startedAt: '2026-12-07T04:00:01.000Z',
          durationMs: 2000,
          builtBy: 'warm',
          startedAfterLastSave: false,
        },
        {
          id: 8,
          status: 'succeeded',
          startedAt: '2026-12-07T04:00:11.000Z',
          durationMs: 2000,
          builtBy: 'warm',
          startedAfterLastSave: true,
        },
      ],
      hourlyBuilds: 0,
      createdFaqs: 5,
    },
    builds: [],
  }

  it('checks issue 20’s targets and labels a run not built warm', () => {
    const part = partsOf(renderSiteSection(run({ publish: { demo: publish } }))).publish ?? ''
    expect(part).toContain(
      "| Publish → live, demo content (median of 3, from the save's response) | 2.7 s (1 of 3 runs not built warm) | ≤ 3 s | ✅ met |",
    )
    expect(part).toContain('9.0 s (**not warm**: child process)')
    expect(part).toContain('| Burst, demo content: 30 publications within 10 s → builds | 2 | ≤ 3 | ✅ met |')
    expect(part).toContain('| Burst, demo content: the last build serves every text | yes, 30 of 30 | all 30 | ✅ met |')
    expect(part).toContain('800 MiB (1.17 GiB) after the burst')
    expect(part).toContain('build 0.8 s (export 0.6 s) by warm')
  })
})
