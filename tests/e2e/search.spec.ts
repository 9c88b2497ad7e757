import { expect, type Page, test } from './fixtures'

import { events } from '../../content/data/events'
import { themes } from '../../content/data/themes'
import { trainings } from '../../content/data/trainings'
import { hitsPerPage } from '../../search/client/engine'
import { siteURL } from '../../playwright.config'
import { type LocaleCode, localeCodes } from '../../publication/locales'
import ar from '../../site/i18n/ar.json' with { type: 'json' }
import de from '../../site/i18n/de.json' with { type: 'json' }
import en from '../../site/i18n/en.json' with { type: 'json' }
import es from '../../site/i18n/es.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }
import it from '../../site/i18n/it.json' with { type: 'json' }
import pt from '../../site/i18n/pt.json' with { type: 'json' }
import relevanceSet from '../search/relevance.json' with { type: 'json' }

/**
 * Search on the static site (the embedded static index, no server), over the
 * demo content, as a visitor uses it.
 */
const site = (path: string) => `${siteURL}${path}`
/** The strings this spec reads, in each language. */
const strings: Record<LocaleCode, { search: typeof fr.search; types: { trainings: string } }> = { fr, en, es, de, it, pt, ar }
const relevance: {
  queries: { locale: string; query: string; top3: string[]; searchedAs?: string | null; ignored?: string[] }[]
} = relevanceSet

/** A UI string with its `{{name}}` filled in. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

/** The island, once it shows the results of `query` with `filters`. */
const answered = (page: Page, query: string, filters: Record<string, string> = {}) =>
  page.locator(`.search[data-state="done"][data-query="${new URLSearchParams({ q: query, ...filters }).toString().replace(/"/g, '\\"')}"]`)

/** Types a query (once the island is live) in the search page of `locale` and waits for it to show what it found. */
async function search(page: Page, query: string, locale: LocaleCode = 'fr') {
  await expect(page.locator('.search[data-hydrated]')).toBeVisible()
  await page.getByRole('searchbox', { name: strings[locale].search.label }).fill(query)
  await expect(answered(page, query)).toBeVisible()
}

const resultLinks = (page: Page, locale: LocaleCode = 'fr') =>
  page.getByRole('list', { name: strings[locale].search.results }).getByRole('link')

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
  // The notice's link searches exactly what was typed.
  await page.getByRole('button', { name: fill(fr.search.searchInstead, { query: 'planfication' }) }).click()
  await expect(page.locator('.search-correction')).toHaveCount(0)
  await expect(page.getByText(fill(fr.search.noResults, { query: 'planfication' }))).toBeVisible()
  await expect(page.getByRole('searchbox', { name: fr.search.label })).toHaveValue('planfication')

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
  await search(page, 'public speaking', 'en')
  await expect(resultLinks(page, 'en').first()).toContainText(/public speaking/i)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the filters come after a summary, open from it, and the summary names those chosen', async ({ page }) => {
    await page.goto(site('/fr/search/?q=formation'))
    await expect(answered(page, 'formation')).toBeVisible()
    const filters = page.getByRole('region', { name: fr.filters.title })
    const summary = filters.locator('summary')
    const types = filters.getByRole('group', { name: fr.search.type })
    await expect(summary).toHaveText(fr.filters.title)
    await expect(types).toBeHidden()
    // The first result is on the first screen, below the closed filters.
    expect((await page.locator('.search-results > li').first().boundingBox())?.y).toBeLessThan(844)

    // From the keyboard: the summary opens them.
    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(types).toBeVisible()
    await types.getByRole('button', { name: new RegExp(`^${fr.types.trainings} \\(`) }).click()
    await expect(answered(page, 'formation', { type: 'trainings' })).toBeVisible()
    await expect(summary).toHaveText(fill(fr.filters.heading, { type: fr.filters.title, filters: fr.types.trainings }))
    // Still open after the search it started.
    await expect(types.getByRole('button', { pressed: true })).toBeVisible()
  })
})

test('a page of results at first, the next ones on demand, the focus on the first of them', async ({ page }) => {
  await page.goto(site('/fr/search/?q=formation'))
  await expect(answered(page, 'formation')).toBeVisible()
  const total = Number((await page.getByRole('status').innerText()).replace(/\D/g, ''))
  expect(total).toBeGreaterThan(hitsPerPage)
  await expect(resultLinks(page)).toHaveCount(hitsPerPage)
  await page.getByRole('button', { name: fr.search.more }).click()
  await expect(resultLinks(page)).toHaveCount(Math.min(total, 2 * hitsPerPage))
  await expect(resultLinks(page).nth(hitsPerPage)).toBeFocused()
  // With JavaScript, the listings offered instead of a search are not shown.
  await expect(page.getByText(fr.search.noscript)).toBeHidden()
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

/**
 * The set is about the demo content; specs that run before this one publish events and trainings of their
 * own (tests/e2e/agenda.spec.ts, admin-publish.spec.ts), which are left out of the ranking checked.
 */
const demoPaths = new Set([
  ...events.map((event) => `events/${event.slug}/`),
  ...trainings.map((training) => `trainings/${training.slug}/`),
])
const fromDemo = (href: string) => {
  const path = /^\/[a-z]{2}\/((?:events|trainings)\/[^/]+\/)$/.exec(href)?.[1]
  return path === undefined || demoPaths.has(path)
}

test(`relevance: the ${relevance.queries.length} queries of the set, each in its language, find their expected resources in the first 3 results, with the notices expected`, async ({
  page,
}) => {
  const misses: string[] = []
  for (const locale of localeCodes) {
    const text = strings[locale].search
    await page.goto(site(`/${locale}/search/`))
    for (const { query, top3, searchedAs, ignored } of relevance.queries.filter((entry) => entry.locale === locale)) {
      await search(page, query, locale)
      const miss = (what: string) => misses.push(`${locale} "${query}": ${what}`)
      const found = ((await resultLinks(page, locale).evaluateAll((links) => links.map((link) => link.getAttribute('href')))) as string[])
        .filter(fromDemo)
        .slice(0, 3)
      const missing = top3.filter((href) => !found.includes(href))
      if (missing.length) miss(`expected ${missing.join(', ')} in ${found.join(', ') || 'no result'}`)
      // A correction: "Results for « corrected ». Search instead for « as typed »"; none when the typed words are the language's.
      const correction = (await page.locator('.search-correction').allInnerTexts()).join('')
      const expectedCorrection = searchedAs
        ? `${fill(text.showingFor, { suggestion: searchedAs })}. ${fill(text.searchInstead, { query })}`
        : ''
      if (searchedAs !== undefined && correction !== expectedCorrection)
        miss(`expected the notice "${expectedCorrection}", not "${correction}"`)
      if (ignored) {
        const words = new Intl.ListFormat(locale, { type: 'unit' }).format(ignored.map((word) => fill(text.quoted, { word })))
        const expectedIgnored = ignored.length ? fill(text.ignored, { words }) : ''
        const shown = (await page.locator('.search-ignored').allInnerTexts()).join('')
        if (shown !== expectedIgnored) miss(`expected the notice "${expectedIgnored}", not "${shown}"`)
      }
    }
  }
  expect(misses).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search page links the type and theme listings, and shows nothing that cannot work', async ({ page }) => {
    for (const locale of ['fr', 'ar'] as const) {
      await page.goto(site(`/${locale}/search/?q=dette`))
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(strings[locale].search.title)
      await expect(main.getByText(strings[locale].search.noscript)).toBeVisible()
      // No search box, live-results hint or filters that nothing would answer.
      await expect(main.getByRole('searchbox')).toBeHidden()
      await expect(main.getByText(strings[locale].search.intro)).toBeHidden()
      await expect(main.getByRole('link', { name: strings[locale].types.trainings })).toHaveAttribute('href', `/${locale}/trainings/`)
      await expect(main.locator(`a[href^="/${locale}/themes/"]`)).toHaveCount(themes.length)
      await expect(main.locator(`a[href="/${locale}/themes/${themes[0]?.slug}/"]`)).toBeVisible()
    }
  })
})
