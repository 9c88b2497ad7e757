import { and, eq, isNull, lt, or } from 'drizzle-orm'
import type { Payload, TaskConfig } from 'payload'

import { updateIfMatches } from '../registrations/conditionalUpdate'
import { emailQueue, queueRegistrationEmail } from './registrationEmails'

/** How long before its event a confirmed registrant is reminded of it. */
export const reminderLeadHours = 24

/**
 * Marks a registration reminded unless it was already within this reminder's window (from `since`,
 * the event's start less the lead); says whether this call did, and then it alone sends the
 * reminder. A reminder sent before the event was moved later is older than the window: it counts
 * for nothing, and the person is reminded of the new date.
 */
const claimReminder = (payload: Payload, id: number | string, since: string, at: string) =>
  updateIfMatches(payload, 'registrations', {
    sql: (table) => ({
      where: and(eq(table.id!, id), or(isNull(table.remindedAt!), lt(table.remindedAt!, since))),
      set: { remindedAt: at },
    }),
    mongo: {
      filter: { _id: id, $or: [{ remindedAt: null }, { remindedAt: { $lt: new Date(since) } }] },
      update: { $set: { remindedAt: new Date(at) } },
    },
  })

/**
 * Queues a reminder for each confirmed registration of a scheduled, published event starting within
 * `reminderLeadHours`, once: each registration is first marked by a conditional update, and only the
 * run that marked it queues its email, however many runs overlap. Says how many it queued.
 */
export const queueDueReminders = async (payload: Payload, now = new Date()): Promise<number> => {
  const leadMs = reminderLeadHours * 3_600_000
  const { docs: events } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { eventStatus: { equals: 'scheduled' } },
        { startsAt: { greater_than: now.toISOString() } },
        { startsAt: { less_than_equal: new Date(now.getTime() + leadMs).toISOString() } },
      ],
    },
    select: { startsAt: true },
    depth: 0,
    pagination: false,
  })
  let queued = 0
  for (const event of events) {
    const since = new Date(new Date(event.startsAt).getTime() - leadMs).toISOString()
    const { docs: due } = await payload.find({
      collection: 'registrations',
      where: {
        and: [
          { event: { equals: event.id } },
          { status: { equals: 'confirmed' } },
          { or: [{ remindedAt: { exists: false } }, { remindedAt: { less_than: since } }] },
        ],
      },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    let queuedForEvent = 0
    for (const { id } of due) {
      if (!(await claimReminder(payload, id, since, now.toISOString()))) continue
      await queueRegistrationEmail(payload, id, 'reminder')
      queuedForEvent++
    }
    if (queuedForEvent > 0) payload.logger.info(`Reminders: ${queuedForEvent} queued for event ${event.id}`)
    queued += queuedForEvent
  }
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
