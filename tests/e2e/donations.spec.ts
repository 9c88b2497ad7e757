import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { type ParsedMail, simpleParser } from 'mailparser'

import { type APIRequestContext, expect, type Page, test } from './fixtures'

import { payPageMessages } from '../../cms/donations/checkoutStandIn/messages'
import { actionGroups } from '../../content/data/actionGroups'
import { demoPassword } from '../../content/seed/users'
import { checkoutStandInURL, mailboxDir, siteURL } from '../../playwright.config'
import { donationEndpointPaths } from '../../publication/donation'
import { donationText, fillIn } from '../../publication/donationText'
import { textsIn } from '../../publication/textsByLanguage'
import { donatePath, donateThanksPath } from '../../publication/urls'

/**
 * Issue 17 as a donor meets it, on the demo content (content/data) and the checkout stand-in
 * (no STRIPE_SECRET_KEY: `npm start` serves a fake of Stripe's checkout, which sends its webhooks
 * to the CMS): a one-off donation split between two groups, paid, thanked on the site and by email,
 * both groups' accounts credited in the treasurer's dashboard; a monthly donation stopped from its
 * emailed link; a gift over the yearly cap refused with its figures; the plain form without
 * JavaScript; axe on the form and the thank-you page in French and Arabic.
 */
const site = (pathname: string) => `${siteURL}${pathname}`
const cmsURL = () => test.info().project.use.baseURL!
const fr = donationText.fr
const ar = textsIn(donationText, 'ar')

/** Unique per run (a retry loads the spec again): the yearly cap finds a person by email and by name and postcode. */
const run = Date.now().toString(36)
const address = (who: string) => `e2e-don-${who}-${run}@example.org`
/** A last name of letters only (the form refuses digits in a name), unique per run. */
const lastNameFor = (who: string) => `${who}-${run.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`

/** Two demo groups, found by their town and by their name. */
const lyon = actionGroups.find((group) => group.slug === 'lyon-croix-rousse')!
const grenoble = actionGroups.find((group) => group.slug === 'grenoble')!

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Amounts are written with no-break and narrow no-break spaces (« 7 000,00 € »): compared with plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`)

// --- The mailbox: every email the CMS sent during this run, one .eml file each (tests/e2e/smtpCatcher.ts). ---

const mailbox = path.resolve(import.meta.dirname, '../..', mailboxDir)
const parsed = new Map<string, ParsedMail>()

const mailsTo = async (to: string) => {
  const files = (await readdir(mailbox)).filter((file) => file.endsWith('.eml')).sort()
  for (const file of files) {
    if (!parsed.has(file)) parsed.set(file, await simpleParser(await readFile(path.join(mailbox, file))))
  }
  return files
    .map((file) => parsed.get(file)!)
    .filter((mail) =>
      [mail.to ?? []]
        .flat()
        .some((recipients) => recipients.value.some((recipient) => recipient.address?.toLowerCase() === to.toLowerCase())),
    )
}

/** The email with this subject sent to this address: emails are queued jobs, run every few seconds. */
const mailTo = async (to: string, subject: string) => {
  let found: ParsedMail | undefined
  await expect
    .poll(
      async () => {
        found = (await mailsTo(to)).find((mail) => mail.subject === subject)
        return found !== undefined
      },
      { timeout: 60_000, intervals: [1000], message: `an email “${subject}” to ${to}` },
    )
    .toBe(true)
  return found!
}

// --- The donation form, as a person fills it in ---

interface Donor {
  firstName: string
  lastName: string
  email: string
}

const donorNamed = (firstName: string, who: string): Donor => ({ firstName, lastName: lastNameFor(who), email: address(who) })

/** The form once its island runs: it no longer leaves the checks to the browser. */
const openForm = async (page: Page, locale: 'fr' | 'ar') => {
  const response = await page.goto(site(donatePath(locale)))
  expect(response?.status()).toBe(200)
  await expect(page.locator('form.donation-form[novalidate]')).toBeAttached()
}

const chooseOtherAmount = async (page: Page, euros: string, text = fr) => {
  await page.getByRole('textbox', { name: text.form.otherLabel }).fill(euros)
  await expect(page.getByRole('radio', { name: text.form.other })).toBeChecked()
}

/** Finds a group with the island's search, adds it to the split and types its share. */
const giveToGroup = async (page: Page, search: string, group: (typeof actionGroups)[number], euros: string) => {
  await page.getByRole('searchbox', { name: fr.form.search }).fill(search)
  await page.getByRole('button', { name: `${group.name} — ${group.place!.postcode} ${group.place!.city}` }).click()
  const share = page.getByRole('textbox', { name: fillIn(fr.form.shareInput, { group: group.name }) })
  await expect(share).toBeFocused()
  await share.fill(euros)
}

/** Who gives: the identity the law asks for, French, living in Lyon; then the certification. */
const fillIdentity = async (page: Page, donor: Donor, text = fr) => {
  const field = (name: string) => page.getByRole('textbox', { name: startsWith(name) })
  await field(text.fields.firstName).fill(donor.firstName)
  await field(text.fields.lastName).fill(donor.lastName)
  await field(text.fields.email).fill(donor.email)
  await field(text.fields.address).fill('12 rue d’Austerlitz')
  await field(text.fields.postcode).fill('69004')
  await field(text.fields.city).fill('Lyon')
  await page.getByRole('combobox', { name: startsWith(text.fields.nationality) }).selectOption('FR')
  await field(text.fields.phone).fill('06 12 34 56 78')
  await page.getByRole('checkbox', { name: startsWith(text.legal.certify) }).check()
}

/** The summary's confirmation, then the stand-in's checkout page, its banner saying no payment is real. */
const confirmAndReachCheckout = async (page: Page, text = fr) => {
  await page.getByRole('button', { name: text.summary.confirm }).click()
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(checkoutStandInURL)}/pay/`))
  await expect(page.getByRole('banner')).toContainText('démonstration — aucun paiement réel')
}

/** Pays on the stand-in; back on the thank-you page, the island asks the CMS until the webhook has been processed. */
const payAndWaitForThanks = async (page: Page, locale: 'fr' | 'ar') => {
  await page.getByRole('button', { name: textsIn(payPageMessages, locale).pay }).click()
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(site(donateThanksPath(locale)))}\\?session=cs_`))
  const outcome = page.locator('.donation-outcome')
  await expect(outcome).toHaveAttribute('data-status', 'succeeded', { timeout: 40_000 })
  const text = textsIn(donationText, locale)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.status.thanksTitle)
  await expect(outcome.getByRole('status')).toHaveText(text.status.succeeded)
}

// --- What staff see ---

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

/** The REST API as the demo treasurer (who reads donations, and nothing of anyone's password). */
const treasurerApi = async (api: APIRequestContext) => {
  const login = await api.post('/api/users/login', { data: { email: 'tresoriere@example.org', password: demoPassword } })
  expect(login.ok()).toBe(true)
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  return {
    donationsOf: async (email: string) => {
      const response = await api.get(`/api/donations?where[donor.email][equals]=${encodeURIComponent(email)}&depth=0&limit=20`, {
        headers,
      })
      expect(response.ok()).toBe(true)
      return ((await response.json()) as { docs: { status: string; amountCents: number }[] }).docs
    },
  }
}

/** « 1 234,50 € » → 123450 */
const centsOf = (euros: string) => Math.round(Number(plain(euros).replace(/[ €]/g, '').replace(',', '.')) * 100)

/** A group's balance in the treasurer's dashboard: nothing listed for a group no donation went to yet. */
const balanceOn = async (dashboard: Page, group: string) => {
  const accounts = dashboard.getByRole('table', { name: 'Comptes des groupes' })
  if ((await accounts.count()) === 0) return 0
  const row = accounts.getByRole('row').filter({ has: dashboard.getByRole('rowheader', { name: startsWith(`${group} `) }) })
  if ((await row.count()) === 0) return 0
  return centsOf((await row.getByRole('cell').nth(2).textContent()) ?? '')
}

/** How many checkout sessions the stand-in has opened (its dashboard lists each one). */
const checkoutSessions = async (api: APIRequestContext) => {
  const dashboard = await (await api.get(`${checkoutStandInURL}/`)).text()
  return new Set(dashboard.match(/\/pay\/cs_[A-Za-z0-9_]+/g) ?? []).size
}

test('a visitor gives 30 € once, 20 to one group and 10 to another, pays, is thanked on the site and by email, and both groups’ accounts rise', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000)
  const donor = donorNamed('Jeanne', 'split')

  // The treasurer's dashboard first: each group's balance before the donation.
  const staff = await browser.newContext({ baseURL: cmsURL() })
  const dashboard = await staff.newPage()
  try {
    await dashboard.goto('/admin/login')
    await dashboard.getByRole('textbox', { name: /E-mail/ }).fill('tresoriere@example.org')
    await dashboard.getByRole('textbox', { name: 'Mot de passe' }).fill(demoPassword)
    await dashboard.getByRole('button', { name: 'Se connecter' }).click()
    await expect(dashboard.getByRole('heading', { name: 'Trésorerie' })).toBeVisible()
    const before = { lyon: await balanceOn(dashboard, lyon.name), grenoble: await balanceOn(dashboard, grenoble.name) }

    await openForm(page, 'fr')
    await page.getByRole('radio', { name: fr.frequency.once }).check()
    await chooseOtherAmount(page, '30')
    await expect.poll(async () => plain(await page.getByTestId('tax-cost').textContent())).toContain('ce don vous coûte 10,20 €')

    await giveToGroup(page, 'lyon', lyon, '20')
    await expect.poll(async () => plain(await page.getByTestId('national-rest').textContent())).toBe('Pour le mouvement national : 10,00 €')
    await giveToGroup(page, 'Grenob', grenoble, '10')
    await expect.poll(async () => plain(await page.getByTestId('national-rest').textContent())).toBe('Pour le mouvement national : 0,00 €')

    await fillIdentity(page, donor)
    expect(await violationsOn(page)).toEqual([])

    await page.getByRole('button', { name: fr.form.review }).click()
    const summary = page.getByRole('region', { name: fr.summary.title })
    await expect(summary).toBeFocused()
    const shown = async (testId: string) => plain(await page.getByTestId(testId).textContent())
    expect(await shown('summary-amount')).toBe('30,00 €')
    expect(await shown(`summary-share-${lyon.slug}`)).toBe('20,00 €')
    expect(await shown(`summary-share-${grenoble.slug}`)).toBe('10,00 €')
    expect(await shown('summary-national')).toBe('0,00 €')
    expect(await shown('summary-cost')).toContain('ce don vous coûte 10,20 €')
    expect(await violationsOn(page)).toEqual([])

    await confirmAndReachCheckout(page)
    await expect(page.locator('.amount')).toHaveText(/^30,00\s€$/)
    await payAndWaitForThanks(page, 'fr')
    expect(await violationsOn(page)).toEqual([])

    // The thank-you email, in French: the amount, both groups and their shares, the cost after the tax reduction.
    const thanks = await mailTo(donor.email, 'Merci pour votre don')
    const text = plain(thanks.text)
    expect(text).toContain('Bonjour Jeanne,')
    expect(text).toContain('Merci pour votre don de 30 € : il est bien reçu.')
    expect(text).toContain(`- ${lyon.name} : 20 €`)
    expect(text).toContain(`- ${grenoble.name} : 10 €`)
    expect(text).not.toContain('Organisation nationale')
    expect(text).toContain('ce don ne vous coûte que 10,20 €')
    // A one-off donation has nothing to manage.
    expect(text).not.toContain(`/api${donationEndpointPaths.manage}`)

    // Each group's account rose by its share.
    await expect
      .poll(
        async () => {
          await dashboard.reload()
          await expect(dashboard.getByRole('heading', { name: 'Trésorerie' })).toBeVisible()
          return [(await balanceOn(dashboard, lyon.name)) - before.lyon, (await balanceOn(dashboard, grenoble.name)) - before.grenoble]
        },
        { timeout: 30_000, intervals: [1000, 2000] },
      )
      .toEqual([2000, 1000])
  } finally {
    await staff.close()
  }
})

test('a monthly donation is stopped from the link in its thank-you email, and the donor is told', async ({ page, request }) => {
  test.setTimeout(120_000)
  const donor = donorNamed('Malik', 'monthly')

  await openForm(page, 'fr')
  await page.getByRole('radio', { name: fr.frequency.monthly }).check()
  await page.getByRole('radio', { name: '10,00 € par mois' }).check()
  await expect.poll(async () => plain(await page.getByTestId('tax-cost').textContent())).toContain('ce don vous coûte 3,40 € par mois')
  await fillIdentity(page, donor)
  await page.getByRole('button', { name: fr.form.review }).click()
  expect(plain(await page.getByTestId('summary-amount').textContent())).toBe('10,00 € par mois')
  await confirmAndReachCheckout(page)
  await expect(page.getByRole('main')).toContainText(payPageMessages.fr.monthly)
  await payAndWaitForThanks(page, 'fr')

  const thanks = await mailTo(donor.email, 'Merci pour votre don')
  expect(plain(thanks.text)).toContain('Merci pour votre don mensuel de 10 €')
  const manageLink = thanks.text?.match(/https?:\/\/\S+\/api\/public\/monthly-donation\?\S+/)?.[0]
  expect(manageLink, 'the manage link in the thank-you email').toBeTruthy()
  expect(manageLink!.startsWith(`${cmsURL()}/api${donationEndpointPaths.manage}?`)).toBe(true)

  // Opening the link changes nothing (mail scanners follow links): only its button stops the donation.
  await page.goto(manageLink!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre don mensuel')
  await expect(page.getByText('Il est actif : le prochain versement aura lieu à la date prévue.')).toBeVisible()
  expect(plain(await page.locator('body').textContent())).toContain('Vous donnez 10,00 € par mois.')
  await page.getByRole('button', { name: 'Arrêter mon don mensuel' }).click()
  await expect(page.getByRole('status')).toHaveText('Votre don mensuel est arrêté. Merci pour votre soutien.')
  await expect(page.getByText('Ce don mensuel est arrêté : aucun versement ne sera plus prélevé.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Arrêter mon don mensuel' })).toHaveCount(0)

  const stopped = await mailTo(donor.email, 'Votre don mensuel est arrêté')
  expect(plain(stopped.text)).toContain('Votre don mensuel de 10 € est arrêté : aucun autre paiement ne sera prélevé.')
  // And no more payment will be taken: the stand-in's subscription is cancelled.
  expect(await (await request.get(`${checkoutStandInURL}/`)).text()).toMatch(/<td>canceled<\/td>/)
})

test('a gift over the yearly cap is refused on the form with the figures, and nothing goes to the checkout', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000)
  const donor = donorNamed('Agnès', 'cap')

  await openForm(page, 'fr')
  await chooseOtherAmount(page, '7000')
  await fillIdentity(page, donor)
  await page.getByRole('button', { name: fr.form.review }).click()
  await confirmAndReachCheckout(page)
  await payAndWaitForThanks(page, 'fr')

  const api = await playwright.request.newContext({ baseURL: cmsURL() })
  try {
    const treasurer = await treasurerApi(api)
    const sessionsBefore = await checkoutSessions(api)

    // The same person, a little later, 600 € more: 7,600 € in the year, over the law's 7,500 €.
    await openForm(page, 'fr')
    await chooseOtherAmount(page, '600')
    await fillIdentity(page, donor)
    await page.getByRole('button', { name: fr.form.review }).click()
    await page.getByRole('button', { name: fr.summary.confirm }).click()
    const refusal = page.locator('.donation-over-cap')
    await expect(refusal).toBeVisible()
    await expect(page).toHaveURL(site(donatePath('fr')))
    await expect(refusal).toContainText(fr.overCap.title)
    const lines = (await refusal.getByRole('listitem').allTextContents()).map(plain)
    expect(lines).toEqual([
      'Plafond par personne et par an, tous partis confondus : 7 500,00 €',
      'Déjà donné à notre mouvement cette année : 7 000,00 €',
      'Ce don d’ici au 31 décembre : 600,00 € (nombre de versements : 1)',
      'Vous pouvez encore donner cette année : 500,00 €',
    ])
    // The amount is the field to change: focused, and described by the refusal.
    const amount = page.getByRole('textbox', { name: fr.form.otherLabel })
    await expect(amount).toBeFocused()
    await expect(amount).toHaveAttribute('aria-invalid', 'true')
    expect(await violationsOn(page)).toEqual([])

    // Nothing was sent to the checkout, nothing was written.
    expect(await checkoutSessions(api)).toBe(sessionsBefore)
    expect((await treasurer.donationsOf(donor.email)).map(({ status, amountCents }) => [status, amountCents])).toEqual([
      ['succeeded', 700_000],
    ])
  } finally {
    await api.dispose()
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  /** The plain form's groups are listed by department, each department a disclosure. */
  const typeShare = async (page: Page, group: (typeof actionGroups)[number], euros: string) => {
    await page.getByText(fillIn(fr.form.department, { department: group.place!.department }), { exact: true }).click()
    await page.getByRole('textbox', { name: fillIn(fr.form.shareInput, { group: group.name }) }).fill(euros)
  }

  test('the plain form posts to the CMS, which sends the browser on to the checkout', async ({ page }) => {
    const donor = donorNamed('Louise', 'nojs')
    await page.goto(site(donatePath('fr')))
    await expect(page.locator('form.donation-form:not([novalidate])')).toBeAttached()
    await page.getByRole('radio', { name: '50,00 €' }).check()
    await typeShare(page, lyon, '15')
    await fillIdentity(page, donor)

    const posted = page.waitForResponse((response) => response.url() === `${cmsURL()}/api${donationEndpointPaths.donate}`)
    // Without JavaScript there is no summary: the checkout shows the amount before paying.
    await page.getByRole('button', { name: fr.summary.confirm }).click()
    expect((await posted).status()).toBe(303)
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(checkoutStandInURL)}/pay/cs_`))
    await expect(page.getByRole('banner')).toContainText('démonstration — aucun paiement réel')
    await expect(page.locator('.amount')).toHaveText(/^50,00\s€$/)
  })

  test('a refused form comes back as the CMS’s page naming the problem, every value kept, and then goes through', async ({ page }) => {
    test.setTimeout(120_000)
    const donor = donorNamed('Yanis', 'nojs-fix')
    await page.goto(site(donatePath('fr')))
    await typeShare(page, grenoble, '5')
    await fillIdentity(page, donor)
    // No amount: the browser lets it through (the amount is a choice or a field), the CMS refuses it.
    await page.getByRole('button', { name: fr.summary.confirm }).click()

    await expect(page).toHaveURL(`${cmsURL()}/api${donationEndpointPaths.donate}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.correction.title)
    await expect(page.getByText(fr.problems.amountRequired)).toBeVisible()
    // Only the field to correct is asked again; everything else typed is carried along unseen.
    await expect(page.getByRole('textbox')).toHaveCount(1)
    await expect(page.locator('input[type="hidden"][name="firstName"]')).toHaveValue(donor.firstName)
    await expect(page.locator('input[type="hidden"][name="email"]')).toHaveValue(donor.email)
    await expect(page.locator(`input[type="hidden"][name="share.${grenoble.slug}"]`)).toHaveValue('5')
    await expect(page.locator('input[type="hidden"][name="certify"]')).toHaveValue('yes')

    await page.getByRole('textbox', { name: fr.fields.amount }).fill('25')
    await page.getByRole('button', { name: fr.correction.submit }).click()
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(checkoutStandInURL)}/pay/cs_`))
    await expect(page.locator('.amount')).toHaveText(/^25,00\s€$/)

    // Paid, the thank-you page without JavaScript says the email confirms; the email has what was typed first.
    await page.getByRole('button', { name: payPageMessages.fr.pay }).click()
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(site(donateThanksPath('fr')))}\\?session=cs_`))
    await expect(page.getByRole('status')).toHaveText(fr.status.withoutScript)
    const thanks = plain((await mailTo(donor.email, 'Merci pour votre don')).text)
    expect(thanks).toContain('Bonjour Yanis,')
    expect(thanks).toContain('Merci pour votre don de 25 € : il est bien reçu.')
    expect(thanks).toContain(`- ${grenoble.name} : 5 €`)
    expect(thanks).toContain('- Organisation nationale : 20 €')
  })
})

test.describe('in Arabic, right to left', () => {
  // The stand-in's checkout speaks the browser's language when the site's has no Stripe page (Arabic).
  test.use({ locale: 'ar' })

  test('the form, its problems, its summary and the thank-you page have no axe violation', async ({ page }) => {
    test.setTimeout(120_000)
    await openForm(page, 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    expect(await violationsOn(page)).toEqual([])

    // Sent empty: each problem said on its field, the focus on the first one to fill, the amount.
    await page.getByRole('button', { name: ar.form.review }).click()
    await expect(page.getByRole('textbox', { name: ar.form.otherLabel })).toBeFocused()
    await expect(page.locator('.donation-problem').first()).toHaveText(ar.problems.amountRequired)
    expect(await violationsOn(page)).toEqual([])

    await chooseOtherAmount(page, '20', ar)
    await expect(page.getByTestId('tax-cost')).toBeVisible()
    await fillIdentity(page, donorNamed('Samira', 'ar'), ar)
    await page.getByRole('button', { name: ar.form.review }).click()
    await expect(page.getByRole('region', { name: ar.summary.title })).toBeFocused()
    expect(await violationsOn(page)).toEqual([])

    await confirmAndReachCheckout(page, ar)
    await payAndWaitForThanks(page, 'ar')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    expect(await violationsOn(page)).toEqual([])
  })
})
