import { expect, type Page, test } from './fixtures'

import { siteURL } from '../../playwright.config'
import en from '../../site/i18n/en.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }
import relevance from '../search/relevance.json' with { type: 'json' }

/**
 * Search on the static site (the embedded static index, no server), over the
 * demo content, as a visitor uses it.
 */
const site = (path: string) => `${siteURL}${path}`

/** The island, once it shows the results of `query` with `filters`. */
const answered = (page: Page, query: string, filters: Record<string, string> = {}) =>
  page.locator(`.search[data-state="done"][data-query="${new URLSearchParams({ q: query, ...filters }).toString().replace(/"/g, '\\"')}"]`)

/** Types a query (once the island is live) and waits for it to show what it found. */
async function search(page: Page, query: string) {
  await expect(page.locator('.search[data-hydrated]')).toBeVisible()
  await page
    .getByRole('searchbox', { name: fr.search.label })
    .or(page.getByRole('searchbox', { name: en.search.label }))
    .fill(query)
  await expect(answered(page, query)).toBeVisible()
}

const resultLinks = (page: Page) => page.getByRole('list', { name: /Résultats|Results/ }).getByRole('link')

test('the header box leads to results as you type, with the matching words highlighted and counts per type', async ({ page }) => {
  await page.goto(site('/fr/'))
  const header = page.getByRole('banner').getByRole('search')
  await header.getByRole('searchbox', { name: fr.search.label }).fill('prise de parole')
  await header.getByRole('button', { name: fr.search.submit }).click()
  await expect(page).toHaveURL(site('/fr/search/?q=prise+de+parole'))
  await expect(answered(page, 'prise de parole')).toBeVisible()
  await expect(resultLinks(page).first()).toContainText('prise de parole')
  await expect(resultLinks(page).first().locator('mark').first()).toHaveText(/prise/i)
  // Trainings, sheets and videos are all found, each type with its count.
  const types = page.getByRole('group', { name: fr.search.type })
  for (const type of [fr.types.sheets, fr.types.videos, fr.types.trainings])
    await expect(types.getByRole('button', { name: new RegExp(`^${type} \\(\\d+\\)$`) })).toBeVisible()

  // Typing on: results follow without a submit.
  await search(page, 'dette publique')
  await expect(resultLinks(page).first()).toContainText(/dette publique/i)
  await expect(page).toHaveURL(site('/fr/search/?q=dette+publique'))
})

test('filters combine, show their counts, and the URL shares the search with its filters', async ({ page }) => {
  await page.goto(site('/fr/search/'))
  await search(page, 'formation')
  const total = Number((await page.getByRole('status').innerText()).replace(/\D/g, ''))
  await page
    .getByRole('group', { name: fr.search.type })
    .getByRole('button', { name: new RegExp(`^${fr.types.trainings} \\(`) })
    .click()
  await expect(answered(page, 'formation', { type: 'trainings' })).toBeVisible()
  await expect(page.getByRole('group', { name: fr.search.type }).getByRole('button', { pressed: true })).toHaveCount(1)
  const trainingsOnly = Number((await page.getByRole('status').innerText()).replace(/\D/g, ''))
  expect(trainingsOnly).toBeLessThan(total)
  for (const href of await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/fr\/trainings\//)

  await page
    .getByRole('group', { name: fr.filters.level })
    .getByRole('button', { name: new RegExp(`^${fr.levels.beginner} \\(`) })
    .click()
  await expect(answered(page, 'formation', { type: 'trainings', level: 'beginner' })).toBeVisible()
  await expect(page).toHaveURL(/q=formation&type=trainings&level=beginner$/)
  const shared = page.url()
  const combined = await resultLinks(page).count()
  expect(combined).toBeLessThanOrEqual(trainingsOnly)

  // Opened from the shared address, the same search comes back.
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect(answered(other, 'formation', { type: 'trainings', level: 'beginner' })).toBeVisible()
  await expect(other.getByRole('searchbox', { name: fr.search.label })).toHaveValue('formation')
  await expect(resultLinks(other)).toHaveCount(combined)
  // Newest first: the order is in the address too, and the dates shown go down.
  await other.getByLabel(fr.search.sort).selectOption('newest')
  await expect(answered(other, 'formation', { type: 'trainings', level: 'beginner', sort: 'newest' })).toBeVisible()
  const dates = await other.locator('.search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  expect(dates.length).toBeGreaterThan(1)
  expect(dates).toEqual([...dates].sort().reverse())
  await other.getByLabel(fr.search.sort).selectOption('relevance')
  await other.getByRole('button', { name: fr.filters.reset }).click()
  await expect(other).toHaveURL(site('/fr/search/?q=formation'))
})

test('a typo finds what the right word finds, and "no results" says so with ways forward', async ({ page }) => {
  await page.goto(site('/fr/search/'))
  // "planfication": no word starts with it; the vocabulary proposes "planification".
  await search(page, 'planfication')
  await expect(page.getByText(fr.search.showingFor.replace('{{suggestion}}', 'planification'))).toBeVisible()
  await expect(resultLinks(page).first()).toBeVisible()

  await search(page, 'zzqxw')
  await expect(page.getByText(fr.search.noResults.replace('{{query}}', 'zzqxw'))).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: fr.types.trainings })).toHaveAttribute('href', '/fr/trainings/')
})

test('accents and plurals fold, a prefix finds whole words, in English too', async ({ page }) => {
  await page.goto(site('/fr/search/'))
  await search(page, 'election')
  await expect(resultLinks(page).first().locator('mark')).toContainText(/élections/i)
  await search(page, 'form')
  await expect(resultLinks(page).first().locator('mark').first()).toHaveText(/^form/i)

  await page.goto(site('/en/search/'))
  await search(page, 'public speaking')
  await expect(resultLinks(page).first()).toContainText(/public speaking/i)
})

test('the keyboard moves from the box through the results and back', async ({ page }) => {
  await page.goto(site('/fr/search/?q=m%C3%A9dias'))
  await expect(answered(page, 'médias')).toBeVisible()
  const box = page.getByRole('searchbox', { name: fr.search.label })
  await box.focus()
  await page.keyboard.press('ArrowDown')
  await expect(resultLinks(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(resultLinks(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(box).toBeFocused()
})

test(`relevance: ${relevance.queries.length} queries in French and English find their expected resources in the first 3 results`, async ({
  page,
}) => {
  const misses: string[] = []
  for (const locale of ['fr', 'en'] as const) {
    await page.goto(site(`/${locale}/search/`))
    for (const { query, top3 } of relevance.queries.filter((entry) => entry.locale === locale)) {
      await search(page, query)
      const found = (await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')))) as string[]
      const missing = top3.filter((href) => !found.includes(href))
      if (missing.length) misses.push(`${locale} "${query}": expected ${missing.join(', ')} in ${found.join(', ') || 'no result'}`)
    }
  }
  expect(misses).toEqual([])
})
