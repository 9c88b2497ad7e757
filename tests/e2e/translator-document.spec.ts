import { type APIRequestContext, expect, logIn, type Page, test } from './fixtures'

import { demoPassword } from '../../content/seed/users'

/**
 * What a translator meets inside a document (issue 18): the French source under each field, what
 * changed in French since their translation, each language's status beside the controls, their
 * languages first in the menu, a banner in a language not theirs, and French titles where the
 * title is not translated yet. The demo's translator, Tom, translates into English and Spanish.
 */

const translator = 'traducteur@example.org'
const editor = 'editrice@example.org'
/** The admin answers in seconds, not milliseconds, while a site build runs beside it (2 cores). */
const slowServer = 60_000

interface Staff {
  api: APIRequestContext
  headers: { authorization: string }
}

const apiAs = async (
  playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
  email: string,
) => {
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const login = await api.post('/api/users/login', { data: { email, password: demoPassword } })
  expect(login.ok()).toBe(true)
  return { api, headers: { authorization: `JWT ${((await login.json()) as { token: string }).token}` } } satisfies Staff
}

/** Lexical rich text of plain paragraphs. */
const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

const saveDraft = async ({ api, headers }: Staff, id: number, locale: string, data: Record<string, unknown>) => {
  const response = await api.patch(`/api/faqs/${id}?locale=${locale}&draft=true&depth=0`, { headers, data })
  expect(response.ok(), await response.text()).toBe(true)
}

const openFaq = async (page: Page, id: number, locale: string) => {
  await page.goto(`/admin/collections/faqs/${id}?locale=${locale}`)
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: slowServer })
}

test.describe('a translator inside a document', () => {
  const question = 'Pourquoi adhérer au mouvement ?'
  const newQuestion = 'Pourquoi adhérer dès aujourd’hui au mouvement ?'
  const answer = 'Pour agir ensemble, près de chez soi.'
  let faqId: number
  let editorApi: Staff
  let translatorApi: Staff

  test.beforeAll(async ({ playwright }) => {
    editorApi = await apiAs(playwright, editor)
    translatorApi = await apiAs(playwright, translator)
    // A draft of its own: nothing public changes, so no site build runs for it.
    const created = await editorApi.api.post('/api/faqs?locale=fr&draft=true&depth=0', {
      headers: editorApi.headers,
      data: {
        question,
        slug: `e2e-traduction-${Date.now()}`,
        answer: paragraphs(answer),
        category: 'movement',
        order: 99,
        _status: 'draft',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    faqId = ((await created.json()) as { doc: { id: number } }).doc.id
    await saveDraft(translatorApi, faqId, 'en', {
      question: 'Why join the movement?',
      answer: paragraphs('To act together, close to home.'),
    })
    // French changes after the translation: the English question is now outdated, its answer still up to date.
    await saveDraft(editorApi, faqId, 'fr', { question: newQuestion })
  })

  test.afterAll(async () => {
    if (faqId !== undefined) await editorApi.api.delete(`/api/faqs/${faqId}`, { headers: editorApi.headers })
    await editorApi.api.dispose()
    await translatorApi.api.dispose()
  })

  test('sees the French under each field, and what changed in French since the translation', async ({ page }) => {
    await logIn(page, translator)
    await openFaq(page, faqId, 'en')

    const changed = page.locator('[data-french-source="outdated"]')
    await expect(changed).toHaveCount(1, { timeout: slowServer })
    await expect(changed.locator('summary')).toHaveText('Texte français, modifié depuis la traduction')
    await expect(changed.getByRole('region', { name: 'À la traduction' })).toContainText(question)
    await expect(changed.getByRole('region', { name: 'Aujourd’hui' })).toContainText(newQuestion)
    await expect(changed.locator('ins')).toContainText(['dès aujourd’hui'])

    const unchanged = page.locator('[data-french-source="upToDate"]')
    await expect(unchanged.locator('summary')).toHaveText('Texte français')
    await expect(unchanged).toContainText(answer)

    // In French, nothing is shown beside the fields: it is the source.
    await openFaq(page, faqId, 'fr')
    await expect(page.locator('[data-french-source]')).toHaveCount(0)
  })

  test('sees the status of their languages beside the controls, each a link to it', async ({ page }) => {
    await logIn(page, translator)
    await openFaq(page, faqId, 'en')
    const status = page.getByRole('navigation', { name: 'État des traductions' })
    await expect(status.locator('li')).toHaveCount(2, { timeout: slowServer })
    await expect(status.locator('li[data-locale="en"]')).toHaveAttribute('data-status', 'outdated')
    await expect(status.locator('li[data-locale="es"]')).toHaveAttribute('data-status', 'missing')
    await expect(status.getByRole('link', { name: 'English, à revoir' })).toHaveAttribute('aria-current', 'page')
    await status.getByRole('link', { name: 'Español, à traduire' }).click()
    await expect(page).toHaveURL(/locale=es/)
  })

  test('finds their languages first in the menu, and is told why another is read-only', async ({ page }) => {
    await logIn(page, translator)
    await openFaq(page, faqId, 'de')
    await expect(page.getByRole('note')).toContainText(
      'Vous traduisez vers anglais, espagnol : cette langue (allemand) est en lecture seule pour vous.',
    )

    await page.locator('.localizer').getByRole('button').first().click()
    await expect(page.locator('.localizer__locale-code')).toHaveText(['(en)', '(es)', '(fr)', '(de)', '(it)', '(pt)', '(ar)'])
    await expect(page.getByRole('button', { name: 'English (en)', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Italiano — lecture seule (it)', exact: true })).toBeVisible()
    await page.keyboard.press('Escape')

    await page.getByRole('note').getByRole('link', { name: 'anglais' }).click()
    await expect(page).toHaveURL(/locale=en/)
    await expect(page.getByRole('note')).toHaveCount(0)
  })

  test('reads the French title, marked as such, where the title is not translated', async ({ page }) => {
    await logIn(page, translator)
    await page.goto(`/admin/collections/faqs?locale=es&where[id][equals]=${faqId}`)
    await expect(page.locator('[data-untranslated-title]')).toHaveText(`${newQuestion} (français, non traduit)`, { timeout: slowServer })

    await openFaq(page, faqId, 'es')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${newQuestion} (français, non traduit)`, { timeout: slowServer })
  })
})

test.describe('the Translations dashboard', () => {
  test('shows a translator their languages, each collection’s counts and progress, and lists what to translate', async ({ page }) => {
    await logIn(page, translator)
    // In the navigation (folded away on a narrow window): the link to the dashboard.
    await expect(page.getByRole('link', { name: 'Traductions', exact: true })).toHaveAttribute('href', '/admin/translations')
    await page.goto('/admin/translations')
    await expect(page.getByRole('heading', { level: 1, name: 'Traductions' })).toBeVisible({ timeout: slowServer })
    // Tom translates into English and Spanish: those two sections, no other.
    await expect(page.getByRole('heading', { level: 2, name: /^English — \d+ %$/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /^Español — \d+ %$/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /^Deutsch/ })).toHaveCount(0)
    const english = page.getByRole('region', { name: /^English/ })
    // The programme first, as visitors read it.
    await expect(english.getByRole('rowheader').first()).toHaveText('Programme')
    await expect(english.getByRole('progressbar').first()).toBeVisible()
    await expect(english.getByText(/site\/i18n\/en\.json|Complet/).first()).toBeVisible()

    // A collection with texts to translate into English: its list, filtered, shown in English.
    await english.getByRole('rowheader').getByRole('link').first().click()
    await expect(page).toHaveURL(/translateInto=en/)
    await expect(page.getByRole('status').filter({ hasText: 'Documents à traduire ou à revoir en English.' })).toBeVisible({
      timeout: slowServer,
    })
    await expect(page.locator('.table tbody tr').first()).toBeVisible()
  })

  test('shows an editor every language but French', async ({ page }) => {
    await logIn(page, editor)
    await page.goto('/admin/translations')
    for (const label of ['English', 'Español', 'Deutsch', 'Italiano', 'Português', 'العربية'])
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${label} — \\d+ %$`) })).toBeVisible({ timeout: slowServer })
    await expect(page.getByRole('heading', { level: 2, name: /^Français/ })).toHaveCount(0)
  })
})
