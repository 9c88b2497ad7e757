import { expect, logIn, type Page, test } from './fixtures'

/**
 * The admin as a French editor reads it: Payload's wording corrected (content language, no
 * «nouveau ou nouvelle»), the SEO fields named in French, no «[object Object]» read aloud, the
 * fields a refused save needs marked, no untitled draft, and one time zone for the same build on
 * the dashboard and in the list, whatever the browser's own zone.
 */
test.use({ timezoneId: 'America/New_York' })

const slowServer = 60_000

/** A new FAQ's form, hydrated and in French. */
const newFaq = async (page: Page) => {
  await page.goto('/admin/collections/faqs/create?locale=fr')
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: slowServer })
  await expect(page.getByRole('textbox', { name: /^Question \*/ })).toBeEditable({ timeout: slowServer })
}

/** The field wrapper Payload marks with `error` when the field is refused. */
const fieldOf = (page: Page, name: string) =>
  page
    .locator(`#field-${name}`)
    .locator('xpath=ancestor-or-self::div[contains(concat(" ", normalize-space(@class), " "), " field-type ")][1]')

test('Payload’s wording, the SEO fields and the “+” read right in French', async ({ page }) => {
  await logIn(page)
  await newFaq(page)

  // The language switch (its visible label is hidden on narrow screens; screen readers read this one).
  await expect(page.locator('.localizer-button[aria-label="Langue du contenu"]').first()).toBeAttached()
  await expect(page.getByText(/Paramètres régionaux|nouveau ou nouvelle/)).toHaveCount(0)
  // A localized field's label ends with its language (« … — Français »).
  for (const label of ['Titre pour les moteurs de recherche', 'Description pour les moteurs de recherche', 'Image de partage'])
    await expect(page.getByText(label).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Générer automatiquement' }).first()).toBeVisible()
  await expect(page.getByText(/Meta Image|Auto-generate/)).toHaveCount(0)

  // The "+" beside Thèmes says what it creates.
  await expect(page.locator('#themes-add-new [aria-label]').first()).toHaveAttribute('aria-label', 'Créer : Thème')
  const ariaLabels = await page.locator('[aria-label]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
  expect(ariaLabels.filter((label) => label.includes('[object Object]'))).toEqual([])

  // The slug is filled in on save: no required star, unlike the question.
  await expect(page.locator('label[for="field-slug"] .required')).toHaveCount(0)
  await expect(page.locator('label[for="field-question"] .required')).toHaveCount(1)
})

/** Every FAQ the editor can see, drafts included. */
const faqCount = async (page: Page) => {
  const response = await page.request.get('/api/faqs?limit=0&depth=0&draft=true')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

test('an empty draft is refused, its title marked, and a refused publication marks the fields it needs', async ({ page }) => {
  await logIn(page)
  const before = await faqCount(page)
  await newFaq(page)
  // A form just opened marks nothing, though its required fields are empty.
  await expect(fieldOf(page, 'question')).not.toHaveClass(/\berror\b/)
  await expect(fieldOf(page, 'category')).not.toHaveClass(/\berror\b/)

  const refused = page.waitForResponse((response) => /\/api\/faqs\?/.test(response.url()) && response.request().method() === 'POST')
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  expect((await refused).status()).toBe(400)
  await expect(page.getByText('Un brouillon a besoin de son titre').first()).toBeVisible()
  await expect(fieldOf(page, 'question')).toHaveClass(/\berror\b/, { timeout: slowServer })
  await expect(fieldOf(page, 'question').locator('.field-error')).toContainText(
    'Un brouillon a besoin de son titre : remplissez « Question »',
  )
  await expect(page).toHaveURL(/\/faqs\/create/)

  await page.getByRole('textbox', { name: /^Question \*/ }).fill('Une question sans réponse ?')
  // Once the title is edited, the other empty fields are not marked while the editor works.
  await expect(fieldOf(page, 'question')).not.toHaveClass(/\berror\b/)
  await expect(fieldOf(page, 'category')).not.toHaveClass(/\berror\b/)
  await page.waitForTimeout(500)
  await page
    .getByRole('button', { name: /^Publier/ })
    .first()
    .click()
  await expect(fieldOf(page, 'category')).toHaveClass(/\berror\b/, { timeout: slowServer })
  await expect(page.locator('.field-type.rich-text-lexical.error, .field-type.richText.error').first()).toBeVisible()
  // The question is filled in: it is not marked any more; the slug is the server's to fill.
  await expect(fieldOf(page, 'question')).not.toHaveClass(/\berror\b/)
  await expect(fieldOf(page, 'slug')).not.toHaveClass(/\berror\b/)
  await expect(page).toHaveURL(/\/faqs\/create/)
  expect(await faqCount(page)).toBe(before)
})

test('the same build shows the same time, with its year, on the dashboard and in the list', async ({ page }) => {
  await logIn(page)
  const status = page.getByRole('status').filter({ hasText: 'En ligne' })
  await expect(status).toBeVisible({ timeout: slowServer })
  const [, date] = /le (\d{1,2} \S+ \d{4}, \d{2}:\d{2})/.exec((await status.textContent()) ?? '') ?? []
  expect(date).toBeTruthy()

  await page.goto('/admin/collections/site-builds')
  // Builds started within the same minute show the same time.
  await expect(page.getByRole('link', { name: date, exact: true }).first()).toBeVisible({ timeout: slowServer })
  await expect(page.getByRole('columnheader', { name: 'Durée' }).first()).toBeVisible()
  await expect(page.getByText('Durée (ms)')).toHaveCount(0)
  await expect(
    page
      .locator('td')
      .filter({ hasText: /^\d+ s$|^\d+ min \d+ s$/ })
      .first(),
  ).toBeVisible()
})
