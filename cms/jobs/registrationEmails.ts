import { type SQL, sql } from 'drizzle-orm'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'
import { insertReturningId } from '../registrations/conditionalUpdate'
import { type RegistrationEmailKind, registrationEmailKinds } from '../registrations/emails/kinds'
import { sendRegistrationEmail } from '../registrations/emails/send'

/** The queue every registration email goes through (autoRun in payload.config.ts). */
export const emailQueue = 'email'

/**
 * One registration email, sent from the registration's id and the kind of email: a job's input is
 * stored in the database, so it holds ids only, never an address, a name or the cancel token. An
 * SMTP server down makes the send throw: the job is tried again later (up to 10 times over about
 * 8 hours), so an outage delays emails and loses none. A job whose registration is gone completes
 * without sending.
 */
export const registrationEmailTask: TaskConfig<{
  input: { registration: string; kind: RegistrationEmailKind }
  output: { sent: boolean }
}> = {
  slug: 'registrationEmail',
  label: 'Send a registration email',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...registrationEmailKinds] },
  ],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: { sent: await sendRegistrationEmail(req.payload, input.registration, input.kind) } }),
}

/**
 * A registration email's job row as Payload's queue writes it (tests/integration/registration-emails
 * .test.ts compares them), by column: the registration's id, or (SQLite, written in one batch with
 * the registration) an SQL expression giving it.
 */
export const emailJobRow = (registration: number | string | SQL, kind: RegistrationEmailKind) =>
  queuedJobRow(
    registrationEmailTask.slug,
    typeof registration === 'object'
      ? sql`json_object('registration', CAST(${registration} AS TEXT), 'kind', ${kind})`
      : { registration: String(registration), kind },
  )

/** A job's row on the email queue as Payload's queue writes it, by column: for the hot paths that write it beneath Payload. */
export const queuedJobRow = (taskSlug: string, input: object | SQL) => {
  const now = new Date().toISOString()
  return { input, taskSlug, queue: emailQueue, totalTried: 0, hasError: false, processing: false, createdAt: now, updatedAt: now }
}

/**
 * Queues a registration email. With `req`, in that request's transaction: the email exists if and
 * only if what it tells was written. On SQL databases the job's row is written directly, without
 * Payload's read back of it (a fifth of a sign-up's time).
 */
export const queueRegistrationEmail = async (
  payload: Payload,
  registration: number | string,
  kind: RegistrationEmailKind,
  req?: PayloadRequest,
): Promise<void> => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    await payload.jobs.queue({ task: 'registrationEmail', input: { registration: String(registration), kind }, queue: emailQueue, req })
    return
  }
  await insertReturningId(payload, 'payload-jobs', emailJobRow(registration, kind), req)
}
