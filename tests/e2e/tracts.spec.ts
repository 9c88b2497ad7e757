import fs from 'node:fs'

import { type Download, expect, type Page, test } from './fixtures'
import { pdfTextRuns, squeezed, squeezedPdfText } from '../../tracts/test-pdf-text'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { tracts } from '../../content/data/tracts'
import { siteURL } from '../../playwright.config'
import fr from '../../site/i18n/fr.json' with { type: 'json' }
import { tractMessage } from '../../tracts/messages'

/**
 * The tract customiser on the static site, with the demo templates
 * (content/data/tracts.ts): fill in, watch the preview, download the PDF and
 * the PNG and read them back, warnings and errors, the pre-filling link.
 */
const site = (path: string) => `${siteURL}${path}`
const editor = fr.tracts.editor

const template = (slug: string) => {
  const found = tracts.find((candidate) => candidate.slug === slug)
  if (!found) throw new Error(`No demo tract ${slug}`)
  return found
}
const leaflet = template('tract-a5-reunion-publique')
const square = template('visuel-carre-evenement')
/** A field's French label, as the form shows it. */
const label = (slug: string, key: string) => {
  const field = template(slug).fields.find((candidate) => candidate.key === key)
  if (!field) throw new Error(`No field ${key} in ${slug}`)
  return field.label.fr
}

const mmToPoints = 72 / 25.4

/**
 * Opens a customiser and waits until the island has hydrated. Its engine loads when the visitor
 * starts (a focus, a key, a tap, a download): filling a field draws the first preview. A link with
 * pre-filled values (`query`) draws at once: then this waits for that first drawing.
 */
async function openCustomiser(page: Page, slug: string, query = '') {
  await page.goto(site(`/fr/tracts/${slug}/${query}`))
  await expect(page.locator('.tract-customiser[data-hydrated]')).toBeVisible()
  if (query) await expect(page.locator('.tract-customiser[data-state="ready"]:not([data-preview-version="0"])')).toBeVisible()
}

/** The tract engine's files: its script chunks (site/islands/tracts/engine.ts and the PDF and PNG renderers), fonts and artwork. */
const isEngineFile = (url: string) =>
  /\/_astro\/(engine|pdf|png)\.[\w-]+\.js$/.test(url) || url.includes('/media/tracts/fonts/') || url.includes('/media/tract-artwork/')

const field = (page: Page, slug: string, key: string) => page.getByLabel(label(slug, key), { exact: false }).first()

/** The meeting every test announces. */
async function fillMeeting(page: Page, slug: string, values: { group?: string; place?: string } = {}) {
  await field(page, slug, 'group').fill(values.group ?? 'GA Lyon 8e')
  await field(page, slug, 'date').fill('2026-12-03')
  await field(page, slug, 'time').fill('19:30')
  if (values.place !== '') await field(page, slug, 'place').fill(values.place ?? 'Salle Pierre-Valdo, 3 place Valdo, Lyon')
}

/** Clicks a download button and returns the file it produced. */
async function downloadWith(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const started = page.waitForEvent('download')
  await page.getByRole('button', { name: button, exact: true }).click()
  const download = await started
  return { download, bytes: fs.readFileSync(await download.path()) }
}

test('an A5 leaflet: picked in the gallery, filled in, previewed live, downloaded as a print-ready PDF', async ({ page }) => {
  await page.goto(site('/fr/tracts/'))
  await page.getByRole('link', { name: leaflet.name.fr }).click()
  await expect(page).toHaveURL(site(`/fr/tracts/${leaflet.slug}/`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(leaflet.name.fr)
  // Until the visitor starts, the preview is the template's picture.
  await expect(page.locator('.tract-customiser[data-hydrated][data-state="idle"]')).toBeVisible()

  const preview = page.locator('.tract-preview img')
  const before = await preview.getAttribute('src')
  await fillMeeting(page, leaflet.slug)
  await field(page, leaflet.slug, 'contact').fill('https://example.org/ga-lyon-8e')
  // The preview is drawn again, and its description says what it now shows.
  await expect(preview).toHaveAttribute('alt', /GA Lyon 8e/)
  await expect(page.locator('.tract-customiser[data-state="ready"]')).toBeVisible()
  expect(await preview.getAttribute('src')).not.toBe(before)
  expect(await preview.getAttribute('src')).toMatch(/^blob:/)

  const { download, bytes } = await downloadWith(page, editor.downloadPdf)
  expect(download.suggestedFilename()).toBe(`${leaflet.slug}-ga-lyon-8e.pdf`)
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible()
  const pdf = await PDFDocument.load(bytes)
  expect(pdf.getPageCount()).toBe(1)
  const { width, height } = pdf.getPage(0).getSize()
  expect(width).toBeCloseTo(148 * mmToPoints, 1)
  expect(height).toBeCloseTo(210 * mmToPoints, 1)
  const text = await squeezedPdfText(bytes)
  for (const expected of ['GA Lyon 8e', 'Salle Pierre-Valdo', 'IPNS', 'Ne pas jeter sur la voie publique'])
    expect(text).toContain(squeezed(expected))

  // With bleed: a bleed box 3 mm larger on each side, the trim box still A5, the page larger still (crop marks).
  await page.getByLabel(editor.bleed).check()
  const bled = (await PDFDocument.load((await downloadWith(page, editor.downloadPdf)).bytes)).getPage(0)
  const [media, bleedBox, trim] = [bled.getMediaBox(), bled.getBleedBox(), bled.getTrimBox()]
  expect([bleedBox.width, bleedBox.height].map((points) => Math.round(points / mmToPoints))).toEqual([154, 216])
  expect([trim.width, trim.height].map((points) => Math.round(points / mmToPoints))).toEqual([148, 210])
  expect(media.width).toBeGreaterThan(bleedBox.width)
})

test('the page loads no tract engine until the visitor starts, does not shift, and the first focus draws the preview', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  // A hydration that does not match the server's markup is an error React reports (and redraws the island).
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(() => {
    // Layout shifts while the page loads and the island hydrates (none caused by the visitor: there is none yet).
    const hub = window as unknown as { layoutShift: number }
    hub.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) hub.layoutShift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(site(`/fr/tracts/${leaflet.slug}/`))
  const island = page.locator('.tract-customiser')
  await expect(island).toHaveAttribute('data-hydrated')
  await page.waitForLoadState('networkidle')
  expect(requested.filter(isEngineFile)).toEqual([])
  expect(errors).toEqual([])
  expect(
    requested.some((url) => /\/_astro\/.+\.js$/.test(url)),
    'the island itself loads',
  ).toBe(true)
  expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.05)
  // The editor is there, with the template's picture; the stand-in for browsers without JavaScript is not.
  await expect(island).toHaveAttribute('data-state', 'idle')
  await expect(page.getByRole('img', { name: fr.tracts.previewAlt.replace('{{name}}', leaflet.name.fr) })).toBeVisible()
  await expect(page.getByRole('heading', { name: fr.tracts.fieldsHeading })).toBeHidden()
  await expect(page.getByRole('button', { name: editor.downloadPdf, exact: true })).toBeVisible()

  // The first focus in the form loads the engine (held back here, to see the page say so), then draws the preview:
  // the template with its default texts.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/_astro\/engine\.[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await field(page, leaflet.slug, 'group').focus()
  await expect(island).toHaveAttribute('data-state', 'loading')
  await expect(page.locator('.tract-preview-state')).toHaveText(editor.previewUpdating)
  release()
  await expect(page.locator('.tract-customiser[data-state="ready"]:not([data-preview-version="0"])')).toBeVisible()
  await expect(page.locator('.tract-preview img')).toHaveAttribute('src', /^blob:/)
  // Its description, no longer the template picture's.
  const described = editor.previewAltEmpty.split('{{name}}')[0] + leaflet.name.fr
  expect((await page.locator('.tract-preview img').getAttribute('alt'))?.startsWith(described)).toBe(true)
  expect(requested.filter((url) => /\/_astro\/engine\.[\w-]+\.js$/.test(url))).toHaveLength(1)
  expect(requested.some((url) => url.includes('/media/tracts/fonts/'))).toBe(true)
})

test('the square post downloads as a PNG of exactly 1080 × 1080 pixels', async ({ page }) => {
  await openCustomiser(page, square.slug)
  await fillMeeting(page, square.slug)
  await expect(page.locator('.tract-preview img')).toHaveAttribute('alt', /GA Lyon 8e/)
  await expect(page.getByText(editor.pngSize.replace('{{width}}', '1080').replace('{{height}}', '1080'))).toBeVisible()
  const { download, bytes } = await downloadWith(page, editor.downloadPng)
  expect(download.suggestedFilename()).toBe(`${square.slug}-ga-lyon-8e.png`)
  const metadata = await sharp(bytes).metadata()
  expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1080, 1080])
})

test('a text that cannot fit is flagged before downloading, and the download asks first', async ({ page }) => {
  await openCustomiser(page, leaflet.slug)
  // Within the field's 60 characters, but far too wide for its one line even at the smallest size.
  const group = 'GROUPE D’ACTION MONTREUIL BAGNOLET ROMAINVILLE LES LILAS'
  await fillMeeting(page, leaflet.slug, { group })
  const warning = tractMessage('overflow', 'fr', { field: label(leaflet.slug, 'group') })
  await expect(page.getByRole('note').filter({ hasText: warning })).toBeVisible()

  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: editor.downloadPdf, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: editor.confirmTitle })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(warning)
  await dialog.getByRole('button', { name: editor.confirmBack }).click()
  await expect(dialog).toBeHidden()
  await expect(field(page, leaflet.slug, 'group')).toBeFocused()
  expect(downloads).toBe(0)

  await page.getByRole('button', { name: editor.downloadPdf, exact: true }).click()
  const started = page.waitForEvent('download')
  await dialog.getByRole('button', { name: editor.confirmDownload }).click()
  const pdf = await PDFDocument.load(fs.readFileSync(await (await started).path()))
  expect(pdf.getPageCount()).toBe(1)

  // Beyond the field's maximum length, the form says so at once, with the count.
  await field(page, leaflet.slug, 'group').fill('x'.repeat(61))
  await expect(page.getByText(tractMessage('tooLong', 'fr', { field: label(leaflet.slug, 'group'), max: 60 }))).toBeVisible()
  await expect(page.getByText(editor.counter.replace('{{count}}', '61').replace('{{max}}', '60'))).toBeVisible()
})

test('a required field left empty is named in French, gets the focus, and nothing is downloaded', async ({ page }) => {
  await openCustomiser(page, leaflet.slug)
  await fillMeeting(page, leaflet.slug, { place: '' })
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: editor.downloadPdf, exact: true }).click()
  const place = field(page, leaflet.slug, 'place')
  await expect(place).toBeFocused()
  await expect(place).toHaveAttribute('aria-invalid', 'true')
  await expect(place).toHaveAccessibleDescription(new RegExp(`^${tractMessage('required', 'fr')}`))
  await expect(page.getByRole('status').filter({ hasText: editor.fixErrors })).toBeVisible()

  // The printer's mention needs a name and an address.
  await place.fill('Salle Pierre-Valdo, Lyon')
  await page.getByLabel(editor.legalPrinter).check()
  await page.getByRole('button', { name: editor.downloadPdf, exact: true }).click()
  await expect(page.getByLabel(editor.printerName, { exact: false })).toBeFocused()
  await expect(page.getByText(tractMessage('printerMissing', 'fr')).first()).toBeVisible()
  expect(downloads).toBe(0)
})

test('"copy the link" gives an address that opens the form already filled in', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteURL })
  await openCustomiser(page, leaflet.slug)
  await fillMeeting(page, leaflet.slug)
  await page.getByLabel(editor.legalPrinter).check()
  await page.getByLabel(editor.printerName, { exact: false }).fill('Imprimerie du Rhône')
  await page.getByLabel(editor.printerAddress, { exact: false }).fill('12 quai Perrache, 69002 Lyon')
  await page.getByRole('button', { name: editor.copyLink }).click()
  await expect(page.getByText(editor.linkCopied)).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  await expect(page.getByLabel(editor.linkLabel)).toHaveValue(copied)
  expect(copied).toContain('group=GA+Lyon+8e')

  const fresh = await context.newPage()
  await fresh.goto(copied)
  await expect(fresh.locator('.tract-customiser[data-hydrated][data-state="ready"]')).toBeVisible()
  await expect(field(fresh, leaflet.slug, 'group')).toHaveValue('GA Lyon 8e')
  await expect(field(fresh, leaflet.slug, 'date')).toHaveValue('2026-12-03')
  await expect(field(fresh, leaflet.slug, 'time')).toHaveValue('19:30')
  await expect(field(fresh, leaflet.slug, 'place')).toHaveValue('Salle Pierre-Valdo, 3 place Valdo, Lyon')
  await expect(fresh.getByLabel(editor.legalPrinter)).toBeChecked()
  await expect(fresh.getByLabel(editor.printerName, { exact: false })).toHaveValue('Imprimerie du Rhône')
  await expect(fresh.locator('.tract-preview img')).toHaveAttribute('alt', /GA Lyon 8e/)
})

test('the gallery filters by format without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(site('/fr/tracts/'))
  await expect(page.locator('script')).toHaveCount(0)
  const cards = page.locator('.tract-card')
  await expect(cards).toHaveCount(tracts.length)
  await page
    .getByRole('navigation', { name: fr.tracts.format })
    .getByRole('link', { name: new RegExp(`^${fr.tracts.formats.square}`) })
    .click()
  await expect(page).toHaveURL(site('/fr/tracts/filter/format-square/'))
  await expect(cards).toHaveCount(tracts.filter((candidate) => candidate.format === 'square').length)
  await expect(cards.first()).toContainText(square.name.fr)

  // The customiser without JavaScript: the template's preview and fields, and a note.
  await cards.first().getByRole('link').click()
  // (Scripts turned off by the test, Chromium still parses <noscript> as raw text: its content is checked, not its display.)
  expect(await page.locator('noscript').innerHTML()).toContain(fr.tracts.noscript)
  await expect(page.getByRole('img', { name: fr.tracts.previewAlt.replace('{{name}}', square.name.fr) })).toBeVisible()
  await expect(page.getByRole('definition').first()).toBeVisible()
  await context.close()
})

test('the place takes a line each for venue and street, and the PDF prints them on two lines', async ({ page }) => {
  await openCustomiser(page, leaflet.slug)
  await fillMeeting(page, leaflet.slug, { place: '' })
  const place = field(page, leaflet.slug, 'place')
  await expect(place).toHaveJSProperty('tagName', 'TEXTAREA')
  await place.fill('Salle Pierre-Valdo\n3 place Valdo')
  await expect(place).toHaveValue('Salle Pierre-Valdo\n3 place Valdo')
  await expect(page.locator('.tract-preview img')).toHaveAttribute('alt', /Salle Pierre-Valdo 3 place Valdo/)
  // Beside the form, the preview is in sight: no control to reach it.
  await expect(page.getByRole('button', { name: editor.seePreview })).toHaveCount(0)

  const { bytes } = await downloadWith(page, editor.downloadPdf)
  const items = await pdfTextRuns(bytes)
  const lineOf = (word: string) => items.find((item) => item.text.includes(word))?.y
  const [venue, street] = [lineOf('Salle'), lineOf('place')]
  expect(venue).toBeDefined()
  expect(street).toBeDefined()
  // PDF heights grow upwards: the street is printed below the venue.
  expect(street!).toBeLessThan(venue!)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('"see the preview" brings the preview into sight while typing, and the keyboard back to the field', async ({ page }) => {
    await openCustomiser(page, leaflet.slug)
    await fillMeeting(page, leaflet.slug)
    const place = field(page, leaflet.slug, 'place')
    // Typing in the place, half-way down the phone's screen: the preview, above the form, has scrolled away.
    await place.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await place.focus()
    const preview = page.getByRole('region', { name: editor.previewHeading })
    await expect(preview.locator('img')).not.toBeInViewport({ ratio: 0.5 })

    const seePreview = page.getByRole('button', { name: editor.seePreview })
    await expect(seePreview).toBeInViewport()
    await seePreview.focus()
    await page.keyboard.press('Enter')
    await expect(preview).toBeFocused()
    await expect(preview.locator('img')).toBeInViewport({ ratio: 0.5 })
    await expect(preview.locator('img')).toHaveAttribute('alt', /GA Lyon 8e/)
    // The control goes while the preview is in sight.
    await expect(seePreview).toHaveCount(0)

    await page.keyboard.press('Tab')
    const back = preview.getByRole('button', { name: editor.backToForm })
    await expect(back).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(place).toBeFocused()
    await expect(place).toBeInViewport()
    await expect(back).toHaveCount(0)
  })
})
