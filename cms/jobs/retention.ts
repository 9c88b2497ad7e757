import fs from 'node:fs/promises'
import path from 'node:path'

import { and, eq, isNull } from 'drizzle-orm'
import type { Payload, TaskConfig } from 'payload'

import { env } from '../../env'
import type { Registration } from '../payload-types'
import { updateIfMatches } from '../registrations/conditionalUpdate'
import { ensureSeatRow } from '../registrations/seats'
import { emailQueue } from './registrationEmails'

type Id = number | string

const countsFields = {
  confirmed: 'confirmedPeople',
  waitlisted: 'waitlistedPeople',
  cancelled: 'cancelledPeople',
  attended: 'attendedPeople',
} as const satisfies Record<Registration['status'], string>

/**
 * Writes the event's counts and the erasure's time into its seats row, if no run has yet (a
 * conditional update on `erasedAt`): two runs at once never count twice. Says whether this run did.
 */
const recordCounts = (payload: Payload, eventId: Id, counts: Record<string, number>, at: string) =>
  updateIfMatches(payload, 'event-seats', {
    sql: (table) => ({ where: and(eq(table.event!, eventId), isNull(table.erasedAt!)), set: { ...counts, erasedAt: at } }),
    mongo: { filter: { event: eventId, erasedAt: null }, update: { $set: { ...counts, erasedAt: new Date(at) } } },
  })

/**
 * Deletes the registrations of events that ended more than REGISTRATION_RETENTION_DAYS ago (what the
 * consent and the privacy page promise), keeping how many people were in each state in the event's
 * seats row. Only counts and event ids reach the log. Says which events it erased.
 */
export const eraseOldRegistrations = async (payload: Payload, now = new Date()): Promise<Id[]> => {
  const endedBefore = new Date(now.getTime() - env.registrationRetentionDays * 86_400_000).toISOString()
  const { docs: old } = await payload.find({
    collection: 'registrations',
    where: { 'event.endsAt': { less_than: endedBefore } },
    select: { event: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const eventIds = [...new Set(old.map(({ event }) => (typeof event === 'object' ? event.id : event)))]
  for (const eventId of eventIds) {
    const counts: Record<string, number> = {}
    for (const [status, field] of Object.entries(countsFields)) {
      counts[field] = (
        await payload.count({
          collection: 'registrations',
          where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] },
          overrideAccess: true,
        })
      ).totalDocs
    }
    await ensureSeatRow(payload, eventId)
    // Counted by an earlier run that stopped before deleting: its counts stay, the rest is deleted.
    const counted = await recordCounts(payload, eventId, counts, now.toISOString())
    await payload.delete({ collection: 'registrations', where: { event: { equals: eventId } }, overrideAccess: true })
    if (counted) payload.logger.info(`Retention: registrations of event ${eventId} erased (${JSON.stringify(counts)})`)
  }
  return eventIds
}

/**
 * Deletes the emails written as .eml files (no SMTP server, cms/email/adapter.ts) older than
 * REGISTRATION_RETENTION_DAYS: they hold registrants' names and addresses. Says how many went.
 */
export const eraseOldMailFiles = async (now = new Date()): Promise<number> => {
  const writtenBefore = now.getTime() - env.registrationRetentionDays * 86_400_000
  const files = await fs.readdir(env.mailDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] // No email written yet.
    throw error
  })
  let erased = 0
  for (const name of files.filter((file) => file.endsWith('.eml'))) {
    const file = path.join(env.mailDir, name)
    if ((await fs.stat(file)).mtimeMs >= writtenBefore) continue
    await fs.rm(file, { force: true })
    erased += 1
  }
  return erased
}

/** Daily at 03:00 (Payload's scheduler, run by the admin server's autoRun on the email queue). */
export const eraseOldRegistrationsTask: TaskConfig<{ input: object; output: { events: number } }> = {
  slug: 'eraseOldRegistrations',
  label: 'Erase the registrations of past events',
  schedule: [{ cron: '0 0 3 * * *', queue: emailQueue }],
  retries: 2,
  handler: async ({ req }) => {
    const events = (await eraseOldRegistrations(req.payload)).length
    const mailFiles = await eraseOldMailFiles()
    if (mailFiles > 0) req.payload.logger.info(`Retention: ${mailFiles} old email files erased`)
    return { output: { events } }
  },
}
