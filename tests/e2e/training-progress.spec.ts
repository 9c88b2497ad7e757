import fs from 'node:fs'

import { squeezed, squeezedPdfText } from '../../tracts/test-pdf-text'

import { expect, type Page, test } from './fixtures'
import { trainings } from '../../content/data/trainings'
import { siteURL } from '../../playwright.config'
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * A visitor follows a demo training to its end in one browser: the progress line in proper
 * French plurals, "Commencer" turning into "Reprendre" (and leading on) once a lesson is done,
 * and at the end a certificate of completion made in the browser, in the visitor's name.
 */
const site = (path: string) => `${siteURL}${path}`

const demo = trainings.find((candidate) => candidate.slug === 'medias-et-pouvoir')
if (!demo) throw new Error('No demo training medias-et-pouvoir')
const training = { slug: demo.slug, title: demo.title.fr, lessons: demo.modules.flatMap((module) => module.lessons) }
const total = training.lessons.length
const trainingPath = `/fr/trainings/${training.slug}/`
const lessonPath = (index: number) => `${trainingPath}${training.lessons[index]!.slug}/`

/** "2 leçons terminées sur 5", as the page must say it. */
const progress = (done: number) =>
  (done > 1 ? fr.training.progress_other : fr.training.progress_one)
    .replace('{{count, number}}', String(done))
    .replace('{{total}}', String(total))

/** Marks a lesson finished, as a visitor does: on its page, with the toggle. */
async function finishLesson(page: Page, index: number) {
  await page.goto(site(lessonPath(index)))
  const toggle = page.getByRole('button', { name: fr.training.markDone })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
}

test('from "Commencer" to "Reprendre" to a certificate of completion in the visitor’s name', async ({ page }) => {
  const name = 'Camille Martin-Lefèvre'
  const sent: string[] = []
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`))

  await page.goto(site(trainingPath))
  await expect(page.getByText(progress(0), { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: fr.training.start })).toHaveAttribute('href', lessonPath(0))
  const certificate = page.getByRole('region', { name: fr.training.certificate.heading })
  await expect(certificate).toBeHidden()

  await finishLesson(page, 0)
  await expect(page.getByText(progress(1), { exact: true })).toBeVisible()
  await expect(page.getByText('(s)')).toHaveCount(0)

  await page.goto(site(trainingPath))
  await expect(page.getByText(progress(1), { exact: true })).toBeVisible()
  // The start link now resumes where the visitor stopped.
  const resume = page.getByRole('link', { name: fr.training.resume })
  await expect(resume).toHaveAttribute('href', lessonPath(1))
  await expect(page.getByRole('link', { name: fr.training.start })).toHaveCount(0)
  await expect(certificate).toBeHidden()

  await finishLesson(page, 1)
  await expect(page.getByText(progress(2), { exact: true })).toBeVisible()
  for (let index = 2; index < total; index++) await finishLesson(page, index)
  await expect(page.getByText(fr.training.finished)).toBeVisible()

  await page.goto(site(trainingPath))
  await expect(page.getByText(fr.training.finished)).toBeVisible()
  await expect(page.getByRole('link', { name: fr.training.review })).toHaveAttribute('href', lessonPath(0))
  await expect(certificate).toBeVisible()

  // Without a name, the form says so and keeps the focus on the field.
  const nameField = certificate.getByLabel(fr.training.certificate.nameLabel)
  const download = certificate.getByRole('button', { name: fr.training.certificate.download })
  await download.click()
  await expect(certificate.getByText(fr.training.certificate.nameMissing)).toBeVisible()
  await expect(nameField).toBeFocused()
  await expect(nameField).toHaveAttribute('aria-invalid', 'true')

  // A name in characters no bundled font has would be printed without them: refused, nothing downloaded.
  const downloads: string[] = []
  page.on('download', (refused) => downloads.push(refused.suggestedFilename()))
  await nameField.fill('Camille 😀')
  await download.click()
  await expect(certificate.getByText(fr.training.certificate.nameUnprintable.replace('{{characters}}', '😀'))).toBeVisible()
  await expect(nameField).toBeFocused()
  expect(downloads).toEqual([])

  await nameField.fill(name)
  const started = page.waitForEvent('download')
  await download.click()
  const file = await started
  const fileName = `attestation-${training.slug}-camille-martin-lefevre.pdf`
  expect(file.suggestedFilename()).toBe(fileName)
  await expect(certificate.getByRole('status')).toHaveText(fr.training.certificate.ready.replace('{{file}}', fileName))
  await expect(certificate.locator('.certificate-problem')).toBeHidden()
  await expect(nameField).not.toHaveAttribute('aria-invalid')

  const bytes = fs.readFileSync(await file.path())
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const text = await squeezedPdfText(bytes)
  for (const line of [name, fr.training.certificate.title, training.title]) expect(text).toContain(squeezed(line))
  expect(text).toContain(squeezed(`Le ${new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date())}`))

  // Nothing of it left the browser, nor stayed in it beyond the lessons finished.
  expect(sent.filter((request) => request.includes('Camille'))).toEqual([])
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  expect(stored).not.toContain('Camille')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the training page offers to start, and no certificate', async ({ page }) => {
    await page.goto(site(trainingPath))
    await expect(page.getByRole('link', { name: fr.training.start })).toHaveAttribute('href', lessonPath(0))
    await expect(page.getByRole('region', { name: fr.training.certificate.heading })).toBeHidden()
    await expect(page.getByText(fr.training.certificate.download)).toBeHidden()
  })
})
