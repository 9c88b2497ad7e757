import { describe, expect, it } from 'vitest'

import { otherSections, replaceSection } from './markdown'

describe('BENCHMARKS.md sections', () => {
  const doc = [
    '# CMS part',
    replaceSection('', 'site', 'site results'),
    replaceSection('', 'search', 'search results'),
    replaceSection('', 'tracts', 'tract results'),
  ].join('\n')

  it('gives every bench command’s section, so that `npm run bench` rewrites only its own part', () => {
    const sections = otherSections(doc)
    expect(sections.map((section) => section.split('\n')[1])).toEqual(['site results', 'search results', 'tract results'])
  })

  it('replaces one section and leaves the others as they were', () => {
    const updated = replaceSection(doc, 'search', 'new search results')
    expect(otherSections(updated).map((section) => section.split('\n')[1])).toEqual(['site results', 'new search results', 'tract results'])
  })
})
