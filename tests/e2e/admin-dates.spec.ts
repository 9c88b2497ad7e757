import { expect, logIn, test } from './fixtures'

/**
 * Every date the admin writes is in Paris time, with its year, whatever the browser's zone:
 * a list's "modified" column and the document's "last modified" and "created" above its form.
 */
const browserZone = 'America/New_York'
test.use({ timezoneId: browserZone })

const slowServer = 60_000

/** A moment as the admin writes it (`d MMMM yyyy, HH:mm`, in French) in `timeZone`. */
const writtenIn = (timeZone: string, iso: string) => {
  const format = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const part = Object.fromEntries(format.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]))
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}`
}

interface Sheet {
  id: number | string
  title: string
  createdAt: string
  updatedAt: string
}

test('a list and a document write their dates in Paris time, with the year', async ({ page }) => {
  await logIn(page)
  const answer = await page.request.get('/api/sheets?sort=-updatedAt&limit=1&depth=0&draft=true&locale=fr')
  expect(answer.ok()).toBe(true)
  const [sheet] = ((await answer.json()) as { docs: Sheet[] }).docs
  if (!sheet) throw new Error('The demo has no sheet')
  const modified = writtenIn('Europe/Paris', sheet.updatedAt)
  const created = writtenIn('Europe/Paris', sheet.createdAt)
  // New York is never in Paris's hour: the browser's zone would show another time.
  expect(writtenIn(browserZone, sheet.updatedAt)).not.toBe(modified)

  await page.goto('/admin/collections/sheets?locale=fr')
  const row = page.getByRole('row').filter({ hasText: sheet.title }).first()
  await expect(row).toContainText(modified, { timeout: slowServer })
  await expect(row).not.toContainText(writtenIn(browserZone, sheet.updatedAt))

  await page.goto(`/admin/collections/sheets/${sheet.id}?locale=fr`)
  await expect(page.locator('form[data-form-ready="true"]')).toBeVisible({ timeout: slowServer })
  const timestamps = page.locator('.paris-timestamps')
  await expect(timestamps.getByRole('listitem').filter({ hasText: 'Dernière modification' })).toHaveText(
    `Dernière modification:\u00a0${modified}`,
  )
  await expect(timestamps.getByRole('listitem').filter({ hasText: 'Créé' })).toHaveText(`Créé(e):\u00a0${created}`)
  // Payload's own, in the browser's zone, are not shown beside them.
  await expect(page.locator('.doc-controls__value-wrap').first()).toBeHidden()
  await expect(page.getByText(writtenIn(browserZone, sheet.updatedAt)).filter({ visible: true })).toHaveCount(0)
})
