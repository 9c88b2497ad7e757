import { expect, type Page, test } from './fixtures'

import { faqs } from '../../content/data/faqs'
import { programme } from '../../content/data/programme'
import { siteURL } from '../../playwright.config'
import ar from '../../site/i18n/ar.json' with { type: 'json' }
import en from '../../site/i18n/en.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * The first screen of a phone (390×844) shows content, not navigation: every page's title in the
 * top quarter, the first card or result without scrolling; the main menu and the listings' filters
 * are native disclosures (closed on phones, open with a click, the keyboard or without JavaScript)
 * and always open on a wide screen. Lists partly in French say so; the footer links the legal pages.
 */
const site = (path: string) => `${siteURL}${path}`
const phone = { width: 390, height: 844 }
const strings = { fr, ar } as const
const locales = ['fr', 'ar'] as const

/** Each page of the check, and where it has them, its cards or results. */
const pages: { name: string; path: string; firstCard?: string }[] = [
  { name: 'home', path: '/', firstCard: '.cards > .card' },
  { name: 'a listing with filters', path: '/trainings/', firstCard: '.cards > .card' },
  { name: 'the FAQ', path: '/faq/', firstCard: 'details.qa' },
  { name: 'the programme', path: '/programme/' },
  { name: 'a training', path: '/trainings/decouvrir-l-avenir-en-commun/' },
  { name: 'a video', path: '/videos/decoder-la-dette-publique/' },
  // Its results' place is the search page's own layout (pages/[lang]/search, islands/Search.tsx).
  { name: 'the search', path: '/search/?q=dette', firstCard: '.search-results > li' },
  { name: 'the tracts', path: '/tracts/', firstCard: '.tract-cards > li' },
  { name: 'a lesson with a video', path: '/trainings/decouvrir-l-avenir-en-commun/rendre-le-pouvoir-au-peuple/' },
  { name: 'an infographic', path: '/infographics/dette-publique-depuis-1980/' },
  { name: 'a sheet', path: '/sheets/organiser-une-reunion-publique/' },
  { name: 'a bibliography', path: '/bibliographies/histoire-du-mouvement-ouvrier/' },
  { name: 'a theme', path: '/themes/ecologie/', firstCard: '.cards > .card' },
  { name: 'an event', path: '/events/porte-a-porte-droits-des-locataires-belleville/' },
  { name: 'a group', path: '/groups/paris-20e-belleville/' },
  { name: 'the agenda', path: '/agenda/', firstCard: '.events > .event-card' },
  { name: 'the group directory', path: '/groups/', firstCard: '.groups > .group-card' },
  { name: 'a tract', path: '/tracts/tract-a5-reunion-publique/' },
  // Visuals are named by their id: the demo's first (content/data/visuals.ts) is 1 on the tests' fresh database.
  { name: 'a visual', path: '/visuals/1/' },
  { name: 'the legal notice', path: '/legal/' },
  { name: 'the privacy page', path: '/privacy/' },
  { name: 'the donation form', path: '/donate/' },
]

const mainMenu = (page: Page) => page.locator('.main-menu')
const menuButton = (page: Page) => page.locator('.main-menu > summary')
const mainNavigation = (page: Page, locale: (typeof locales)[number]) =>
  page.getByRole('navigation', { name: strings[locale].site.mainNav })
const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY

test.describe('on a phone', () => {
  test.use({ viewport: phone })

  for (const locale of locales) {
    test(`every page's title and first card are on the first screen (${locale})`, async ({ page }) => {
      for (const { name, path, firstCard } of pages) {
        await page.goto(site(`/${locale}${path}`))
        const title = page.getByRole('heading', { level: 1 })
        await expect(title, name).toBeVisible()
        expect(await top(page, 'h1'), `${name}: the title starts in the top quarter`).toBeLessThan(phone.height / 4)
        if (firstCard) {
          await expect(page.locator(firstCard).first(), name).toBeVisible()
          expect(await top(page, firstCard), `${name}: the first card is on the first screen`).toBeLessThan(phone.height)
        }
        await expect(menuButton(page), name).toHaveText(strings[locale].layout.menu)
        await expect(mainNavigation(page, locale).getByRole('link').first(), `${name}: the menu is closed`).toBeHidden()
      }
    })

    test(`the menu opens with a click and with the keyboard (${locale})`, async ({ page }) => {
      await page.goto(site(`/${locale}/`))
      const agenda = mainNavigation(page, locale).getByRole('link', { name: strings[locale].agenda.nav })
      await expect(agenda).toBeHidden()
      await menuButton(page).click()
      await expect(mainMenu(page)).toHaveAttribute('open', '')
      await expect(agenda).toBeVisible()
      // It opens over the page: the title does not move.
      expect(await top(page, 'h1')).toBeLessThan(phone.height / 4)
      await menuButton(page).click()
      await expect(agenda).toBeHidden()

      // From the top of the page, Tab reaches the skip link, the brand, then the menu's button; Enter opens it, Tab enters it.
      await page.reload()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect(menuButton(page)).toBeFocused()
      expect(await menuButton(page).evaluate((summary) => summary.matches(':focus-visible'))).toBe(true)
      await page.keyboard.press('Enter')
      await expect(agenda).toBeVisible()
      await page.keyboard.press('Tab')
      await expect(mainNavigation(page, locale).getByRole('link').first()).toBeFocused()
      // Space closes it again from its button.
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Space')
      await expect(agenda).toBeHidden()
    })
  }

  test('the filters of a listing come after a summary, and open from it', async ({ page }) => {
    await page.goto(site('/fr/trainings/'))
    const filters = page.getByRole('region', { name: fr.filters.title })
    const summary = filters.locator('summary')
    await expect(summary).toHaveText(fr.filters.title)
    await expect(filters.getByRole('navigation', { name: fr.filters.level })).toBeHidden()
    await summary.click()
    const level = filters.getByRole('navigation', { name: fr.filters.level })
    await expect(level).toBeVisible()

    // The summary names the filters chosen.
    await level.getByRole('link', { name: new RegExp(`^${fr.levels.beginner} \\(`) }).click()
    await expect(page.getByRole('region', { name: fr.filters.title }).locator('summary')).toHaveText(
      `${fr.filters.title} : ${fr.levels.beginner}`,
    )
    expect(await top(page, '.cards > .card')).toBeLessThan(phone.height)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the menu and the filters still open', async ({ page }) => {
      for (const locale of locales) {
        await page.goto(site(`/${locale}/trainings/`))
        const agenda = mainNavigation(page, locale).getByRole('link', { name: strings[locale].agenda.nav })
        await expect(agenda).toBeHidden()
        await menuButton(page).click()
        await expect(agenda).toBeVisible()
        await menuButton(page).press('Enter')
        await expect(agenda).toBeHidden()

        const filters = page.getByRole('region', { name: strings[locale].filters.title })
        await filters.locator('summary').click()
        await expect(filters.getByRole('navigation', { name: strings[locale].filters.level })).toBeVisible()
      }
    })
  })
})

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  for (const locale of locales) {
    test(`the menu and the filters are open without a click (${locale})`, async ({ page }) => {
      await page.goto(site(`/${locale}/trainings/`))
      await expect(menuButton(page)).toBeHidden()
      await expect(mainNavigation(page, locale).getByRole('link', { name: strings[locale].agenda.nav })).toBeVisible()
      await expect(mainNavigation(page, locale).getByRole('link', { name: strings[locale].types.trainings })).toHaveAttribute(
        'aria-current',
        'page',
      )
      const filters = page.getByRole('region', { name: strings[locale].filters.title })
      await expect(filters.locator('summary')).toBeHidden()
      await expect(filters.getByRole('heading', { name: strings[locale].filters.title })).toBeVisible()
      await expect(filters.getByRole('navigation', { name: strings[locale].filters.level })).toBeVisible()
    })
  }
})

test('the FAQ in Arabic says how many answers are in Arabic, and marks each one in French', async ({ page }) => {
  const inArabic = faqs.filter((faq) => faq.answer.ar).length
  expect(inArabic).toBeGreaterThan(0)
  expect(inArabic).toBeLessThan(faqs.length)
  const number = new Intl.NumberFormat('ar')
  await page.goto(site('/ar/faq/'))
  await expect(page.getByRole('note')).toHaveText(
    ar.layout.partlyTranslated
      .replace('{{what}}', ar.layout.answers)
      .replace('{{language}}', new Intl.DisplayNames(['ar'], { type: 'language' }).of('ar')!)
      .replace('{{count, number}}', number.format(inArabic))
      .replace('{{total, number}}', number.format(faqs.length)),
  )
  const french = page.locator('details.qa[lang="fr"]')
  await expect(french).toHaveCount(faqs.length - inArabic)
  await expect(french.locator('summary > .in-french')).toHaveCount(faqs.length - inArabic)
  await expect(french.locator('summary > .in-french').first()).toHaveText(ar.layout.inFrench)
  await expect(french.locator('summary > .in-french').first()).toHaveAttribute('lang', 'ar')
  await expect(page.locator('details.qa:not([lang="fr"]) .in-french')).toHaveCount(0)

  // In French, nothing to say.
  await page.goto(site('/fr/faq/'))
  await expect(page.getByRole('note')).toHaveCount(0)
  await expect(page.locator('.in-french')).toHaveCount(0)
})

test('the programme in Arabic says how many measures are in Arabic and marks the French texts', async ({ page }) => {
  const measures = programme.flatMap((chapter) => chapter.sections.flatMap((section) => section.measures))
  await page.goto(site('/ar/programme/'))
  const notice = page.getByRole('note').filter({ hasText: ar.layout.measures })
  await expect(notice).toContainText(new Intl.NumberFormat('ar').format(measures.length))
  // Every measure's text is French there (only titles are translated), and so is every introduction.
  expect(measures.filter((measure) => measure.text.ar)).toEqual([])
  await expect(page.locator('.measure > .in-french')).toHaveCount(measures.length)
  await expect(page.locator('.measure > .in-french').first()).toHaveText(ar.layout.inFrench)
  await expect(page.locator('section > .in-french + .prose')).toHaveCount(programme.length)
})

test('the programme prints each chapter introduction once, in every language', async ({ page }) => {
  const firstParagraph = (markdown: string) => markdown.split('\n\n')[0]!.replace(/\*\*/g, '')
  for (const locale of ['fr', 'en', 'ar'] as const) {
    await page.goto(site(`/${locale}/programme/`))
    for (const chapter of programme) {
      const intro = firstParagraph(chapter.intro[locale] ?? chapter.intro.fr)
      await expect(page.getByText(intro, { exact: true }), `${locale}, chapter ${chapter.number}`).toHaveCount(1)
    }
  }
})

test('every footer links the legal notice and the privacy page, in its language', async ({ page }) => {
  for (const [locale, text] of [
    ['fr', fr],
    ['en', en],
    ['ar', ar],
  ] as const) {
    for (const path of ['/', '/faq/', '/trainings/decouvrir-l-avenir-en-commun/']) {
      await page.goto(site(`/${locale}${path}`))
      const footer = page.getByRole('contentinfo')
      await expect(footer.getByRole('link', { name: text.layout.legalNotice })).toHaveAttribute('href', `/${locale}/legal/`)
      await expect(footer.getByRole('link', { name: text.privacy.title })).toHaveAttribute('href', `/${locale}/privacy/`)
    }
  }
})
