import { expect, type Page, test } from './fixtures'

import { demoPassword } from '../../content/seed/users'

/**
 * A refused save says where: the fields it needs are outlined in red with their message, not
 * only listed in a notice. "Save draft" on an empty form marks the title a draft needs and
 * writes nothing; "Publish" marks every empty required field.
 */
const slowServer = 60_000

const logIn = async (page: Page) => {
  await page.goto('/admin/login')
  await page.getByRole('textbox', { name: /E-mail/ }).fill('editrice@example.org')
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(demoPassword)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** A new FAQ's form, hydrated and in French. */
const newFaq = async (page: Page) => {
  await page.goto('/admin/collections/faqs/create?locale=fr')
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: slowServer })
  await expect(page.getByRole('textbox', { name: /^Question \*/ })).toBeEditable({ timeout: slowServer })
}

/** Every FAQ the editor can see, drafts included. */
const faqCount = async (page: Page) => {
  const response = await page.request.get('/api/faqs?limit=0&depth=0&draft=true')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** The field wrapper Payload outlines (class `error`) when the field is refused. */
const fieldOf = (page: Page, name: string) =>
  page
    .locator(`#field-${name}`)
    .locator('xpath=ancestor-or-self::div[contains(concat(" ", normalize-space(@class), " "), " field-type ")][1]')

/** The message Payload shows on a refused field. */
const errorOf = (page: Page, name: string) => fieldOf(page, name).locator('.field-error')

test('“Enregistrer le brouillon” on an empty form marks the title and creates nothing', async ({ page }) => {
  await logIn(page)
  const before = await faqCount(page)
  await newFaq(page)

  // A form just opened marks nothing, though its required fields are empty.
  await expect(fieldOf(page, 'question')).not.toHaveClass(/\berror\b/)
  await expect(fieldOf(page, 'category')).not.toHaveClass(/\berror\b/)

  const refused = page.waitForResponse((response) => /\/api\/faqs\?/.test(response.url()) && response.request().method() === 'POST')
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  expect((await refused).status()).toBe(400)

  await expect(fieldOf(page, 'question')).toHaveClass(/\berror\b/, { timeout: slowServer })
  await expect(errorOf(page, 'question')).toContainText('Un brouillon a besoin de son titre : remplissez « Question »')
  await expect(page).toHaveURL(/\/faqs\/create/)
  expect(await faqCount(page)).toBe(before)
})

test('“Publier” with empty required fields marks each of them and creates nothing', async ({ page }) => {
  await logIn(page)
  const before = await faqCount(page)
  await newFaq(page)

  await page
    .getByRole('button', { name: /^Publier/ })
    .first()
    .click()

  for (const name of ['question', 'category']) {
    await expect(fieldOf(page, name)).toHaveClass(/\berror\b/, { timeout: slowServer })
    await expect(errorOf(page, name)).not.toBeEmpty()
  }
  // The answer is rich text: its wrapper carries no #field- id.
  await expect(page.locator('.field-type.rich-text-lexical.error, .field-type.richText.error').first()).toBeVisible()
  await expect(page).toHaveURL(/\/faqs\/create/)
  expect(await faqCount(page)).toBe(before)
})
