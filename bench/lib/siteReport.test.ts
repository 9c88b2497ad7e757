import { describe, expect, it } from 'vitest'

import { measuredParts, partsOf, renderSiteSection, type SiteBenchResults } from './siteReport'

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
