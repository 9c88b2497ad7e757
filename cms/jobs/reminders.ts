import { and, eq, isNull } from 'drizzle-orm'
import type { Payload, TaskConfig } from 'payload'

import { updateIfMatches } from '../registrations/conditionalUpdate'
import { emailQueue, queueRegistrationEmail } from './registrationEmails'

/** How long before its event a confirmed registrant is reminded of it. */
export const reminderLeadHours = 24

/** Marks a registration reminded if nobody has yet; says whether this call did (then it alone sends the reminder). */
const claimReminder = (payload: Payload, id: number | string, at: string) =>
  updateIfMatches(payload, 'registrations', {
    sql: (table) => ({ where: and(eq(table.id!, id), isNull(table.remindedAt!)), set: { remindedAt: at } }),
    mongo: { filter: { _id: id, remindedAt: null }, update: { $set: { remindedAt: new Date(at) } } },
  })

/**
 * Queues a reminder for each confirmed registration of a scheduled, published event starting within
 * `reminderLeadHours`, once: each registration is first marked by a conditional update, and only the
 * run that marked it queues its email, however many runs overlap. Says how many it queued.
 */
export const queueDueReminders = async (payload: Payload, now = new Date()): Promise<number> => {
  const until = new Date(now.getTime() + reminderLeadHours * 3_600_000)
  const { docs: events } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { eventStatus: { equals: 'scheduled' } },
        { startsAt: { greater_than: now.toISOString() } },
        { startsAt: { less_than_equal: until.toISOString() } },
      ],
    },
    select: {},
    depth: 0,
    pagination: false,
  })
  if (events.length === 0) return 0
  const { docs: due } = await payload.find({
    collection: 'registrations',
    where: {
      and: [{ event: { in: events.map((event) => event.id) } }, { status: { equals: 'confirmed' } }, { remindedAt: { exists: false } }],
    },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let queued = 0
  for (const { id } of due) {
    if (!(await claimReminder(payload, id, now.toISOString()))) continue
    await queueRegistrationEmail(payload, id, 'reminder')
    queued++
  }
  if (queued > 0) payload.logger.info(`Reminders: ${queued} queued for events ${events.map((event) => event.id).join(', ')}`)
  return queued
}

/** Every 10 minutes (Payload's scheduler, run by the admin server's autoRun on the email queue). */
export const sendRemindersTask: TaskConfig<{ input: object; output: { queued: number } }> = {
  slug: 'sendReminders',
  label: 'Queue the reminders of coming events',
  schedule: [{ cron: '0 */10 * * * *', queue: emailQueue }],
  retries: 2,
  handler: async ({ req }) => ({ output: { queued: await queueDueReminders(req.payload) } }),
}
