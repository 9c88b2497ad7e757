import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { eurosIn } from '../../cms/donations/emails/compose'
import { manageTokenFor } from '../../cms/donations/manageToken'
import { personKeyOf } from '../../cms/donations/personsYear'
import { yearAndMonthInFrance } from '../../cms/donations/yearlyCap'
import { databaseKind } from '../../cms/database'
import { type DonationEmailKind, queueDonationEmail } from '../../cms/jobs/donationEmails'
import { emailQueue } from '../../cms/jobs/registrationEmails'
import type { Donation, MonthlyDonation } from '../../cms/payload-types'
import { env } from '../../env'
import { describeOnDatabase, testPayload } from './database'
import { uniqueSlug } from './fixtures'
import { LoopbackMailbox } from './loopbackMailbox'

type Id = number | string
type Language = Donation['language']

const manageLinkOf = (text: string) => {
  const link = /(https?:\/\/\S+\/api\/public\/monthly-donation\?\S+)/.exec(text)?.[1]
  return link ? new URL(link) : null
}

describeOnDatabase('donation emails: queued jobs, sent over SMTP in the donor’s language', () => {
  let payload: Payload
  const mailbox = new LoopbackMailbox()
  const groups: { id: Id; name: string }[] = []
  const logged: string[] = []
  const personalData: string[] = []
  /** Every job the email queue held, as stored (a completed job is deleted). */
  const storedJobs: { taskSlug?: string | null; input?: unknown }[] = []
  const thisYear = yearAndMonthInFrance(new Date()).year

  beforeAll(async () => {
    await mailbox.open()
    // The email adapter reads SMTP_URL when the CMS starts.
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`
    payload = await testPayload()
    // Files before this one share the database and may leave email jobs queued: this file's are its own.
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: emailQueue } } })
    for (const name of ['Groupe Lille-Centre', 'Groupe Saint-Denis']) {
      const group = await payload.create({ collection: 'action-groups', data: { name, slug: uniqueSlug('groupe'), kind: 'local' } })
      groups.push({ id: group.id, name })
    }
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
      const original = logger[level]!.bind(payload.logger)
      logger[level] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg))).join(' '))
        original(...args)
      }
    }
  })

  afterAll(async () => {
    await mailbox.close()
  })

  const donor = () => {
    const lastName = `Benali-${uniqueSlug('x').slice(2)}`
    const identity = {
      firstName: 'Yasmine',
      lastName,
      email: `${lastName.toLowerCase()}@example.org`,
      address: '8 rue de la Paix',
      postcode: '93200',
      city: 'Saint-Denis',
      nationality: 'FR',
      residesInFrance: true,
      phone: '06 98 76 54 32',
    }
    personalData.push(identity.lastName, identity.email, identity.address, identity.phone)
    return { ...identity, personKey: personKeyOf(identity) }
  }

  /** 50 €: 20 € to Lille-Centre, 10 € to Saint-Denis, 20 € national. */
  const split = () => ({
    amountCents: 5_000,
    nationalCents: 2_000,
    shares: [
      { group: groups[0]!.id, cents: 2_000 },
      { group: groups[1]!.id, cents: 1_000 },
    ],
  })

  const monthlyDonation = (language: Language, status: MonthlyDonation['status']) =>
    payload.create({
      collection: 'monthly-donations',
      data: { status, ...split(), donor: donor(), language, manageTokenHash: uniqueSlug('hash') } as never,
    })

  const donation = (language: Language, status: Donation['status'], changes: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'donations',
      data: {
        frequency: 'once',
        status,
        ...split(),
        donor: donor(),
        language,
        succeededAt: new Date().toISOString(),
        capYear: thisYear,
        ...changes,
      } as never,
    })

  /** Runs the email queue as the admin server's autoRun does, until nothing is due. */
  const deliver = async () => {
    storedJobs.push(...(await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs)
    for (let round = 0; round < 5; round++) {
      const { remainingJobsFromQueried } = await payload.jobs.run({ queue: emailQueue, limit: 100 })
      if (remainingJobsFromQueried === 0) break
    }
  }

  /** Queues one email, delivers, and gives what reached the donor's address. */
  const sent = async (kind: DonationEmailKind, row: Donation | MonthlyDonation) => {
    const monthly = kind === 'monthly-failed' || kind === 'monthly-cancelled'
    await queueDonationEmail(payload, monthly ? { kind, monthlyDonation: row.id } : { kind, donation: row.id })
    await deliver()
    return mailbox.to(row.donor!.email!)
  }

  const arabicGroupsAndAmounts = (mail: ParsedMail) => {
    expect(mail.text).toContain(`Groupe Lille-Centre: ${eurosIn('ar', 2_000)}`)
    expect(mail.text).toContain(`Groupe Saint-Denis: ${eurosIn('ar', 1_000)}`)
    expect(mail.text).toContain(`المنظمة الوطنية: ${eurosIn('ar', 2_000)}`)
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
  }

  it('an email queued beneath Payload is stored as Payload’s own queue stores it', async () => {
    if (databaseKind(env.databaseUrl) === 'mongodb') return // There it is Payload's own queue.
    const input = { kind: 'refund' as const, donation: String(uniqueSlug('id')) }
    await queueDonationEmail(payload, input)
    const ours = (await payload.find({ collection: 'payload-jobs', where: { 'input.donation': { equals: input.donation } }, depth: 0 }))
      .docs
    const theirs = await payload.jobs.queue({ task: 'donationEmail', input, queue: emailQueue })
    expect(ours).toHaveLength(1)
    const comparable = (job: object) => {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = job as Record<string, unknown>
      return rest
    }
    expect(comparable(ours[0]!)).toEqual(comparable(theirs))
    await payload.delete({ collection: 'payload-jobs', where: { 'input.donation': { equals: input.donation } } })
  })

  it('thanks a one-off donor in French: amount, split, cost after the tax reduction, the receipt; no manage link', async () => {
    const row = await donation('fr', 'succeeded')
    const mails = await sent('thank-you', row)
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.subject).toBe('Merci pour votre don')
    expect(mail.from?.text).toContain(env.mailFrom.address)
    expect(mail.text).toContain('Bonjour Yasmine,')
    expect(mail.text).toContain('Merci pour votre don de 50\u00a0€ : il est bien reçu.')
    expect(mail.text).toContain('Groupe Lille-Centre\u00a0: 20\u00a0€')
    expect(mail.text).toContain('Groupe Saint-Denis\u00a0: 10\u00a0€')
    expect(mail.text).toContain('Organisation nationale\u00a0: 20\u00a0€')
    // 50 € less 66 %: 17 €.
    expect(mail.text).toContain('ce don ne vous coûte que 17\u00a0€.')
    expect(mail.text).toContain('Un reçu fiscal vous sera adressé')
    expect(mail.text).toContain(`pendant ${env.donations.retentionYears} ans après la fin de l’année du don`)
    expect(manageLinkOf(mail.text!)).toBeNull()
    expect(mail.html).toContain('<html lang="fr" dir="ltr">')
    expect(mail.html).not.toMatch(/<img|src=/)
  })

  it('thanks a monthly donor in Arabic once, with the personal link to change or stop it', async () => {
    const monthly = await monthlyDonation('ar', 'active')
    personalData.push(manageTokenFor(monthly))
    const payment = () => donation('ar', 'succeeded', { frequency: 'monthly', monthlyDonation: monthly.id, donor: monthly.donor })
    const first = await payment()
    const mails = await sent('thank-you', first)
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.subject).toBe('شكرًا على تبرعك')
    expect(mail.text).toContain('مرحبًا Yasmine،')
    expect(mail.text).toContain(`شكرًا على تبرعك الشهري بمبلغ ${eurosIn('ar', 5_000)}`)
    expect(mail.text).toContain(eurosIn('ar', 1_700))
    arabicGroupsAndAmounts(mail)
    const link = manageLinkOf(mail.text!)!
    expect(`${link.origin}${link.pathname}`).toBe(`${env.serverUrl}/api/public/monthly-donation`)
    expect(link.searchParams.get('token')).toBe(manageTokenFor(monthly))
    expect(link.searchParams.get('lang')).toBe('ar')
    expect(mail.html).toContain(`href="${link.toString().replaceAll('&', '&#38;')}"`)

    // The next month's payment: no email.
    expect(await sent('thank-you', await payment())).toHaveLength(1)
  })

  it('tells of a failed monthly payment, in French and in Arabic, with the link; not once a retry succeeded', async () => {
    const french = await monthlyDonation('fr', 'past-due')
    const [frenchMail] = await sent('monthly-failed', french)
    expect(frenchMail!.subject).toBe('Le paiement de votre don mensuel n’a pas abouti')
    expect(frenchMail!.text).toContain('Le paiement de ce mois de votre don mensuel de 50\u00a0€ n’a pas abouti.')
    expect(frenchMail!.text).toContain('dans les prochains jours')
    expect(manageLinkOf(frenchMail!.text!)!.searchParams.get('token')).toBe(manageTokenFor(french))
    expect(frenchMail!.text).toContain(`${env.siteUrl.replace(/\/$/, '')}/fr/`)

    const arabic = await monthlyDonation('ar', 'past-due')
    const [arabicMail] = await sent('monthly-failed', arabic)
    expect(arabicMail!.subject).toBe('لم يتم دفع تبرعك الشهري')
    expect(arabicMail!.text).toContain(eurosIn('ar', 5_000))
    expect(arabicMail!.html).toContain('<html lang="ar" dir="rtl">')
    expect(manageLinkOf(arabicMail!.text!)!.searchParams.get('lang')).toBe('ar')

    const recovered = await monthlyDonation('fr', 'active')
    expect(await sent('monthly-failed', recovered)).toHaveLength(0)
  })

  it('tells of a refund, in French and in Arabic, with the shares withdrawn', async () => {
    const french = await donation('fr', 'refunded', { succeededAt: '2026-03-14T10:00:00.000Z' })
    const [frenchMail] = await sent('refund', french)
    expect(frenchMail!.subject).toBe('Votre don vous a été remboursé')
    expect(frenchMail!.text).toContain('Votre don de 50\u00a0€ du 14 mars 2026 vous a été remboursé')
    expect(frenchMail!.text).toContain('Les parts fléchées vers des groupes d’action leur ont été retirées.')
    expect(frenchMail!.text).toContain('Groupe Lille-Centre\u00a0: 20\u00a0€')
    expect(frenchMail!.text).toContain('Aucun reçu fiscal ne sera émis pour ce don.')

    const arabic = await donation('ar', 'refunded')
    const [arabicMail] = await sent('refund', arabic)
    expect(arabicMail!.subject).toBe('تم ردّ مبلغ تبرعك إليك')
    expect(arabicMail!.text).toContain(`تم ردّ تبرعك بمبلغ ${eurosIn('ar', 5_000)}`)
    arabicGroupsAndAmounts(arabicMail!)
  })

  it('explains a refund over the yearly cap, with the 7,500 € and what the donor may still give', async () => {
    const french = await donation('fr', 'refunded')
    // Earlier this year, the same person gave 7,200 €: 300 € are left.
    await donation('fr', 'succeeded', { donor: french.donor, amountCents: 720_000, nationalCents: 720_000, shares: [] })
    const [frenchMail] = await sent('over-cap-refund', french)
    expect(frenchMail!.subject).toBe('Votre don vous a été remboursé : plafond légal annuel atteint')
    expect(frenchMail!.text).toContain('à 7\u202f500\u00a0€ par année civile, tous partis confondus')
    expect(frenchMail!.text).toContain('Vous pouvez encore nous donner jusqu’à 300\u00a0€ cette année')

    const arabic = await donation('ar', 'refunded', { amountCents: 10_000, nationalCents: 10_000, shares: [] })
    await donation('ar', 'succeeded', { donor: arabic.donor, amountCents: 750_000, nationalCents: 750_000, shares: [] })
    const [arabicMail] = await sent('over-cap-refund', arabic)
    expect(arabicMail!.subject).toBe('تم ردّ مبلغ تبرعك إليك: بلغتَ الحد القانوني السنوي')
    expect(arabicMail!.text).toContain(`بمبلغ ${eurosIn('ar', 750_000)} في السنة الميلادية`)
    expect(arabicMail!.text).toContain('لقد بلغتَ هذا الحد لهذا العام')
  })

  it('confirms a monthly donation stopped, in French and in Arabic, without a link', async () => {
    const french = await monthlyDonation('fr', 'cancelled')
    const [frenchMail] = await sent('monthly-cancelled', french)
    expect(frenchMail!.subject).toBe('Votre don mensuel est arrêté')
    expect(frenchMail!.text).toContain('Votre don mensuel de 50\u00a0€ est arrêté : aucun autre paiement ne sera prélevé.')
    expect(manageLinkOf(frenchMail!.text!)).toBeNull()

    const arabic = await monthlyDonation('ar', 'cancelled')
    const [arabicMail] = await sent('monthly-cancelled', arabic)
    expect(arabicMail!.subject).toBe('تم إيقاف تبرعك الشهري')
    expect(arabicMail!.text).toContain(`تم إيقاف تبرعك الشهري بمبلغ ${eurosIn('ar', 5_000)}`)
    expect(arabicMail!.html).toContain('<html lang="ar" dir="rtl">')
  })

  it('sends nothing for an anonymised donor, nor a thank-you for a payment refunded meanwhile', async () => {
    const anonymised = await donation('fr', 'refunded', { anonymisedAt: new Date().toISOString() })
    const before = mailbox.received.length
    await queueDonationEmail(payload, { kind: 'refund', donation: anonymised.id })
    await deliver()
    expect(mailbox.received).toHaveLength(before)
    expect(logged.join('\n')).toContain(`donation ${anonymised.id} not sent: identity anonymised`)

    const refunded = await donation('fr', 'refunded')
    expect(await sent('thank-you', refunded)).toHaveLength(0)
  })

  it('keeps personal data out of the jobs and the log', () => {
    const inputs = storedJobs.filter(({ taskSlug }) => taskSlug === 'donationEmail').map(({ input }) => input as Record<string, unknown>)
    expect(inputs.length).toBeGreaterThan(10)
    for (const input of inputs) {
      expect(Object.keys(input)).toContain('kind')
      for (const key of Object.keys(input)) expect(['kind', 'donation', 'monthlyDonation']).toContain(key)
    }
    const stored = JSON.stringify(storedJobs)
    const log = logged.join('\n')
    for (const value of personalData) {
      expect(stored).not.toContain(value)
      expect(log).not.toContain(value)
    }
  })
})
