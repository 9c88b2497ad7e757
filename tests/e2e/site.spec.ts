import { expect, logIn, type Page, test } from './fixtures'

import { sheets } from '../../content/data/sheets'
import { themes } from '../../content/data/themes'
import { trainings } from '../../content/data/trainings'
import { siteURL } from '../../playwright.config'
import es from '../../site/i18n/es.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * The public site as a visitor meets it, on the demo content (content/data),
 * and the way from a click on "Publier" in the admin to the live site.
 */
const site = (path: string) => `${siteURL}${path}`

const trainingBySlug = (slug: string) => {
  const training = trainings.find((candidate) => candidate.slug === slug)
  if (!training) throw new Error(`No demo training ${slug}`)
  return { ...training, lessons: training.modules.flatMap((module) => module.lessons) }
}

/** A UI string with its {{placeholders}} filled in. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('from the home page, a theme leads to a training, its first lesson and the next one', async ({ page }) => {
  const theme = themes.find((candidate) => candidate.slug === 'ecologie')!
  const training = trainingBySlug('la-planification-ecologique')
  const [first, second] = training.lessons

  await page.goto(site('/fr/'))
  await page.getByRole('region', { name: fr.home.themes }).getByRole('link', { name: theme.name.fr }).click()
  await expect(page).toHaveURL(site('/fr/themes/ecologie/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.name.fr)

  await page.getByRole('region', { name: fr.types.trainings }).getByRole('link', { name: training.title.fr }).click()
  await expect(page).toHaveURL(site(`/fr/trainings/${training.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(training.title.fr)

  await page.getByRole('link', { name: fr.training.start }).click()
  await expect(page).toHaveURL(site(`/fr/trainings/${training.slug}/${first!.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title.fr)
  await expect(page.getByText(fill(fr.training.lessonOf, { number: 1, total: training.lessons.length }))).toBeVisible()

  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(fr.training.next)}`) }).click()
  await expect(page).toHaveURL(site(`/fr/trainings/${training.slug}/${second!.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title.fr)
  await expect(page.getByText(fill(fr.training.lessonOf, { number: 2, total: training.lessons.length }))).toBeVisible()
})

test('the language menu leads to the same resource in another language', async ({ page }) => {
  const training = trainingBySlug('dette-publique-et-idees-recues')
  await page.goto(site(`/fr/trainings/${training.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(training.title.fr)

  await page.locator('.language-menu summary').click()
  const english = page.locator('.language-menu').getByRole('link', { name: 'English' })
  await expect(english).toHaveAttribute('hreflang', 'en')
  await english.click()

  await expect(page).toHaveURL(site(`/en/trainings/${training.slug}/`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(training.title.en!)
  await expect(page.getByRole('note')).toHaveCount(0)
})

test('a resource not translated into Spanish says so in Spanish and shows the French text', async ({ page }) => {
  const training = trainingBySlug('dette-publique-et-idees-recues')
  expect(training.title.es).toBeUndefined()
  await page.goto(site(`/es/trainings/${training.slug}/`))

  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  const spanish = new Intl.DisplayNames(['es'], { type: 'language' }).of('es')!
  await expect(page.getByRole('note')).toHaveText(fill(es.language.untranslated, { language: spanish }))
  // The French text, marked as French for screen readers and translation tools.
  const french = page.locator('main [lang="fr"]')
  await expect(french.getByRole('heading', { level: 1 })).toHaveText(training.title.fr)
  await expect(french.getByText(training.summary.fr)).toBeVisible()
  // The interface around it stays Spanish.
  await expect(page.getByRole('navigation', { name: es.site.breadcrumb })).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('link', { name: es.training.start })).toBeVisible()

  // A training whose title alone is translated still says the rest is French.
  const titleOnly = trainingBySlug('histoire-des-conquetes-sociales')
  await page.goto(site(`/es/trainings/${titleOnly.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOnly.title.es!)
  await expect(page.getByRole('note')).toHaveText(fill(es.language.untranslated, { language: spanish }))

  // A fully translated one has no notice.
  const translated = sheets.find((sheet) => sheet.slug === 'organiser-une-reunion-publique')!
  await page.goto(site(`/es/sheets/${translated.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translated.title.es!)
  await expect(page.getByRole('note')).toHaveCount(0)
})

test.describe('Arabic', () => {
  const pages = [
    '/ar/',
    '/ar/trainings/',
    '/ar/trainings/decouvrir-l-avenir-en-commun/',
    '/ar/trainings/decouvrir-l-avenir-en-commun/une-logique-d-ensemble/',
    '/ar/videos/le-ric-explique/',
    '/ar/themes/ecologie/',
    '/ar/faq/',
    '/ar/programme/',
    '/ar/page-qui-n-existe-pas/',
  ]

  test('pages are right to left, in Arabic', async ({ page }) => {
    for (const path of pages) {
      await page.goto(site(path))
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'ar')
      await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl')
    }
    // The layout mirrors: the site's name sits on the right.
    await page.goto(site('/ar/'))
    const brand = await page.locator('.brand').boundingBox()
    expect(brand!.x).toBeGreaterThan(page.viewportSize()!.width / 2)
  })

  test('Arabic text is marked Arabic and runs right to left; French fallback text runs left to right', async ({ page }) => {
    for (const path of pages) {
      await page.goto(site(path))
      const misdirected = await page.evaluate(() => {
        const problems: string[] = []
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? ''
          const element = node.parentElement
          if (!text || !element || element.closest('script')) continue
          const lang = element.closest('[lang]')?.getAttribute('lang')
          const direction = getComputedStyle(element).direction
          if (/[\u0600-\u06ff]/.test(text) && (lang !== 'ar' || direction !== 'rtl'))
            problems.push(`"${text}" (lang=${lang}, ${direction})`)
          else if (lang === 'fr' && direction !== 'ltr') problems.push(`"${text}" (lang=fr, ${direction})`)
        }
        return problems
      })
      expect(misdirected, path).toEqual([])
    }
  })
})

test.describe('the language picker at /', () => {
  test('sends an English browser to /en/', async ({ page }) => {
    await page.goto(site('/'))
    await expect(page).toHaveURL(site('/en/'))
  })

  test.describe('in Spanish', () => {
    test.use({ locale: 'es-ES' })
    test('sends a Spanish browser to /es/', async ({ page }) => {
      await page.goto(site('/'))
      await expect(page).toHaveURL(site('/es/'))
    })
  })
})

test.describe('publishing', () => {
  test('a bibliography published in the admin goes live; unpublished, its URL is the 404 page', async ({ page, request }) => {
    // The rebuild job is debounced and a build takes seconds: allow for both, twice.
    test.setTimeout(240_000)
    const title = `Lectures pour tenir un stand${test.info().retry ? ` ${test.info().retry}` : ''}`
    await logIn(page)
    await page.goto('/admin/collections/bibliographies/create')
    await page.getByRole('textbox', { name: 'Titre * — Français' }).fill(title)
    await page.getByRole('textbox', { name: 'Résumé * — Français' }).fill('Trois livres pour préparer un stand sur le marché.')
    await page.getByRole('button', { name: 'Ajouter Référence' }).click()
    await page.getByRole('textbox', { name: /^Auteur·ice/ }).fill('Collectif')
    await page.getByRole('textbox', { name: /^Titre \*$/ }).fill('Le guide du militant')

    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/bibliographies\/\d+/)
    const published = Date.now()
    const document = page.url()
    const slug = await page.locator('#field-slug').inputValue()
    expect(slug).not.toBe('')
    const url = site(`/fr/bibliographies/${slug}/`)

    const status = async () => (await request.get(url)).status()
    await expect.poll(status, { timeout: 60_000, intervals: [500] }).toBe(200)
    console.log(`publish → live: ${((Date.now() - published) / 1000).toFixed(1)} s`)
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await page.goto(site('/fr/bibliographies/'))
    await expect(page.getByRole('link', { name: title })).toBeVisible()

    await page.goto(document)
    await page.locator('.doc-controls__popup .popup-button').click()
    await page.getByRole('button', { name: 'Annuler la publication' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click()
    await expect(page.locator('.status__value')).toHaveText('Brouillon')
    const unpublished = Date.now()

    await expect.poll(status, { timeout: 60_000, intervals: [500] }).toBe(404)
    console.log(`unpublish → 404: ${((Date.now() - unpublished) / 1000).toFixed(1)} s`)
    const response = await page.goto(url)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.notFound.title)
    await page.goto(site('/fr/bibliographies/'))
    await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  })
})

test('"I have finished this lesson" is remembered and shows in the training outline', async ({ page }) => {
  const training = trainingBySlug('decouvrir-l-avenir-en-commun')
  const [lesson, other] = training.lessons
  // French puts 0 and 1 in the singular.
  const progress = (done: number) =>
    (done > 1 ? fr.training.progress_other : fr.training.progress_one)
      .replace('{{count, number}}', String(done))
      .replace('{{total}}', String(training.lessons.length))
  await page.goto(site(`/fr/trainings/${training.slug}/${lesson!.slug}/`))

  const toggle = page.getByRole('button', { name: fr.training.markDone })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText(progress(1))).toBeVisible()

  await page.reload()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  await page.goto(site(`/fr/trainings/${training.slug}/`))
  await expect(page.getByText(progress(1))).toBeVisible()
  const outline = page.getByRole('region', { name: fr.training.modules })
  const done = outline.locator(`li[data-lesson="${lesson!.slug}"]`)
  await expect(done).toHaveAttribute('data-done', 'true')
  await expect(outline.locator(`li[data-lesson="${other!.slug}"]`)).toHaveAttribute('data-done', 'false')
  // What the eye sees: a check mark after the lesson's title.
  const mark = await done.getByRole('link').evaluate((link) => getComputedStyle(link, '::after').content)
  expect(mark).toContain('✓')

  // Pressed again, it is undone.
  await page.goto(site(`/fr/trainings/${training.slug}/${lesson!.slug}/`))
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText(progress(0))).toBeVisible()
})

test.describe('pages without islands load no JavaScript', () => {
  const scriptsOf = async (page: Page, path: string) => {
    const requested: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || new URL(request.url()).pathname.endsWith('.js')) requested.push(request.url())
    })
    await page.goto(site(path), { waitUntil: 'networkidle' })
    return { requested, modules: await page.locator('script[type="module"]').count() }
  }

  for (const path of ['/fr/', '/fr/faq/', '/fr/programme/', '/fr/themes/', '/fr/sheets/creer-un-groupe-d-action/', '/ar/faq/']) {
    test(path, async ({ page }) => {
      expect(await scriptsOf(page, path)).toEqual({ requested: [], modules: 0 })
    })
  }

  test('while a lesson, which has one, does', async ({ page }) => {
    const { requested, modules } = await scriptsOf(page, '/fr/trainings/decouvrir-l-avenir-en-commun/d-ou-vient-le-programme/')
    expect(requested.length + modules).toBeGreaterThan(0)
  })
})
