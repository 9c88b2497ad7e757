import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { GroupAccounts } from '../../cms/components/treasury/GroupAccounts'
import { TreasuryDashboard } from '../../cms/components/treasury/TreasuryDashboard'
import { groupBalances, groupMonthlyHistory } from '../../cms/donations/treasury/ledger'
import type { ActionGroup, Donation, User } from '../../cms/payload-types'
import { type ApiClient, apiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, uniqueSlug } from './fixtures'

/** A CSV file as the exports write it: `;`-separated, every field quoted, CRLF line ends. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"'
      index++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ';') {
      row.push(cell)
      cell = ''
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index++
    } else {
      cell += char
    }
  }
  return rows
}

/** A year no other test file writes donations in: its totals are this file's alone. */
const year = 2014

/**
 * What treasurers and organisers see of the money (cms/donations/treasury/, the dashboard blocks,
 * the exports of cms/endpoints/treasury.ts), over rows written as the server writes them:
 * balances and months from the groups' ledger, the year's donations, donors and a group's account
 * as spreadsheets, each for whom it is meant only.
 */
describeOnDatabase('donations: the treasury (balances, monthly history, exports, who sees what)', () => {
  let payload: Payload
  let request: ApiClient['request']
  let alpha: ActionGroup
  let beta: ActionGroup
  let users: Record<'treasurer' | 'admin' | 'organiser' | 'otherOrganiser' | 'editor' | 'translator', User>
  const donations: Record<string, Donation> = {}
  const marker = uniqueSlug('benali')
  const logged: unknown[] = []
  const restoreLogger: (() => void)[] = []

  const donor = (firstName: string, lastName: string, email: string, postcode = '35000') => ({
    firstName,
    lastName,
    email,
    address: '12 rue de la Paix',
    postcode,
    city: 'Rennes',
    nationality: 'FR',
    residesInFrance: true,
    phone: '+33 6 12 34 56 78',
  })

  const donation = (data: Record<string, unknown>) =>
    payload.create({ collection: 'donations', data: { frequency: 'once', language: 'fr', ...data } as never })

  const ledger = (group: ActionGroup, donationRow: Donation, cents: number, createdAt: string, reason = 'payment') =>
    payload.create({
      collection: 'group-ledger',
      data: { group: group.id, donation: donationRow.id, kind: cents > 0 ? 'credit' : 'reversal', reason, cents, createdAt } as never,
    })

  const rowCounts = async () =>
    Promise.all(
      (['donations', 'group-ledger', 'monthly-donations', 'action-groups', 'users'] as const).map(
        async (collection) => (await payload.count({ collection })).totalDocs,
      ),
    )

  beforeAll(async () => {
    payload = await testPayload()
    request = (await apiClient()).request
    const group = (name: string) =>
      payload.create({ collection: 'action-groups', data: { name, slug: uniqueSlug('groupe'), kind: 'local' } })
    alpha = await group(`Alpha ${uniqueSlug('a')}`)
    beta = await group(`Bêta ${uniqueSlug('b')}`)
    users = {
      treasurer: await createUser(payload, 'treasurer'),
      admin: await createUser(payload, 'admin'),
      organiser: await createUser(payload, 'organiser', [], [alpha.id]),
      otherOrganiser: await createUser(payload, 'organiser', [], [beta.id]),
      editor: await createUser(payload, 'editor'),
      translator: await createUser(payload, 'translator', ['en']),
    }
    const nour = donor('Nour', `Benali ${marker}`, `${marker}@example.org`)
    const paid = (at: string, amountCents: number, nationalCents: number, shares: { group: ActionGroup; cents: number }[]) => ({
      status: 'succeeded',
      amountCents,
      nationalCents,
      shares: shares.map((share) => ({ group: share.group.id, cents: share.cents })),
      succeededAt: at,
      capYear: Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date(at))),
      stripe: { paymentIntentId: `pi_${uniqueSlug('x')}`, checkoutSessionId: `cs_${uniqueSlug('x')}` },
    })

    donations.first = await donation({ ...paid('2014-01-15T10:00:00.000Z', 5000, 2000, [{ group: alpha, cents: 3000 }]), donor: nour })
    await ledger(alpha, donations.first, 3000, '2014-01-15T10:00:05.000Z')
    // Paid at 00:30 on 1 April in France (still 31 March in UTC): an April payment. Nour has moved since.
    donations.monthly = await donation({
      ...paid('2014-03-31T22:30:00.000Z', 2000, 0, [
        { group: alpha, cents: 1000 },
        { group: beta, cents: 1000 },
      ]),
      frequency: 'monthly',
      donor: { ...nour, email: nour.email.toUpperCase().toLowerCase(), postcode: '75011', city: 'Paris' },
      stripe: { paymentIntentId: `pi_${uniqueSlug('m')}`, invoiceId: `in_${uniqueSlug('m')}` },
    })
    await ledger(alpha, donations.monthly, 1000, '2014-03-31T22:30:05.000Z')
    await ledger(beta, donations.monthly, 1000, '2014-03-31T22:30:05.000Z')
    donations.formula = await donation({
      ...paid('2014-02-10T09:00:00.000Z', 10000, 10000, []),
      donor: donor('=HYPERLINK("https://evil.example","clic")', `Martin ${marker}`, `martin-${marker}@example.org`),
    })
    donations.refunded = await donation({
      ...paid('2014-02-01T12:00:00.000Z', 4000, 0, [{ group: alpha, cents: 4000 }]),
      status: 'refunded',
      donor: donor('Claire', `Dubois ${marker}`, `claire-${marker}@example.org`),
    })
    await ledger(alpha, donations.refunded, 4000, '2014-02-01T12:00:05.000Z')
    await ledger(alpha, donations.refunded, -4000, '2014-03-05T08:00:00.000Z', 'refund')
    donations.disputed = await donation({
      ...paid('2014-05-10T12:00:00.000Z', 2500, 0, [{ group: beta, cents: 2500 }]),
      status: 'disputed',
      donor: donor('Paul', `Lefèvre ${marker}`, `paul-${marker}@example.org`),
    })
    await ledger(beta, donations.disputed, 2500, '2014-05-10T12:00:05.000Z')
    await ledger(beta, donations.disputed, -2500, '2014-06-02T08:00:00.000Z', 'dispute')
    donations.anonymised = await donation({
      ...paid('2014-07-01T12:00:00.000Z', 1500, 1500, []),
      donor: {},
      anonymisedAt: '2021-01-01T00:00:00.000Z',
    })
    donations.lastYear = await donation({ ...paid('2013-06-01T12:00:00.000Z', 6000, 0, [{ group: alpha, cents: 6000 }]), donor: nour })
    await ledger(alpha, donations.lastYear, 6000, '2013-06-01T12:00:05.000Z')
    // Paid over the yearly cap, and refunded at once: never marked paid, yet money in and out at Stripe.
    donations.overCap = await donation({
      ...paid('2014-08-01T12:00:00.000Z', 3000, 3000, []),
      succeededAt: null,
      status: 'refunded',
      refundedBecause: 'over-cap',
      donor: nour,
    })
    // Never paid: in no total and no export.
    donations.pending = await donation({ status: 'pending', amountCents: 9900, nationalCents: 9900, donor: nour })
    // Everything the CMS logs from here on is kept, to look for donors in it.
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      const original = payload.logger[level].bind(payload.logger)
      payload.logger[level] = ((...args: unknown[]) => {
        logged.push(args)
        return (original as (...rest: unknown[]) => void)(...args)
      }) as never
      restoreLogger.push(() => (payload.logger[level] = original as never))
    }
  })

  afterAll(() => restoreLogger.forEach((restore) => restore()))

  const tokens = new Map<string, string>()
  const tokenOf = async (user: User) => tokens.get(user.email) ?? tokens.set(user.email, await signIn(request, user.email)).get(user.email)!
  const as = async (who: keyof typeof users | 'anonymous', path: string) => {
    const token = who === 'anonymous' ? undefined : await tokenOf(users[who])
    const response = await request('GET', path, { token })
    const bytes = new Uint8Array(await response.arrayBuffer())
    return { response, status: response.status, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
  }
  const csvOf = (bytes: Uint8Array) => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)))
  }

  it('balances: the sum of each group’s rows, credits and reversals apart, this year and last month in France', async () => {
    const now = new Date('2014-05-15T12:00:00.000Z')
    const ours = (await groupBalances(payload, users.treasurer, now)).filter((account) =>
      [alpha.id, beta.id].map(String).includes(String(account.group.id)),
    )
    expect(ours).toEqual([
      {
        group: { id: alpha.id, name: alpha.name, slug: alpha.slug },
        creditsCents: 14_000,
        reversalsCents: -4000,
        balanceCents: 10_000,
        thisYearCents: 4000,
        lastMonthCents: 1000,
      },
      {
        group: { id: beta.id, name: beta.name, slug: beta.slug },
        creditsCents: 3500,
        reversalsCents: -2500,
        balanceCents: 1000,
        thisYearCents: 1000,
        lastMonthCents: 1000,
      },
    ])
    // An organiser: their own group only, the same figures.
    expect(await groupBalances(payload, users.organiser, now)).toEqual([ours[0]])
    for (const refused of [users.editor, users.translator]) await expect(groupBalances(payload, refused, now)).rejects.toThrow()
  })

  it('monthly history: credits, reversals, net and payments per month in France, and the year’s total', async () => {
    const history = await groupMonthlyHistory(payload, users.treasurer, alpha.id, year)
    const month = (number: number) => history.months[number - 1]
    expect(history.months).toHaveLength(12)
    expect(month(1)).toEqual({ month: 1, creditsCents: 3000, reversalsCents: 0, netCents: 3000, payments: 1 })
    expect(month(2)).toEqual({ month: 2, creditsCents: 4000, reversalsCents: 0, netCents: 4000, payments: 1 })
    expect(month(3)).toEqual({ month: 3, creditsCents: 0, reversalsCents: -4000, netCents: -4000, payments: 0 })
    expect(month(4)).toEqual({ month: 4, creditsCents: 1000, reversalsCents: 0, netCents: 1000, payments: 1 })
    expect(history.months.slice(4).every((rest) => rest.netCents === 0 && rest.payments === 0)).toBe(true)
    expect(history.total).toEqual({ creditsCents: 8000, reversalsCents: -4000, netCents: 4000, payments: 3 })
    expect((await groupMonthlyHistory(payload, users.treasurer, alpha.id, year - 1)).total.netCents).toBe(6000)
    expect((await groupMonthlyHistory(payload, users.organiser, alpha.id, year)).total).toEqual(history.total)
    await expect(groupMonthlyHistory(payload, users.organiser, beta.id, year)).rejects.toThrow()
    await expect(groupMonthlyHistory(payload, users.editor, alpha.id, year)).rejects.toThrow()
  })

  it('the year’s donations as CSV: BOM, header, a line per payment with its split, donor and Stripe ids; formulas disarmed', async () => {
    const before = await rowCounts()
    const { response, bytes } = await as('treasurer', `treasury/donations?year=${year}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="dons-${year}.csv"`)
    const [header, ...rows] = csvOf(bytes)
    expect(header).toEqual([
      'Payé le',
      'Don n°',
      'Fréquence',
      'État',
      'Motif du remboursement',
      'Montant (€)',
      'Part nationale (€)',
      `${alpha.name} (€)`,
      `${beta.name} (€)`,
      'Nom',
      'Prénom',
      'Adresse',
      'Code postal',
      'Ville',
      'Nationalité',
      'Résidence fiscale en France',
      'E-mail',
      'Téléphone',
      'Stripe : paiement (PaymentIntent)',
      'Stripe : facture',
      'Stripe : session de paiement',
    ])
    // Paid in 2014 (refunded and disputed ones too), oldest first; neither last year's nor the pending one. The
    // one refunded over the cap has no date paid: first or last, as the database sorts a missing date.
    const overCap = String(donations.overCap!.id)
    expect(rows.map((row) => row[1]).filter((id) => id !== overCap)).toEqual(
      ['first', 'refunded', 'formula', 'monthly', 'disputed', 'anonymised'].map((name) => String(donations[name]!.id)),
    )
    const line = (name: string) => rows.find((row) => row[1] === String(donations[name]!.id))!
    expect(line('first')).toEqual([
      '2014-01-15 11:00',
      String(donations.first!.id),
      'Ponctuel',
      'Réussi',
      '',
      '50,00',
      '20,00',
      '30,00',
      '',
      `Benali ${marker}`,
      'Nour',
      '12 rue de la Paix',
      '35000',
      'Rennes',
      'FR',
      'oui',
      `${marker}@example.org`,
      "'+33 6 12 34 56 78",
      donations.first!.stripe!.paymentIntentId,
      '',
      donations.first!.stripe!.checkoutSessionId,
    ])
    expect(line('monthly').slice(0, 9)).toEqual([
      '2014-04-01 00:30',
      String(donations.monthly!.id),
      'Mensuel',
      'Réussi',
      '',
      '20,00',
      '0,00',
      '10,00',
      '10,00',
    ])
    expect(line('monthly')[19]).toBe(donations.monthly!.stripe!.invoiceId)
    expect(line('refunded').slice(3, 5)).toEqual(['Remboursé', ''])
    expect(line('overCap').slice(0, 6)).toEqual(['', overCap, 'Ponctuel', 'Remboursé', 'Plafond légal dépassé', '30,00'])
    expect(line('disputed')[3]).toBe('Contesté')
    expect(line('formula')[10]).toBe('\'=HYPERLINK("https://evil.example","clic")')
    expect(line('anonymised').slice(9, 18)).toEqual(Array(9).fill('anonymisé'))
    // No total line: accounting tools sum the column.
    expect(rows.reduce((sum, row) => sum + Number(row[5]!.replace(',', '.')), 0)).toBe(280)
    expect(await rowCounts()).toEqual(before)
  })

  it('a group’s account as CSV: its rows of the year, oldest first, then its total; no donor', async () => {
    const { response, bytes, text } = await as('organiser', `treasury/group?group=${alpha.id}&year=${year}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="compte-${alpha.slug}-${year}.csv"`)
    expect(csvOf(bytes)).toEqual([
      ['Date', 'Nature', 'Motif', 'Montant (€)', 'Don n°'],
      ['2014-01-15 11:00', 'Crédit', 'Don reçu', '30,00', String(donations.first!.id)],
      ['2014-02-01 13:00', 'Crédit', 'Don reçu', '40,00', String(donations.refunded!.id)],
      ['2014-03-05 09:00', 'Annulation', 'Remboursement', '-40,00', String(donations.refunded!.id)],
      ['2014-04-01 00:30', 'Crédit', 'Don reçu', '10,00', String(donations.monthly!.id)],
      ['Total 2014', '', '', '40,00', ''],
    ])
    expect(text).not.toContain(marker)
    const treasurers = await as('treasurer', `treasury/group?group=${beta.id}&year=${year}`)
    expect(csvOf(treasurers.bytes).slice(1)).toEqual([
      ['2014-04-01 00:30', 'Crédit', 'Don reçu', '10,00', String(donations.monthly!.id)],
      ['2014-05-10 14:00', 'Crédit', 'Don reçu', '25,00', String(donations.disputed!.id)],
      ['2014-06-02 10:00', 'Annulation', 'Contestation', '-25,00', String(donations.disputed!.id)],
      ['Total 2014', '', '', '10,00', ''],
    ])
  })

  it('donors as CSV (tax receipts): a line per email, succeeded payments only, identity of the latest, first and last dates', async () => {
    const { response, bytes } = await as('admin', `treasury/donors?year=${year}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="donateurs-${year}.csv"`)
    const [header, ...rows] = csvOf(bytes)
    expect(header).toEqual([
      'Nom',
      'Prénom',
      'E-mail',
      'Adresse',
      'Code postal',
      'Ville',
      'Nationalité',
      'Résidence fiscale en France',
      'Téléphone',
      'Nombre de paiements',
      'Total net (€)',
      'Premier paiement',
      'Dernier paiement',
    ])
    const ours = rows.filter((row) => row[0]!.endsWith(marker))
    expect(ours).toEqual([
      [
        `Benali ${marker}`,
        'Nour',
        `${marker}@example.org`,
        '12 rue de la Paix',
        '75011',
        'Paris',
        'FR',
        'oui',
        "'+33 6 12 34 56 78",
        '2',
        '70,00',
        '2014-01-15',
        '2014-04-01',
      ],
      [
        `Martin ${marker}`,
        '\'=HYPERLINK("https://evil.example","clic")',
        `martin-${marker}@example.org`,
        '12 rue de la Paix',
        '35000',
        'Rennes',
        'FR',
        'oui',
        "'+33 6 12 34 56 78",
        '1',
        '100,00',
        '2014-02-10',
        '2014-02-10',
      ],
    ])
  })

  it('who gets which export: organisers their own group’s account only; editors, translators and strangers nothing', async () => {
    const before = await rowCounts()
    const paths = {
      donations: `treasury/donations?year=${year}`,
      donors: `treasury/donors?year=${year}`,
      alpha: `treasury/group?group=${alpha.id}&year=${year}`,
      beta: `treasury/group?group=${beta.id}&year=${year}`,
    }
    const expected: Record<keyof typeof users | 'anonymous', Record<keyof typeof paths, number>> = {
      anonymous: { donations: 401, donors: 401, alpha: 401, beta: 401 },
      editor: { donations: 403, donors: 403, alpha: 403, beta: 403 },
      translator: { donations: 403, donors: 403, alpha: 403, beta: 403 },
      organiser: { donations: 403, donors: 403, alpha: 200, beta: 403 },
      otherOrganiser: { donations: 403, donors: 403, alpha: 403, beta: 200 },
      treasurer: { donations: 200, donors: 200, alpha: 200, beta: 200 },
      admin: { donations: 200, donors: 200, alpha: 200, beta: 200 },
    }
    for (const [who, statuses] of Object.entries(expected) as [keyof typeof expected, Record<keyof typeof paths, number>][]) {
      const actual: Record<string, number> = {}
      for (const [name, path] of Object.entries(paths)) {
        const answer = await as(who, path)
        actual[name] = answer.status
        if (answer.status !== 200) {
          expect(answer.response.headers.get('content-type')).toMatch(/^application\/json/)
          expect(answer.text).not.toContain(marker)
        }
      }
      expect({ who, ...actual }).toEqual({ who, ...statuses })
    }
    // A refusal in the reader's language, as Payload's own.
    const english = await request('GET', paths.donations, { token: await tokenOf(users.editor), adminLanguage: 'en' })
    expect(await english.json()).toEqual({ errors: [{ message: 'You are not allowed to perform this action.' }] })
    expect((await as('treasurer', 'treasury/donations?year=20x4')).status).toBe(400)
    expect((await as('treasurer', `treasury/group?group=999999999&year=${year}`)).status).toBe(404)
    expect(await rowCounts()).toEqual(before)
  })

  it('the dashboard: the treasurer’s totals, exports, accounts and a month-by-month history; an organiser’s own groups, no donor', async () => {
    const i18n = { language: 'fr', t: (key: string) => key }
    const searchParams = { treasuryYear: String(year), accountOf: String(alpha.id) }
    const render = async (block: typeof TreasuryDashboard, user: User) =>
      renderToStaticMarkup((await block({ payload, i18n, user, searchParams } as never)) ?? '').replaceAll(/\s/g, ' ')
    const euros = (cents: number) =>
      new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(cents / 100).replaceAll(/\s/g, ' ')

    const treasurers = await render(TreasuryDashboard, users.treasurer)
    expect(treasurers).toContain('Dons de 2014')
    for (const [label, value] of [
      ['Paiements', '7'],
      ['Reçus', euros(28_000)],
      ['Remboursés ou contestés', euros(9500)],
      ['Net', euros(18_500)],
      ['Part nationale', euros(13_500)],
      ['Parts fléchées vers les groupes', euros(5000)],
    ]) {
      expect(treasurers).toMatch(new RegExp(`<th scope="row"[^>]*>${label}</th><td[^>]*>${value}</td>`))
    }
    expect(treasurers).toContain(`href="/api/treasury/donations?year=2014"`)
    expect(treasurers).toContain(`href="/api/treasury/donors?year=2014"`)
    expect(treasurers).toContain(`href="/api/treasury/group?year=2014&amp;group=${alpha.id}"`)
    expect(treasurers).toContain(beta.name)
    expect(treasurers).toContain(`Compte de ${alpha.name} en 2014, mois par mois`)
    expect(treasurers).toContain(euros(10_000))

    const organisers = await render(GroupAccounts, users.organiser)
    expect(organisers).toContain(alpha.name)
    expect(organisers).not.toContain(beta.name)
    expect(organisers).toContain(`href="/api/treasury/group?year=2014&amp;group=${alpha.id}"`)
    expect(organisers).toContain(`Compte de ${alpha.name} en 2014, mois par mois`)
    expect(organisers).not.toMatch(new RegExp(`${marker}|treasury/donations|treasury/donors`))
    // Someone else's group asked for in the address: no history.
    const asked = renderToStaticMarkup(
      (await GroupAccounts({
        payload,
        i18n,
        user: users.organiser,
        searchParams: { ...searchParams, accountOf: String(beta.id) },
      } as never)) ?? '',
    )
    expect(asked).not.toContain('mois par mois')

    expect(await render(GroupAccounts, users.treasurer)).toBe('')
    for (const user of [users.organiser, users.editor, users.translator]) expect(await render(TreasuryDashboard, user)).toBe('')
    for (const user of [users.editor, users.translator]) expect(await render(GroupAccounts, user)).toBe('')
  })

  it('logs name no donor: ids only', () => {
    expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${marker}|Nour|HYPERLINK`))
  })
})
