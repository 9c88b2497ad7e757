import type { Request } from '@playwright/test'

import { expect, type APIRequestContext, logIn, type Page, test } from './fixtures'

/** Payload's selects are react-select widgets inside `#field-<name>`. */
const choose = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** What an anonymous visitor's REST client gets for this slug, in a locale. */
const publicTitles = async (request: APIRequestContext, slug: string, locale: string) => {
  const response = await request.get(`/api/trainings?where[slug][equals]=${slug}&locale=${locale}&depth=0`)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)
}

/**
 * Each publication queues a site rebuild, and the next one is made while it runs: on a busy
 * 2-core machine the admin answers in seconds, not in the 15 s an expectation waits by default.
 */
const slowServer = 60_000
const published = async (page: Page) => expect(page.getByText(/publié/i).first()).toBeVisible({ timeout: slowServer })

const switchLocale = async (page: Page, label: string, code: string) => {
  await page.getByRole('button', { name: /Langue du contenu/ }).click()
  await page.getByRole('button', { name: `${label} (${code})`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`locale=${code}`))
  await formReady(page, label)
}

/**
 * The edit form answers clicks once React has hydrated it and loaded the document in
 * the URL's language: a click before that is lost, or saves under the language left.
 */
const formReady = async (page: Page, label: string) => {
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: slowServer })
  await expect(page.getByRole('textbox', { name: `Titre * — ${label}` })).toBeEditable({ timeout: slowServer })
}

/**
 * Payload sends each change to the server 250 ms after it is made and merges the answer into the
 * form; a row added, or a save clicked, between a change and its answer is lost in the merge (an
 * added row stays a placeholder: Payload 3.90, seen in CI). Follows the form's requests from the start
 * of a test; `settled()` first lets a change just made go out, then waits until no request has run
 * for a moment.
 */
const followFormRequests = (page: Page) => {
  const inFlight = new Set<Request>()
  let lastActivity = Date.now()
  const isFormState = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/admin/')
  page.on('request', (request) => {
    if (!isFormState(request)) return
    inFlight.add(request)
    lastActivity = Date.now()
  })
  const ended = (request: Request) => {
    if (inFlight.delete(request)) lastActivity = Date.now()
  }
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  // Longer than Payload's 250 ms between a change and its request (`debounce` in its Form).
  const changeGoesOut = 400
  return {
    settled: async () => {
      await page.waitForTimeout(changeGoesOut)
      await expect.poll(() => inFlight.size === 0 && Date.now() - lastActivity > 800, { timeout: slowServer, intervals: [100] }).toBe(true)
    },
  }
}

/** Adds a row to an array field once the form is settled, and waits for the row's fields. */
const addRow = async (page: Page, form: ReturnType<typeof followFormRequests>, button: string, firstField: RegExp) => {
  await form.settled()
  await page.getByRole('button', { name: button }).click()
  await expect(page.getByRole('textbox', { name: firstField })).toBeEditable({ timeout: slowServer })
}

test('an editor creates a training in French, translates it into English and publishes it', async ({ page, request }) => {
  test.setTimeout(300_000)
  await logIn(page, 'editrice@example.org')
  // The admin speaks French by default, whatever the browser's language.
  await expect(page.getByRole('link', { name: 'Formations' }).first()).toBeVisible()

  const form = followFormRequests(page)
  await page.goto('/admin/collections/trainings/create')
  await formReady(page, 'Français')
  await page.getByRole('textbox', { name: 'Titre * — Français' }).fill('Tenir un stand en fin de marché')
  await page.getByRole('textbox', { name: 'Résumé * — Français' }).fill('Installer, accueillir, conclure : un stand efficace en une heure.')
  await choose(page, 'kind', 'Pratique')
  await choose(page, 'level', 'Débutant')
  await page.getByRole('spinbutton', { name: /Durée estimée/ }).fill('40')
  await addRow(page, form, 'Ajouter Module', /Titre du module/)
  await page.getByRole('textbox', { name: /Titre du module/ }).fill('Préparer le stand')
  await addRow(page, form, 'Ajouter Leçon', /Titre de la leçon/)
  await page.getByRole('textbox', { name: /Titre de la leçon/ }).fill('Le matériel')
  await page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().click()
  await page.keyboard.type('Une table, des tracts, un panneau lisible de loin.')

  await form.settled()
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/trainings\/\d+/)
  const slug = await page.locator('#field-slug').inputValue()
  expect(slug).toBe('tenir-un-stand-en-fin-de-marche')
  // A draft is invisible to the public API.
  expect(await publicTitles(request, slug, 'fr')).toEqual([])

  await switchLocale(page, 'English', 'en')
  await page.getByRole('textbox', { name: 'Titre * — English' }).fill('Running a stall at the end of the market')
  await form.settled()
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  await expect(page.getByText(/enregistré|Draft saved|Brouillon/i).first()).toBeVisible()
  expect(await publicTitles(request, slug, 'en')).toEqual([])

  await switchLocale(page, 'Français', 'fr')
  await form.settled()
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await published(page)

  await expect.poll(() => publicTitles(request, slug, 'fr')).toEqual(['Tenir un stand en fin de marché'])
  // Publishing French leaves the English draft a draft: until it is published, English reads the French.
  expect(await publicTitles(request, slug, 'en')).toEqual(['Tenir un stand en fin de marché'])

  // A partial translation is published on its own; what it leaves out reads in French.
  await switchLocale(page, 'English', 'en')
  await form.settled()
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await published(page)
  await expect.poll(() => publicTitles(request, slug, 'en')).toEqual(['Running a stall at the end of the market'])
  expect(await publicTitles(request, slug, 'fr')).toEqual(['Tenir un stand en fin de marché'])
  // Untranslated languages fall back to French.
  expect(await publicTitles(request, slug, 'de')).toEqual(['Tenir un stand en fin de marché'])
  // The admin remembers an account's last language: leave it in French for the tests that follow.
  await switchLocale(page, 'Français', 'fr')
})
