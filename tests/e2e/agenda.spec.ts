import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import ICAL from 'ical.js'
import { type ParsedMail, simpleParser } from 'mailparser'

import { type APIRequestContext, expect, type Page, test } from './fixtures'

import { events } from '../../content/data/events'
import { themes } from '../../content/data/themes'
import { demoPassword } from '../../content/seed/users'
import { mailboxDir, siteURL } from '../../playwright.config'
import { publicEndpointPaths } from '../../publication/signUp'
import { eventCalendarPath, eventPath, signUpResultPath } from '../../publication/urls'
import ar from '../../site/i18n/ar.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * Issue 16 as a visitor meets it, on the demo content (content/data): the agenda's filters, an
 * event's page, signing up with and without JavaScript, the emails the CMS sends over SMTP (caught
 * on loopback by tests/e2e/smtpCatcher.ts), cancelling through the email's link and the waitlist's
 * promotion, the event's .ics across an edit, and axe on the new pages in French and Arabic.
 */
const site = (pathname: string) => `${siteURL}${pathname}`
const cmsURL = () => test.info().project.use.baseURL!
/** Unique per run (a retry loads the spec again): the CMS limits sign-ups per email, and an address must find only this run's emails. */
const run = Date.now().toString(36)
const address = (who: string) => `e2e-${who}-${run}@example.org`

/** The demo event the visitor finds: coming, on ecology, in Loire-Atlantique, taking sign-ups here. */
const waterEvent = events.find((event) => event.slug === 'l-eau-en-regie-publique-nantes')!
const ecology = themes.find((theme) => theme.slug === 'ecologie')!
const department = '44'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// --- The mailbox: every email the CMS sent during this run, one .eml file each. ---

const mailbox = path.resolve(import.meta.dirname, '../..', mailboxDir)
const parsed = new Map<string, ParsedMail>()

const receivedMails = async () => {
  const files = (await readdir(mailbox)).filter((file) => file.endsWith('.eml')).sort()
  for (const file of files) {
    if (!parsed.has(file)) parsed.set(file, await simpleParser(await readFile(path.join(mailbox, file))))
  }
  return files.map((file) => parsed.get(file)!)
}

const recipientsOf = (mail: ParsedMail) =>
  [mail.to ?? []].flat().flatMap((to) => to.value.map((recipient) => recipient.address?.toLowerCase()))

/** The email with this subject sent to this address: emails are queued jobs, run every few seconds. */
const mailTo = async (to: string, subject: string) => {
  let found: ParsedMail | undefined
  await expect
    .poll(
      async () => {
        found = (await receivedMails()).find((mail) => mail.subject === subject && recipientsOf(mail).includes(to.toLowerCase()))
        return found !== undefined
      },
      { timeout: 60_000, intervals: [1000], message: `an email “${subject}” to ${to}` },
    )
    .toBe(true)
  return found!
}

const mailsTo = async (to: string) => (await receivedMails()).filter((mail) => recipientsOf(mail).includes(to.toLowerCase()))

const cancelLinkIn = (mail: ParsedMail) => {
  const link = mail.text?.match(/https?:\/\/\S+\/api\/public\/cancel\?\S+/)?.[0]
  if (!link) throw new Error(`No cancel link in “${mail.subject}”`)
  return link
}

// --- Calendars ---

const calendarEventOf = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('No VEVENT in the calendar')
  return {
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    location: String(event.getFirstPropertyValue('location') ?? ''),
    url: String(event.getFirstPropertyValue('url') ?? ''),
  }
}

const calendarAttachedTo = (mail: ParsedMail) => {
  const attachment = mail.attachments.find((candidate) => candidate.contentType.startsWith('text/calendar'))
  if (!attachment) throw new Error(`No .ics attached to “${mail.subject}”`)
  return calendarEventOf(attachment.content.toString('utf8'))
}

// --- The CMS's REST API, as staff ---

interface Staff {
  api: APIRequestContext
  headers: { authorization: string }
}

const logIn = async (api: APIRequestContext, email: string): Promise<Staff> => {
  const login = await api.post('/api/users/login', { data: { email, password: demoPassword } })
  expect(login.ok()).toBe(true)
  return { api, headers: { authorization: `JWT ${((await login.json()) as { token: string }).token}` } }
}

const idOf = async ({ api, headers }: Staff, collection: string, slug: string) => {
  const response = await api.get(`/api/${collection}?where[slug][equals]=${slug}&limit=1&depth=0`, { headers })
  const id = ((await response.json()) as { docs: { id: number | string }[] }).docs[0]?.id
  if (id === undefined) throw new Error(`No ${collection} ${slug} in the demo content`)
  return id
}

/** A published event of our own, in French, starting in ten days and taking sign-ups here. */
const createEvent = async (staff: Staff, slug: string, registration: Record<string, unknown>) => {
  const startsAt = new Date(Date.now() + 10 * 24 * 3600_000)
  startsAt.setUTCHours(17, 0, 0, 0)
  const created = await staff.api.post('/api/events?locale=fr&depth=0', {
    headers: staff.headers,
    data: {
      title: `Réunion de bout en bout ${slug}`,
      slug,
      summary: 'Une réunion créée par les tests de bout en bout.',
      type: await idOf(staff, 'event-types', 'reunion-publique'),
      organisers: [await idOf(staff, 'action-groups', 'nantes-centre')],
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'Europe/Paris',
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Paris',
      place: { venue: 'Salle Bretagne', address: '23 rue de Richebourg', postcode: '44000', city: 'Nantes', department: '44' },
      registration: { mode: 'site', ...registration },
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  return (await created.json()) as { doc: { id: number | string; title: string } }
}

const registrationsOf = async ({ api, headers }: Staff, eventId: number | string) => {
  const response = await api.get(`/api/registrations?where[event][equals]=${eventId}&limit=100&depth=0`, { headers })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { docs: { email: string; status: string }[] }).docs
}

/** What the island sends (the form's fields), as the JSON caller it is. */
const signUpThroughEndpoint = async (api: APIRequestContext, eventId: number | string, firstName: string, email: string) => {
  const response = await api.post(`/api${publicEndpointPaths.signUp}`, {
    headers: { accept: 'application/json' },
    form: { event: String(eventId), language: 'fr', firstName, email, consent: 'yes', website: '' },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { outcome: string }).outcome
}

// --- The sign-up form, as a person fills it in ---

/**
 * The form once its island runs (it stops the browser's own checks). The island wakes when the
 * form comes into view, as a person scrolling to it would bring it.
 */
const signUpIslandRuns = async (page: Page) => {
  await page.locator('form.sign-up-form').scrollIntoViewIfNeeded()
  await expect(page.locator('form.sign-up-form[novalidate]')).toBeAttached()
}

const fillSignUpForm = async (page: Page, firstName: string, email: string) => {
  await page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.signUp.firstName)}`) }).fill(firstName)
  await page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.signUp.email)}`) }).fill(email)
  await page.locator('#sign-up-consent').check()
}

test('a visitor filters the agenda by theme and department, opens an event and signs up with JavaScript', async ({ page }) => {
  const email = address('js')
  await page.goto(site('/fr/agenda/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.agenda.title)

  const facet = (title: string) => page.getByRole('navigation', { name: title })
  await facet(fr.agenda.filters.theme)
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(ecology.name.fr)} \\(`) })
    .click()
  await expect(facet(fr.agenda.filters.theme).locator('[aria-current="true"]')).toContainText(ecology.name.fr)
  await facet(fr.agenda.filters.department)
    .getByRole('link', { name: new RegExp(`^${department} \\(`) })
    .click()
  await expect(facet(fr.agenda.filters.department).locator('[aria-current="true"]')).toContainText(department)
  await expect(facet(fr.agenda.filters.theme).locator('[aria-current="true"]')).toContainText(ecology.name.fr)

  // Exactly the coming demo events on ecology in the department, in date order.
  const expected = events
    .filter((event) => event.day > 0 && event.themes.includes(ecology.slug) && event.place?.department === department)
    .sort((a, b) => a.day - b.day)
    .map((event) => event.title.fr)
  expect(expected.length).toBeGreaterThan(0)
  await expect(page.locator('.event-card h3')).toHaveText(expected)

  await page.getByRole('link', { name: waterEvent.title.fr, exact: true }).click()
  await expect(page).toHaveURL(site(eventPath('fr', waterEvent.slug)))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(waterEvent.title.fr)

  await signUpIslandRuns(page)
  await fillSignUpForm(page, 'Jeanne', email)
  await page.getByRole('button', { name: fr.signUp.submit }).click()
  const result = page.locator('.sign-up-result[data-outcome="confirmed"]')
  await expect(result).toBeFocused()
  await expect(result.getByRole('heading')).toHaveText(fr.signUp.outcomes.confirmed.title)
  await expect(page).toHaveURL(site(eventPath('fr', waterEvent.slug)))

  const confirmation = await mailTo(email, `Inscription confirmée : ${waterEvent.title.fr}`)
  expect(confirmation.text).toContain('Bonjour Jeanne,')
  expect(confirmation.text).toContain(site(eventPath('fr', waterEvent.slug)))
  expect(cancelLinkIn(confirmation)).toContain(`${cmsURL()}/api${publicEndpointPaths.cancel}?`)
  expect(confirmation.html).toBeTruthy()
  expect(calendarAttachedTo(confirmation).url).toBe(site(eventPath('fr', waterEvent.slug)))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the plain form names a refused field, stores nothing, then signs the person up', async ({ page, playwright }) => {
    const email = address('nojs')
    await page.goto(site(eventPath('fr', waterEvent.slug)))
    await expect(page.locator('form.sign-up-form:not([novalidate])')).toBeAttached()

    // An address the browser's own check lets through (no dot in its domain) but the CMS refuses.
    await fillSignUpForm(page, 'Malik', 'malik@localhost')
    await page.getByRole('button', { name: fr.signUp.submit }).click()
    await expect(page).toHaveURL(`${site(eventPath('fr', waterEvent.slug))}#fix-email`)
    await expect(page.locator('#fix-email')).toBeVisible()
    await expect(page.locator('#fix-email')).toHaveText(fr.signUp.fixSummary)
    await expect(page.getByText(fr.signUp.fieldProblems.email)).toBeVisible()
    await expect(page.getByText(fr.signUp.fieldProblems.firstName)).toBeHidden()

    await fillSignUpForm(page, 'Malik', email)
    await page.getByRole('button', { name: fr.signUp.submit }).click()
    await expect(page).toHaveURL(site(signUpResultPath('fr', 'confirmed')))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.signUp.outcomes.confirmed.title)

    const confirmation = await mailTo(email, `Inscription confirmée : ${waterEvent.title.fr}`)
    expect(confirmation.text).toContain('Bonjour Malik,')

    // The refused post stored nothing: only the accepted one is among the event's registrations.
    const api = await playwright.request.newContext({ baseURL: cmsURL() })
    try {
      const admin = await logIn(api, 'admin@example.org')
      const eventId = await idOf(admin, 'events', waterEvent.slug)
      const emails = (await registrationsOf(admin, eventId)).map((registration) => registration.email)
      expect(emails).toContain(email)
      expect(emails).not.toContain('malik@localhost')
    } finally {
      await api.dispose()
    }
  })
})

test('the cancel link in the email frees the seat and the waitlisted person is promoted and told', async ({ page, playwright }) => {
  test.setTimeout(180_000)
  const api = await playwright.request.newContext({ baseURL: cmsURL() })
  try {
    const editor = await logIn(api, 'editrice@example.org')
    const admin = await logIn(api, 'admin@example.org')
    const { doc: event } = await createEvent(editor, `une-place-${run}`, { capacity: 1, waitlist: true })
    const first = address('first')
    const second = address('second')
    expect(await signUpThroughEndpoint(api, event.id, 'Aïcha', first)).toBe('confirmed')
    expect(await signUpThroughEndpoint(api, event.id, 'Bruno', second)).toBe('waitlisted')
    await mailTo(second, `Liste d’attente : ${event.title}`)

    const confirmation = await mailTo(first, `Inscription confirmée : ${event.title}`)
    const cancelLink = cancelLinkIn(confirmation)
    // Opening the link changes nothing (mail scanners follow links): only its button cancels.
    await page.goto(cancelLink)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    expect((await registrationsOf(admin, event.id)).map(({ email, status }) => [email, status])).toEqual(
      expect.arrayContaining([
        [first, 'confirmed'],
        [second, 'waitlisted'],
      ]),
    )
    await page.getByRole('button').click()
    await expect(page).toHaveURL(site(signUpResultPath('fr', 'cancelled')))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.signUp.outcomes.cancelled.title)

    const promotion = await mailTo(second, `Une place s’est libérée : ${event.title}`)
    expect(promotion.text).toContain('Bonjour Bruno,')
    expect(calendarAttachedTo(promotion).url).toBe(site(eventPath('fr', `une-place-${run}`)))
    // The seat went to the waitlisted person; the one who cancelled is counted, their address erased.
    const after = await registrationsOf(admin, event.id)
    expect(after.filter(({ status }) => status === 'confirmed').map(({ email }) => email)).toEqual([second])
    expect(after.map(({ email }) => email)).not.toContain(first)
    expect(after.find(({ status }) => status === 'cancelled')?.email).toMatch(/@cancelled\.invalid$/)
    // A cancellation by the person sends them nothing.
    expect((await mailsTo(first)).map((mail) => mail.subject)).toEqual([`Inscription confirmée : ${event.title}`])

    // The link is spent: used again, it names no registration.
    await page.goto(cancelLink)
    await page.getByRole('button').click()
    await expect(page).toHaveURL(site(signUpResultPath('fr', 'cancel-link-invalid')))
  } finally {
    await api.dispose()
  }
})

test('an event’s .ics parses and keeps its UID across an edit, with its SEQUENCE raised', async ({ playwright, request }) => {
  // Two publications, each live after a site rebuild: on a busy 2-core machine, minutes.
  test.setTimeout(420_000)
  const slug = `agenda-ics-${run}`
  const calendarUrl = site(eventCalendarPath('fr', slug))
  const api = await playwright.request.newContext({ baseURL: cmsURL() })
  try {
    const editor = await logIn(api, 'editrice@example.org')
    const { doc: event } = await createEvent(editor, slug, { capacity: 30 })

    await expect.poll(async () => (await request.get(calendarUrl)).status(), { timeout: 180_000, intervals: [1000] }).toBe(200)
    const calendarFile = await request.get(calendarUrl)
    expect(calendarFile.headers()['content-type']).toMatch(/^text\/calendar/)
    const before = calendarEventOf(await calendarFile.text())
    expect(before.uid).not.toBe('')
    expect(before.location).toContain('Salle Bretagne')
    expect(before.url).toBe(site(eventPath('fr', slug)))

    const edited = await api.patch(`/api/events/${event.id}?locale=fr&depth=0`, {
      headers: editor.headers,
      data: {
        place: { venue: 'Salle Loire', address: '2 quai de la Fosse', postcode: '44000', city: 'Nantes', department: '44' },
        _status: 'published',
      },
    })
    expect(edited.status(), await edited.text()).toBe(200)

    let after = before
    await expect
      .poll(
        async () => {
          after = calendarEventOf(await (await request.get(calendarUrl)).text())
          return after.location
        },
        { timeout: 180_000, intervals: [1000] },
      )
      .toContain('Salle Loire')
    expect(after.uid).toBe(before.uid)
    expect(after.sequence).toBeGreaterThan(before.sequence)
  } finally {
    await api.dispose()
  }
})

// --- Accessibility of the new pages ---

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** What axe found, in a form that reads well in a failed assertion. */
async function violationsOn(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return results.violations.map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  }))
}

const newPages: [name: string, path: string][] = [
  ['agenda', 'agenda/'],
  ['past events', 'agenda/past/'],
  ['event with its sign-up form', `events/${waterEvent.slug}/`],
  ['groups directory', 'groups/'],
  ['group', 'groups/nantes-centre/'],
  ['sign-up result', 'sign-up/confirmed/'],
]

for (const [locale, strings] of [
  ['fr', fr],
  ['ar', ar],
] as const) {
  test.describe(`axe, ${locale}`, () => {
    for (const [name, pathname] of newPages) {
      test(`${name} has no WCAG 2.2 AA violation`, async ({ page }) => {
        const response = await page.goto(site(`/${locale}/${pathname}`))
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        expect(await violationsOn(page)).toEqual([])
      })
    }

    test('the sign-up form with its problems shown has no violation', async ({ page }) => {
      await page.goto(site(`/${locale}/events/${waterEvent.slug}/`))
      await signUpIslandRuns(page)
      await page.getByRole('button', { name: strings.signUp.submit }).click()
      await expect(page.locator('.sign-up-form [aria-invalid="true"]').first()).toBeFocused()
      expect(await violationsOn(page)).toEqual([])
    })
  })
}
