import { describe, expect, it, vi } from 'vitest'

import { searchWithCorrection } from './correctedSearch'
import type { SearchEngine, SearchResponse } from './engine'

const response = (total: number, ignored: string[] = []): SearchResponse => ({
  total,
  ignored,
  hits: [],
  facets: { type: {}, theme: {}, level: {}, language: {} },
})

/** An engine that knows what each query finds, and proposes `suggestion` for any query. */
function engine(found: Record<string, SearchResponse>, suggestion: string | null) {
  const search = vi.fn(async (text: string) => found[text] ?? response(0))
  const correct = vi.fn(async () => suggestion)
  return { engine: { search, correct } satisfies SearchEngine, search, correct }
}

describe('a search corrected as the island makes it', () => {
  it('shows the corrected query’s results, naming both, without searching the typo when they have every word', async () => {
    const { engine: typo, search } = engine({ planification: response(4) }, 'planification')
    expect(await searchWithCorrection(typo, 'planfication', {}, 'relevance')).toEqual({
      response: response(4),
      correction: { typed: 'planfication', suggestion: 'planification' },
    })
    expect(search.mock.calls.map(([text]) => text)).toEqual(['planification'])
  })

  it('searches exactly what was typed when asked, without correcting it', async () => {
    const { engine: typo, correct } = engine({ planfication: response(0), planification: response(4) }, 'planification')
    expect(await searchWithCorrection(typo, 'planfication', {}, 'relevance', true)).toEqual({ response: response(0), correction: null })
    expect(correct).not.toHaveBeenCalled()
  })

  it('keeps the typed query when the correction leaves out as many words and finds fewer', async () => {
    const typed = response(9, ['prise'])
    const { engine: typo } = engine({ 'prise parole': typed, 'prose parole': response(2, ['prose']) }, 'prose parole')
    expect(await searchWithCorrection(typo, 'prise parole', {}, 'relevance')).toEqual({ response: typed, correction: null })
  })
})
