import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from './fixtures'

import { siteURL } from '../../playwright.config'
import ar from '../../site/i18n/ar.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * Every template of the public site, in French and in Arabic (right to left),
 * checked with axe against WCAG 2.2 AA; and the keyboard's first steps.
 * Slugs are the demo content's (content/data).
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const templates: [name: string, path: string][] = [
  ['home', ''],
  ['trainings index', 'trainings/'],
  ['videos index', 'videos/'],
  ['infographics index', 'infographics/'],
  ['sheets index', 'sheets/'],
  ['bibliographies index', 'bibliographies/'],
  ['visuals index', 'visuals/'],
  ['filtered index', 'trainings/filter/theme-ecologie/level-beginner/'],
  ['training', 'trainings/decouvrir-l-avenir-en-commun/'],
  ['lesson (with a video)', 'trainings/decouvrir-l-avenir-en-commun/rendre-le-pouvoir-au-peuple/'],
  ['video', 'videos/le-ric-explique/'],
  ['infographic', 'infographics/dette-publique-depuis-1980/'],
  ['sheet', 'sheets/organiser-une-reunion-publique/'],
  ['bibliography', 'bibliographies/histoire-du-mouvement-ouvrier/'],
  ['themes index', 'themes/'],
  ['theme', 'themes/ecologie/'],
  ['faq', 'faq/'],
  ['programme', 'programme/'],
  ['tracts gallery', 'tracts/'],
  ['tracts gallery filtered', 'tracts/filter/format-A5/'],
  ['legal notice', 'legal/'],
  ['privacy', 'privacy/'],
  ['404', 'page-qui-n-existe-pas/'],
]

/** What axe found, in a form that reads well in a failed assertion. */
async function violationsOn(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return results.violations.map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  }))
}

for (const locale of ['fr', 'ar'] as const) {
  test.describe(`axe, ${locale}`, () => {
    for (const [name, path] of templates) {
      test(`${name} has no WCAG 2.2 AA violation`, async ({ page }) => {
        const response = await page.goto(`${siteURL}/${locale}/${path}`)
        expect(response?.status()).toBe(name === '404' ? 404 : 200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        expect(await violationsOn(page)).toEqual([])
      })
    }

    test('search with results and filters has no violation', async ({ page }) => {
      await page.goto(`${siteURL}/${locale}/search/?q=formation`)
      await expect(page.locator('.search[data-state="done"][data-query="q=formation"]')).toBeVisible()
      expect(await violationsOn(page)).toEqual([])
    })

    test('tract customiser with its form, preview and errors has no violation', async ({ page }) => {
      await page.goto(`${siteURL}/${locale}/tracts/tract-a5-reunion-publique/`)
      // As the page opens: the form and the template's picture (the engine loads when the visitor starts).
      await expect(page.locator('.tract-customiser[data-hydrated]')).toBeVisible()
      expect(await violationsOn(page)).toEqual([])
      // Errors shown (a refused download), then the printer's fields open.
      await page.locator('.tract-downloads button[type="submit"]').first().click()
      await expect(page.locator('.tract-customiser[data-download="invalid"] [aria-invalid="true"]').first()).toBeVisible()
      await page.locator('input[name="legal.mode"][value="printer"]').check()
      expect(await violationsOn(page)).toEqual([])
    })

    test('home with the language menu open has no violation', async ({ page }) => {
      await page.goto(`${siteURL}/${locale}/`)
      await page.locator('.language-menu summary').click()
      await expect(page.locator('.language-menu a').first()).toBeVisible()
      expect(await violationsOn(page)).toEqual([])
    })
  })
}

test('the language picker at / has no WCAG 2.2 AA violation', async ({ page }) => {
  // Its inline script sends the browser to its language at once (site.spec.ts checks
  // that): check the page that browsers without JavaScript keep, the list of languages.
  await page.route(`${siteURL}/`, async (route) => {
    const response = await route.fetch()
    const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    await route.fulfill({ response, body })
  })
  await page.goto(`${siteURL}/`)
  await expect(page).toHaveURL(`${siteURL}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.language.pickerTitle)
  expect(await violationsOn(page)).toEqual([])
})

for (const [locale, strings] of [
  ['fr', fr],
  ['ar', ar],
] as const) {
  test(`keyboard (${locale}): the skip link is the first Tab stop and moves focus to the main content`, async ({ page }) => {
    await page.goto(`${siteURL}/${locale}/trainings/`)
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: strings.site.skipToContent })
    await expect(skipLink).toBeFocused()
    await expect(skipLink).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)
    await expect(page.getByRole('main')).toBeFocused()
    // The next Tab stop is inside the main content, not back in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
  })
}
