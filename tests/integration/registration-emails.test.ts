import { randomUUID } from 'node:crypto'

import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { emailQueue, queueRegistrationEmail } from '../../cms/jobs/registrationEmails'
import { queueDueReminders } from '../../cms/jobs/reminders'
import { cancelRegistration } from '../../cms/registrations/cancel'
import { type SignUpRequest, signUp } from '../../cms/registrations/signUp'
import { env } from '../../env'
import { calendarUid } from '../../publication/calendar'
import { calendarDomain } from '../../publication/snapshot/mappers/events'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, eventData, uniqueSlug } from './fixtures'
import { LoopbackMailbox } from './loopbackMailbox'

const calendarOfMail = (mail: ParsedMail) => {
  const attachment = mail.attachments.find((file) => file.contentType.startsWith('text/calendar'))
  if (!attachment) return null
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')))
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) }
}

const cancelLinkOf = (text: string) => {
  const link = /(https?:\/\/\S+\/api\/public\/cancel\?\S+)/.exec(text)?.[1]
  return link ? new URL(link) : null
}

describeOnDatabase('registration emails: queued jobs, sent over SMTP', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  const mailbox = new LoopbackMailbox()
  /** Every line the CMS logged during these tests, and every registrant's name and email, to check none reached it. */
  const logged: string[] = []
  const personalData: string[] = []
  /** Every job the email queue held, as stored (a completed job is deleted). */
  const storedJobs: unknown[] = []

  beforeAll(async () => {
    await mailbox.open()
    // The email adapter reads SMTP_URL when the CMS starts.
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`
    payload = await testPayload()
    // Files before this one share the database and leave email jobs queued (they never run them): this
    // file's deliveries and counts are its own.
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'email' } } })
    basics = await createEventBasics(payload)
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

  const newEvent = async (overrides: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'events',
      data: eventData(basics, {
        place: { venue: 'Salle des fêtes', address: '3 rue Solférino', postcode: '59000', city: 'Lille', department: '59' },
        ...overrides,
        registration: { mode: 'site', capacity: 100, waitlist: true, maxGuests: 2, ...(overrides.registration as object) },
      }) as never,
    })

  const person = (eventId: number | string, overrides: Partial<SignUpRequest> = {}): SignUpRequest => {
    const request = {
      eventId,
      firstName: `Camille${randomUUID().slice(0, 6)}`,
      email: `${uniqueSlug('camille')}@example.org`,
      guests: 0,
      language: 'fr' as const,
      consentText: 'J’accepte que mes données servent à organiser cet événement.',
      ...overrides,
    }
    personalData.push(request.firstName, request.email)
    return request
  }

  /** Runs the email queue as the admin server's autoRun does, until nothing is due. */
  const deliver = async () => {
    storedJobs.push(...(await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs)
    for (let round = 0; round < 5; round++) {
      const { remainingJobsFromQueried } = await payload.jobs.run({ queue: 'email', limit: 100 })
      if (remainingJobsFromQueried === 0) break
    }
  }

  /** Lets time pass for the jobs waiting to be retried (their backoff is minutes long). */
  const retryNow = async () => {
    await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'email' } }, { completedAt: { exists: false } }] },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }

  it('an email queued beneath Payload is stored as Payload’s own queue stores it', async () => {
    const input = { registration: String(randomUUID()), kind: 'reminder' as const }
    const ours = await queueRegistrationEmail(payload, input.registration, input.kind).then(
      async () =>
        (await payload.find({ collection: 'payload-jobs', where: { 'input.registration': { equals: input.registration } }, depth: 0 }))
          .docs,
    )
    const theirs = await payload.jobs.queue({ task: 'registrationEmail', input, queue: emailQueue })
    expect(ours).toHaveLength(1)
    /** A job as stored, less what differs between any two jobs. */
    const comparable = (job: object) => {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = job as Record<string, unknown>
      return rest
    }
    expect(comparable(ours[0]!)).toEqual(comparable(theirs))
    await payload.delete({ collection: 'payload-jobs', where: { 'input.registration': { equals: input.registration } } })
  })

  it('the confirmation arrives in French, text and HTML, with the .ics and a cancel link that cancels', async () => {
    const event = await newEvent()
    const request = person(event.id, { guests: 2 })
    const result = await signUp(payload, request)
    expect(result.outcome).toBe('confirmed')
    expect(mailbox.to(request.email)).toHaveLength(0) // queued, not sent inline

    await deliver()
    const mails = mailbox.to(request.email)
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.subject).toBe('Inscription confirmée : Réunion de quartier')
    expect(mail.from?.text).toContain(env.mailFrom.address)
    expect(mail.text).toContain(`Bonjour ${request.firstName},`)
    expect(mail.text).toContain('lundi 1 juin 2099')
    expect(mail.text).toContain('10:00')
    expect(mail.text).toContain('Salle des fêtes, 3 rue Solférino, 59000 Lille')
    expect(mail.text).toContain('Accompagnant·es\u00a0: 2')
    expect(mail.text).toContain(`/fr/events/${event.slug}/`)
    expect(mail.html).toContain('<html lang="fr" dir="ltr">')
    expect(mail.html).not.toMatch(/<img|src=/)

    const ics = calendarOfMail(mail)!
    expect(ics.calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(ics.event.uid).toBe(calendarUid(event.id, calendarDomain(env.serverUrl)))
    expect(ics.event.sequence).toBe(0)
    expect(ics.event.startDate.toJSDate().toISOString()).toBe('2099-06-01T08:00:00.000Z')

    const link = cancelLinkOf(mail.text!)!
    expect(`${link.origin}${link.pathname}`).toBe(`${env.serverUrl}/api/public/cancel`)
    expect(link.searchParams.get('lang')).toBe('fr')
    expect(link.searchParams.get('token')).toBe(result.cancelToken)
    expect(link.searchParams.get('token')).toBeTruthy()
    expect(await cancelRegistration(payload, link.searchParams.get('token')!)).toMatchObject({ outcome: 'cancelled' })
  })

  it('in Arabic: the registrant’s language, right to left', async () => {
    const event = await newEvent()
    const request = person(event.id, { language: 'ar' })
    await signUp(payload, request)
    await deliver()
    const [mail] = mailbox.to(request.email)
    expect(mail!.subject).toBe('تأكيد التسجيل: Réunion de quartier')
    expect(mail!.text).toContain(`مرحبًا ${request.firstName}،`)
    expect(mail!.html).toContain('<html lang="ar" dir="rtl">')
    expect(cancelLinkOf(mail!.text!)!.searchParams.get('lang')).toBe('ar')
    expect(calendarOfMail(mail!)).not.toBeNull()
  })

  it('the same email again: nothing added, and an email says they were already registered, with the cancel link again', async () => {
    const event = await newEvent()
    const request = person(event.id)
    const first = await signUp(payload, request)
    const again = await signUp(payload, { ...request, email: request.email.toUpperCase() })
    expect(again.outcome).toBe('already-registered')
    await deliver()
    const mails = mailbox.to(request.email)
    // Both go out in the same run, in parallel: in either order.
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      'Inscription confirmée : Réunion de quartier',
      'Votre inscription : Réunion de quartier',
    ])
    const alreadyRegistered = mails.find((mail) => mail.subject === 'Votre inscription : Réunion de quartier')!
    expect(alreadyRegistered.text).toContain('Vous étiez déjà inscrit·e à cet événement et votre inscription est confirmée.')
    expect(cancelLinkOf(alreadyRegistered.text!)!.searchParams.get('token')).toBe(first.cancelToken)
    expect(calendarOfMail(alreadyRegistered)).not.toBeNull()
    const { totalDocs } = await payload.count({ collection: 'registrations', where: { event: { equals: event.id } } })
    expect(totalDocs).toBe(1)
  })

  it('SMTP down (refusing, then nothing listening): the sign-up succeeds, the job is retried, the email arrives once the server is back, once', async () => {
    const event = await newEvent()
    const request = person(event.id)
    mailbox.refusing = true
    try {
      expect((await signUp(payload, request)).outcome).toBe('confirmed')
      await deliver()
      await mailbox.close()
      await retryNow()
      await deliver()
    } finally {
      mailbox.refusing = false
      await mailbox.open()
    }
    expect(mailbox.to(request.email)).toHaveLength(0)
    const { docs: waiting } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'registrationEmail' } }, { completedAt: { exists: false } }] },
    })
    expect(waiting).toHaveLength(1)
    expect(waiting[0]!.totalTried).toBe(2)
    expect(waiting[0]!.hasError).toBeFalsy()
    expect(new Date(waiting[0]!.waitUntil!).getTime()).toBeGreaterThan(Date.now())

    await retryNow()
    await deliver()
    await retryNow()
    await deliver()
    expect(mailbox.to(request.email)).toHaveLength(1)
    // Done: a completed job is deleted from the queue.
    expect(await payload.findByID({ collection: 'payload-jobs', id: waiting[0]!.id, disableErrors: true })).toBeNull()
  })

  it('a cancellation frees the seat: the first waitlisted person is promoted and told so, with the .ics', async () => {
    const event = await newEvent({ registration: { capacity: 1 } })
    const first = person(event.id)
    const second = person(event.id)
    const { cancelToken } = await signUp(payload, first)
    expect((await signUp(payload, second)).outcome).toBe('waitlisted')
    await deliver()
    const [waitlisted] = mailbox.to(second.email)
    expect(waitlisted!.subject).toBe('Liste d’attente : Réunion de quartier')
    expect(calendarOfMail(waitlisted!)).toBeNull()

    expect((await cancelRegistration(payload, cancelToken!)).promoted).toHaveLength(1)
    await deliver()
    const mails = mailbox.to(second.email)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Liste d’attente : Réunion de quartier',
      'Une place s’est libérée : Réunion de quartier',
    ])
    expect(calendarOfMail(mails[1]!)).not.toBeNull()
    // The person who cancelled is erased at once: nothing more is sent to them.
    expect(mailbox.to(first.email)).toHaveLength(1)

    // Cancelled before its confirmation went out: the job completes without sending.
    const hasty = person(event.id)
    const { cancelToken: hastyToken } = await signUp(payload, hasty)
    await cancelRegistration(payload, hastyToken!)
    await deliver()
    expect(mailbox.to(hasty.email)).toHaveLength(0)
    const { totalDocs: left } = await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'email' } } })
    expect(left).toBe(0)
  })

  it('a published change of time sends "changed" with the new time and SEQUENCE + 1; drafts send nothing', async () => {
    const event = await newEvent()
    const confirmed = person(event.id)
    await signUp(payload, confirmed)
    await deliver()

    const moved = { startsAt: '2099-06-02T16:00:00.000Z', endsAt: '2099-06-02T18:00:00.000Z' }
    await payload.update({ collection: 'events', id: event.id, draft: true, data: moved })
    await deliver()
    expect(mailbox.to(confirmed.email)).toHaveLength(1)
    const live = await payload.findByID({ collection: 'events', id: event.id })
    expect(live.calendarSequence).toBe(0)

    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } })
    await deliver()
    const mails = mailbox.to(confirmed.email)
    expect(mails).toHaveLength(2)
    expect(mails[1]!.subject).toBe('Changement : Réunion de quartier')
    expect(mails[1]!.text).toContain('mardi 2 juin 2099')
    expect(mails[1]!.text).toContain('18:00')
    const ics = calendarOfMail(mails[1]!)!
    expect(ics.event.sequence).toBe(1)
    expect(ics.event.startDate.toJSDate().toISOString()).toBe(moved.startsAt)

    // A publication that changes nothing the registrants are told about raises SEQUENCE and sends nothing.
    await payload.update({ collection: 'events', id: event.id, data: { summary: 'Nouveau résumé.', _status: 'published' } })
    await deliver()
    expect(mailbox.to(confirmed.email)).toHaveLength(2)
    expect((await payload.findByID({ collection: 'events', id: event.id })).calendarSequence).toBe(2)

    // Taken offline, then published again with another place: still the same event to its registrants.
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft' } })
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { place: { venue: 'Maison des associations', city: 'Roubaix', department: '59' }, _status: 'published' },
    })
    await deliver()
    const [, , movedAgain] = mailbox.to(confirmed.email)
    expect(movedAgain!.subject).toBe('Changement : Réunion de quartier')
    expect(movedAgain!.text).toContain('Maison des associations, 3 rue Solférino, 59000 Roubaix')
    expect(calendarOfMail(movedAgain!)!.event.sequence).toBe(3)
  })

  it('a cancelled event: confirmed and waitlisted people are told, with a CANCELLED .ics for those who held a seat', async () => {
    const event = await newEvent({ registration: { capacity: 1 } })
    const confirmed = person(event.id)
    const waiting = person(event.id, { language: 'en' })
    await signUp(payload, confirmed)
    await signUp(payload, waiting)
    await deliver()

    await payload.update({ collection: 'events', id: event.id, data: { eventStatus: 'cancelled', _status: 'published' } })
    await deliver()
    const [, cancelled] = mailbox.to(confirmed.email)
    expect(cancelled!.subject).toBe('Annulé : Réunion de quartier')
    expect(cancelLinkOf(cancelled!.text!)).toBeNull()
    const ics = calendarOfMail(cancelled!)!
    expect(ics.event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(ics.event.sequence).toBe(1)
    expect(mailbox.to(waiting.email).map((mail) => mail.subject)).toEqual([
      'Waiting list: Réunion de quartier',
      'Cancelled: Réunion de quartier',
    ])
  })

  it('reminders: each confirmed registrant of an event within 24 hours is reminded once, even by 5 runs at once, and again for a new date', async () => {
    const hours = (count: number) => new Date(Date.now() + count * 3_600_000).toISOString()
    const soon = await newEvent({ startsAt: hours(12), endsAt: hours(14) })
    const later = await newEvent({ startsAt: hours(48), endsAt: hours(50) })
    // Registrations other files left in the shared database are not this test's to remind: they are
    // marked reminded after every window it looks at (the last one, below, ends 84 hours from now).
    await payload.update({
      collection: 'registrations',
      where: {},
      data: { remindedAt: hours(100) },
      overrideAccess: true,
    })
    const soonPeople = [person(soon.id), person(soon.id, { language: 'en' }), person(soon.id)]
    const laterPerson = person(later.id)
    for (const request of [...soonPeople, laterPerson]) await signUp(payload, request)
    await deliver()

    const queued = await Promise.all(Array.from({ length: 5 }, () => queueDueReminders(payload)))
    expect(queued.reduce((sum, count) => sum + count, 0)).toBe(3)
    expect(await queueDueReminders(payload)).toBe(0)
    await deliver()
    for (const request of soonPeople) {
      const reminders = mailbox.to(request.email).filter((mail) => /^(Rappel|Reminder)/.test(mail.subject ?? ''))
      expect(reminders).toHaveLength(1)
    }
    expect(mailbox.to(soonPeople[1]!.email)[1]!.subject).toBe('Reminder: Réunion de quartier')
    expect(mailbox.to(laterPerson.email)).toHaveLength(1)

    // Moved three days later: told of the change, then reminded again a day before the new date.
    await payload.update({ collection: 'events', id: soon.id, data: { startsAt: hours(72), endsAt: hours(74), _status: 'published' } })
    const dayBefore = new Date(Date.now() + 60 * 3_600_000)
    expect(await queueDueReminders(payload, dayBefore)).toBe(3)
    expect(await queueDueReminders(payload, dayBefore)).toBe(0)
    await deliver()
    // The change and the new reminder go out in the same run, in parallel: in either order.
    const subjects = mailbox.to(soonPeople[0]!.email).map((mail) => mail.subject)
    expect(subjects.slice(0, 2)).toEqual(['Inscription confirmée : Réunion de quartier', 'Rappel : Réunion de quartier'])
    expect(subjects.slice(2).sort()).toEqual(['Changement : Réunion de quartier', 'Rappel : Réunion de quartier'])
  })

  it('no job input and no log line holds a registrant’s name or email', async () => {
    const jobs = storedJobs as { taskSlug: string; input: object }[]
    expect(jobs.filter((job) => job.taskSlug === 'registrationEmail').length).toBeGreaterThan(10)
    const stored = JSON.stringify(jobs)
    expect(logged.length).toBeGreaterThan(0)
    const log = logged.join('\n')
    for (const value of personalData) {
      expect(stored).not.toContain(value)
      expect(log).not.toContain(value)
    }
    for (const job of jobs.filter((job) => job.taskSlug === 'registrationEmail')) {
      expect(Object.keys(job.input).sort()).toEqual(['kind', 'registration'])
    }
  })
})
