import { describe, expect, it } from 'vitest'

import { type Facet, listingPages, listingPath, pageSize } from './listings'

interface Item {
  id: number
  themes: string[]
  level: string
}

const facets: Facet<Item>[] = [
  { key: 'theme', options: ['ecologie', 'democratie', 'international'], valuesOf: (item) => item.themes },
  { key: 'level', options: ['beginner', 'advanced'], valuesOf: (item) => [item.level] },
]

const items: Item[] = [
  { id: 1, themes: ['ecologie', 'democratie'], level: 'beginner' },
  { id: 2, themes: ['ecologie'], level: 'advanced' },
  { id: 3, themes: [], level: 'beginner' },
]

describe('listingPages', () => {
  const pages = listingPages(items, facets)
  const find = (theme?: string, level?: string) => pages.find((page) => page.selection.theme === theme && page.selection.level === level)

  it('makes one page per combination that has results, and none for empty ones', () => {
    expect(find()?.items.map((item) => item.id)).toEqual([1, 2, 3])
    expect(find('ecologie')?.items.map((item) => item.id)).toEqual([1, 2])
    expect(find('ecologie', 'advanced')?.items.map((item) => item.id)).toEqual([2])
    expect(find('international')).toBeUndefined()
    expect(find('democratie', 'advanced')).toBeUndefined()
  })

  it('counts what each option would give, keeping the other filters', () => {
    expect(find('ecologie')?.counts).toEqual({
      theme: { ecologie: 2, democratie: 1, international: 0 },
      level: { beginner: 1, advanced: 1 },
    })
  })

  it('paginates long listings', () => {
    const many = Array.from({ length: pageSize * 2 + 1 }, (_, id) => ({ id, themes: [], level: 'beginner' }))
    const all = listingPages(many, facets).filter((page) => !page.selection.theme && !page.selection.level)
    expect(all.map((page) => [page.page, page.items.length, page.totalPages])).toEqual([
      [1, pageSize, 3],
      [2, pageSize, 3],
      [3, 1, 3],
    ])
  })

  it('still has a first page when there is nothing to list', () => {
    expect(listingPages([], facets)).toMatchObject([{ page: 1, total: 0, items: [] }])
  })
})

describe('listingPath', () => {
  it('keeps one order of filters in URLs', () => {
    expect(listingPath('fr', 'trainings', {})).toBe('/fr/trainings/')
    expect(listingPath('fr', 'trainings', { level: 'beginner', theme: 'ecologie' }, 2)).toBe(
      '/fr/trainings/filter/theme-ecologie/level-beginner/page-2/',
    )
    expect(listingPath('ar', 'videos', {}, 3)).toBe('/ar/videos/filter/page-3/')
  })
})
