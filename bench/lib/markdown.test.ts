import { describe, expect, it } from 'vitest'

import { otherBenchesPart, replaceSection } from './markdown'

describe('BENCHMARKS.md sections', () => {
  const doc = [
    '# CMS part',
    replaceSection('', 'site', 'site results'),
    'A note written by hand.',
    replaceSection('', 'search', 'search results'),
    replaceSection('', 'tracts', 'tract results'),
  ].join('\n')

  it('keeps, below the CMS part, every other bench command’s section and the notes between them', () => {
    const kept = otherBenchesPart(doc)
    expect(kept.startsWith('<!-- bench:site:start')).toBe(true)
    for (const text of ['site results', 'A note written by hand.', 'search results', 'tract results']) expect(kept).toContain(text)
    expect(kept).not.toContain('# CMS part')
    expect(otherBenchesPart('# CMS part only')).toBe('')
  })

  it('replaces one section and leaves the others as they were', () => {
    const updated = replaceSection(doc, 'search', 'new search results')
    expect(otherBenchesPart(updated)).toContain('new search results')
    expect(otherBenchesPart(updated)).not.toContain('\nsearch results')
    expect(otherBenchesPart(updated)).toContain('tract results')
  })
})
