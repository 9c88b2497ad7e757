import { expect, type Page, test } from './fixtures'

import { env } from '../../env'
import { siteURL } from '../../playwright.config'
import { localeCodes } from '../../publication/locales'
import { abandonedRetentionDays } from '../../publication/retention'
import { useTranslations } from '../../site/i18n'

/**
 * The pages a visitor expects, in every language: the legal notice (publisher, host, licence; the
 * deployer's LEGAL_* settings, here left unset so marked as demo values) and the privacy page (each
 * retention period is the one the erasing jobs read); and the FAQ, whose every link leads to a page
 * the site built. Without JavaScript: none of these pages needs it.
 */
test.use({ javaScriptEnabled: false })

const site = (pathname: string) => `${siteURL}${pathname}`
const facts = env.legalNotice

/** Text as the page shows it: i18next's strings with their typographic spaces, compared loosely. */
const normalised = (text: string) => text.replace(/\s+/g, ' ').trim()
const mainText = async (page: Page) => normalised(await page.locator('main').innerText())

for (const locale of localeCodes) {
  const t = useTranslations(locale)

  test(`${locale}: the legal notice names the publisher, the director, the host and the licence, demo values marked`, async ({ page }) => {
    const response = await page.goto(site(`/${locale}/legal/`))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('legal.title'))
    await expect(page.locator('[data-demo-notice]')).toHaveText(t('legal.demoNotice'))
    const publisher = page.getByRole('region', { name: t('legal.publisherHeading'), exact: true })
    const host = page.getByRole('region', { name: t('legal.hostHeading'), exact: true })
    for (const fact of [facts.publisher, facts.publisherAddress, facts.publisherPhone, facts.publicationDirector, facts.contactEmail])
      await expect(publisher).toContainText(fact.value)
    for (const fact of [facts.host, facts.hostAddress, facts.hostPhone]) await expect(host).toContainText(fact.value)
    await expect(publisher.getByRole('link', { name: facts.contactEmail.value })).toHaveAttribute(
      'href',
      `mailto:${facts.contactEmail.value}`,
    )
    // Every fact is a demo value in these tests: each says so beside it.
    await expect(page.locator('dd', { hasText: `(${t('legal.demo')})` })).toHaveCount(8)
    const property = page.getByRole('region', { name: t('legal.propertyHeading'), exact: true })
    await expect(property.getByRole('link', { name: t('legal.readLicence', { licence: 'CC BY-SA 4.0' }) })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    )
    await expect(property.getByRole('link', { name: t('legal.readLicence', { licence: 'AGPL-3.0-or-later' }) })).toBeVisible()
    await page
      .locator('main')
      .getByRole('link', { name: t('privacy.title') })
      .click()
    await expect(page).toHaveURL(site(`/${locale}/privacy/`))
  })

  test(`${locale}: the privacy page states each retention period the jobs apply, the rights and whom to write to`, async ({ page }) => {
    const response = await page.goto(site(`/${locale}/privacy/`))
    expect(response?.status()).toBe(200)
    const text = await mainText(page)
    const days = (count: number) => t('privacy.days', { count })
    expect(text).toContain(normalised(t('privacy.retention', { duration: days(env.registrationRetentionDays) })))
    expect(text).toContain(
      normalised(
        t('privacy.donationsRetention', {
          duration: t('privacy.years', { count: env.donations.retentionYears }),
          abandoned: days(abandonedRetentionDays),
        }),
      ),
    )
    for (const heading of ['signUpsHeading', 'donationsHeading', 'staffHeading', 'trackingHeading', 'rightsHeading', 'contactHeading'])
      await expect(page.getByRole('heading', { level: 2, name: t(`privacy.${heading}`), exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: t('privacy.complaintLink') })).toHaveAttribute('href', /^https:\/\/www\.cnil\.fr\//)
    const contact = page.getByRole('region', { name: t('privacy.contactHeading'), exact: true })
    await expect(contact.getByRole('link', { name: facts.contactEmail.value })).toHaveAttribute(
      'href',
      `mailto:${facts.contactEmail.value}`,
    )
    await expect(contact).toContainText(`(${t('legal.demo')})`)
    await contact.getByRole('link', { name: t('legal.title') }).click()
    await expect(page).toHaveURL(site(`/${locale}/legal/`))
  })

  test(`${locale}: every link of the FAQ leads to a page of the site, and none to what does not exist`, async ({ page }) => {
    await page.goto(site(`/${locale}/faq/`))
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    const internal = [...new Set(hrefs.filter((href) => href.startsWith(siteURL)))]
    expect(internal.length).toBeGreaterThan(0)
    for (const href of internal) {
      const url = new URL(href)
      const answer = await page.request.get(`${url.origin}${url.pathname}`)
      expect(answer.status(), `${href}, linked from /${locale}/faq/`).toBe(200)
      if (url.hash && url.pathname === `/${locale}/faq/`)
        expect(await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(), href).toBe(1)
    }
    // Answers may be folded: their text counts all the same.
    const text = normalised((await page.locator('main').textContent()) ?? '').toLowerCase()
    for (const missing of [
      'espace personnel',
      'formulaire de contact',
      'personal area',
      'contact form',
      'espacio personal',
      'lorsque vous êtes connecté',
    ])
      expect(text).not.toContain(missing)
  })
}

test('the FAQ sends visitors to the agenda, the donation form, the groups and the privacy page', async ({ page }) => {
  await page.goto(site('/fr/faq/'))
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  for (const path of ['/fr/agenda/', '/fr/donate/', '/fr/groups/', '/fr/privacy/', '/fr/legal/']) expect(hrefs).toContain(path)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const path of ['/fr/legal/', '/ar/legal/', '/fr/privacy/', '/ar/privacy/']) {
    test(`${path} fits the screen's width`, async ({ page }) => {
      await page.goto(site(path))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    })
  }
})
