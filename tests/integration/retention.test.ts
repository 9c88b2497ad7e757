import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it, vi } from 'vitest'

import { eraseOldRegistrations } from '../../cms/jobs/retention'
import type { Registration } from '../../cms/payload-types'
import { ensureSeatRow } from '../../cms/registrations/seats'
import { env } from '../../env'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, eventData, uniqueSlug } from './fixtures'

const days = (count: number) => new Date(Date.now() + count * 86_400_000).toISOString()

describeOnDatabase('retention: registrations erased after their event, counts kept', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>
  const logged: string[] = []

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    for (const level of ['info', 'warn', 'error']) {
      const original = logger[level]!.bind(payload.logger)
      logger[level] = (...args: unknown[]) => {
        logged.push(JSON.stringify(args))
        original(...args)
      }
    }
  })

  /** An event that ended `endedDaysAgo` days ago (negative: still to come), with registrations in these states. */
  const eventWith = async (endedDaysAgo: number, statuses: Registration['status'][]) => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { startsAt: days(-endedDaysAgo - 0.1), endsAt: days(-endedDaysAgo) }) as never,
    })
    await ensureSeatRow(payload, event.id)
    const emails: string[] = []
    for (const status of statuses) {
      const email = `${uniqueSlug('sacha')}@example.org`
      emails.push(email)
      await payload.create({
        collection: 'registrations',
        data: {
          event: event.id,
          firstName: 'Sacha',
          email,
          language: 'fr',
          status,
          consent: { text: 'J’accepte.', at: new Date().toISOString() },
          cancelTokenHash: uniqueSlug('hash'),
        },
      })
    }
    return { id: event.id, emails }
  }
  const registrationsOf = async (eventId: number | string) =>
    (await payload.count({ collection: 'registrations', where: { event: { equals: eventId } } })).totalDocs
  /** Queues the daily job on the email queue and runs it (by id: other files leave email jobs on that queue). */
  const runRetentionJob = async () => {
    const job = await payload.jobs.queue({ task: 'eraseOldRegistrations', input: {}, queue: 'email' })
    await payload.jobs.runByID({ id: job.id })
  }
  const seatRowOf = async (eventId: number | string) =>
    (await payload.find({ collection: 'event-seats', where: { event: { equals: eventId } }, depth: 0 })).docs[0]!

  it(`deletes only the registrations of events ended more than ${env.registrationRetentionDays} days ago, once, keeping the counts per state`, async () => {
    const old = await eventWith(env.registrationRetentionDays + 10, ['confirmed', 'confirmed', 'waitlisted', 'cancelled', 'attended'])
    const recent = await eventWith(env.registrationRetentionDays - 10, ['confirmed', 'attended'])
    const coming = await eventWith(-5, ['confirmed'])

    // Two runs at once (two servers, or a retry overlapping): the counts are written once, not added twice.
    await Promise.all([eraseOldRegistrations(payload), eraseOldRegistrations(payload)])

    expect(await registrationsOf(old.id)).toBe(0)
    expect(await registrationsOf(recent.id)).toBe(2)
    expect(await registrationsOf(coming.id)).toBe(1)
    const kept = await seatRowOf(old.id)
    expect(kept).toMatchObject({ confirmedPeople: 2, waitlistedPeople: 1, cancelledPeople: 1, attendedPeople: 1 })
    expect(kept.erasedAt).toBeTruthy()
    expect((await seatRowOf(recent.id)).erasedAt).toBeFalsy()

    // A later run finds nothing more to erase and leaves the counts alone.
    expect(await eraseOldRegistrations(payload)).toEqual([])
    expect(await seatRowOf(old.id)).toMatchObject({ confirmedPeople: 2, waitlistedPeople: 1, cancelledPeople: 1, attendedPeople: 1 })

    // The log names the event and the counts, never a person.
    const log = logged.join('\n')
    expect(log).toContain(`event ${old.id}`)
    for (const email of [...old.emails, ...recent.emails]) expect(log).not.toContain(email)
  })

  it('is scheduled daily at 03:00, and reminders every 10 minutes, on the email queue the admin server runs', async () => {
    await payload.jobs.handleSchedules({ queue: 'email' })
    // Other files' sign-ups leave their email jobs on this queue: only the scheduled tasks are read.
    const { docs: scheduled } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'email' } }, { taskSlug: { in: ['eraseOldRegistrations', 'sendReminders'] } }] },
      depth: 0,
      pagination: false,
    })
    const due = (task: string) => new Date(scheduled.find((job) => job.taskSlug === task)!.waitUntil!)
    expect(due('eraseOldRegistrations').getHours()).toBe(3)
    expect(due('eraseOldRegistrations').getTime() - Date.now()).toBeLessThanOrEqual(86_400_000)
    expect(due('sendReminders').getMinutes() % 10).toBe(0)
    expect(due('sendReminders').getTime() - Date.now()).toBeLessThanOrEqual(600_000)
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'email' } } })
  })

  it('runs as the scheduled job on the email queue', async () => {
    const old = await eventWith(env.registrationRetentionDays + 1, ['confirmed'])
    await runRetentionJob()
    expect(await registrationsOf(old.id)).toBe(0)
    expect(await seatRowOf(old.id)).toMatchObject({ confirmedPeople: 1, waitlistedPeople: 0 })
  })

  it('erases the registrations and the seat row of an event deleted before its retention ran; other events keep theirs', async () => {
    const deleted = await eventWith(-7, ['confirmed', 'waitlisted'])
    const kept = await eventWith(-7, ['confirmed'])
    await payload.delete({ collection: 'events', id: deleted.id })
    expect(await registrationsOf(deleted.id)).toBe(0)
    expect((await payload.count({ collection: 'event-seats', where: { event: { equals: deleted.id } } })).totalDocs).toBe(0)
    expect(await registrationsOf(kept.id)).toBe(1)
    const log = logged.join('\n')
    expect(log).toContain(`Event ${deleted.id} deleted: its 2 registrations erased`)
    for (const email of deleted.emails) expect(log).not.toContain(email)
  })

  it(`the daily job deletes the emails written as files more than ${env.registrationRetentionDays} days ago, and only them`, async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-mail-'))
    vi.stubEnv('HUB_MAIL_DIR', directory)
    try {
      /** A file in the mail folder, last written `daysAgo` days ago. */
      const written = (name: string, daysAgo: number) => {
        const file = path.join(directory, name)
        fs.writeFileSync(file, 'To: sacha@example.org\r\n\r\nBonjour Sacha')
        const at = new Date(Date.now() - daysAgo * 86_400_000)
        fs.utimesSync(file, at, at)
      }
      written('old.eml', env.registrationRetentionDays + 1)
      written('recent.eml', env.registrationRetentionDays - 1)
      written('old-notes.txt', env.registrationRetentionDays + 1)
      await runRetentionJob()
      expect(fs.readdirSync(directory).sort()).toEqual(['old-notes.txt', 'recent.eml'])
    } finally {
      vi.unstubAllEnvs()
      fs.rmSync(directory, { recursive: true, force: true })
    }
  })
})
