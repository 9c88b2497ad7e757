/** Visual kits on the demo content: a theme's visuals as one zip with its credits, and each visual in every size. */
import fs from 'node:fs/promises'

import { expect, type Page, test } from './fixtures'
import { strFromU8, unzipSync } from 'fflate'

import { themes } from '../../content/data/themes'
import { visuals } from '../../content/data/visuals'
import type { ThemeSlug } from '../../content/types'
import { siteURL } from '../../playwright.config'
import fr from '../../site/i18n/fr.json' with { type: 'json' }

const site = (path: string) => `${siteURL}${path}`
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A UI string as a pattern: the given placeholders filled in, any other one (a size in kB…) matching anything. */
const pattern = (text: string, values: Record<string, string | number>) =>
  new RegExp(
    `^${text
      .split(/(\{\{[^}]+\}\})/)
      .map((part) => {
        const name = /^\{\{(\w+)/.exec(part)?.[1]
        return name === undefined ? escapeRegExp(part) : name in values ? escapeRegExp(String(values[name])) : '.+'
      })
      .join('')}$`,
  )

const themeOf = (slug: ThemeSlug) => {
  const theme = themes.find((candidate) => candidate.slug === slug)
  if (!theme) throw new Error(`No demo theme ${slug}`)
  return theme
}
/** The kit link of a theme, whatever its number of visuals (covers and infographics are visuals too) and size. */
const kitLink = (page: Page, theme: ThemeSlug) =>
  page.getByRole('link', { name: pattern(fr.kits.download, { theme: themeOf(theme).name.fr }) })

/** The kit behind a link, unzipped, and the number of visuals its link announces. */
async function kitBehind(page: Page, theme: ThemeSlug) {
  const link = kitLink(page, theme)
  const announced = Number(/\((\d+)/.exec((await link.textContent()) ?? '')?.[1])
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe(`${theme}-fr.zip`)
  const zip = unzipSync(new Uint8Array(await fs.readFile(await download.path())))
  return { announced, names: Object.keys(zip), credits: strFromU8(zip['CREDITS.txt'] ?? new Uint8Array()) }
}

test('a theme page offers its visuals as one zip, with a CREDITS.txt naming each credit and licence', async ({ page }) => {
  await page.goto(site('/fr/themes/ecologie/'))
  await expect(kitLink(page, 'ecologie')).toBeVisible()
  const kit = await kitBehind(page, 'ecologie')
  expect(kit.names).toContain('CREDITS.txt')
  // Each original under its title, plus the credits.
  expect(kit.names).toHaveLength(kit.announced + 1)
  for (const visual of visuals.filter((candidate) => candidate.downloadable && candidate.themes.includes('ecologie'))) {
    expect(kit.credits).toContain(visual.title.fr)
    expect(kit.credits).toContain(fr.visuals.credit.replace('{{credit}}', visual.credit))
  }
  expect(kit.credits).toContain('https://creativecommons.org/licenses/by-sa/4.0/')
})

test('a visual not open to download stays out of its theme’s kit', async ({ page }) => {
  const theme: ThemeSlug = 'militer'
  const [hidden, shown] = [false, true].map((downloadable) =>
    visuals.find((visual) => visual.themes.includes(theme) && visual.downloadable === downloadable),
  )
  await page.goto(site(`/fr/themes/${theme}/`))
  const kit = await kitBehind(page, theme)
  expect(kit.credits).toContain(shown!.title.fr)
  expect(kit.credits).not.toContain(hidden!.title.fr)
})

test('the visuals of a theme link the kit, and each visual comes in every size with its credit and licence', async ({ page }) => {
  await page.goto(site('/fr/visuals/filter/theme-ecologie/'))
  await expect(kitLink(page, 'ecologie')).toBeVisible()

  const visual = visuals.find((candidate) => candidate.themes.includes('ecologie'))!
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: visual.title.fr }) })
  await expect(card.getByText(fr.visuals.credit.replace('{{credit}}', visual.credit))).toBeVisible()
  await expect(card.locator('a[rel="license"]')).toHaveAttribute('href', /^https:\/\/creativecommons\.org\//)
  await card.getByText(fr.visuals.sizes).click()
  const sizes = {
    thumbnail: '320 × 320',
    card: '800 × 500',
    social: '1200 × 630',
    square: '1080 × 1080',
    full: '2400 × \\d+',
    original: '\\d+ × \\d+',
  } as const
  for (const [name, pixels] of Object.entries(sizes)) {
    const label = new RegExp(`^${escapeRegExp(fr.visuals[name as keyof typeof sizes])}, ${pixels} px, [\\d,\\s]+\\S+$`)
    await expect(card.getByRole('link', { name: label })).toHaveAttribute('download', '')
  }
})

test('searching "visuel" finds the visuals, a result opening the visual’s own page with its downloads and its theme’s kit', async ({
  page,
}) => {
  const answered = (query: string) => page.locator(`.search[data-state="done"][data-query="${new URLSearchParams(query).toString()}"]`)
  await page.goto(site('/fr/search/?q=visuel'))
  await expect(answered('q=visuel')).toBeVisible()
  // Every downloadable visual: the library's, and the covers and infographics open to download.
  const visualsFilter = page
    .getByRole('group', { name: fr.search.type })
    .getByRole('button', { name: new RegExp(`^${fr.types.visuals} \\(`) })
  const announced = Number(/\((\d+)\)/.exec((await visualsFilter.textContent()) ?? '')?.[1])
  expect(announced).toBeGreaterThanOrEqual(visuals.filter((visual) => visual.downloadable).length)
  await visualsFilter.click()
  await expect(answered('q=visuel&type=visuals')).toBeVisible()
  const results = page.getByRole('list', { name: /Résultats/ }).getByRole('link')
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/fr\/visuals\/\d+\/$/)

  // A visual by what it shows.
  const visual = visuals.find((candidate) => candidate.title.fr.includes('éoliennes'))!
  await page.goto(site('/fr/search/?q=visuel+éoliennes'))
  await expect(answered('q=visuel éoliennes')).toBeVisible()
  await expect(results.first()).toHaveText(visual.title.fr)
  await results.first().click()
  await expect(page).toHaveURL(/\/fr\/visuals\/\d+\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(visual.title.fr)
  await expect(page.getByRole('img', { name: visual.alt.fr })).toBeVisible()
  await expect(page.getByText(fr.visuals.credit.replace('{{credit}}', visual.credit))).toBeVisible()
  await expect(page.locator('a[rel="license"]')).toHaveAttribute('href', /^https:\/\/creativecommons\.org\//)
  const downloads = page.getByRole('region', { name: fr.resource.downloads })
  await expect(downloads.getByRole('link', { name: new RegExp(`^${escapeRegExp(fr.visuals.original)}, \\d+ × \\d+ px`) })).toHaveAttribute(
    'download',
    '',
  )
  await expect(downloads.getByRole('link')).toHaveCount(6)
  await expect(kitLink(page, visual.themes[0]!)).toBeVisible()
  const visualPage = page.url()

  // Its card on the listing links the same page.
  await page.goto(site(`/fr/visuals/filter/theme-${visual.themes[0]}/`))
  await page.getByRole('heading', { name: visual.title.fr }).getByRole('link').click()
  await expect(page).toHaveURL(visualPage)
})
