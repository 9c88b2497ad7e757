import type { Payload, PayloadRequest, TaskConfig } from 'payload'

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
 * Queues a registration email. With `req`, in that request's transaction: the email exists if and
 * only if what it tells was written.
 */
export const queueRegistrationEmail = (
  payload: Payload,
  registration: number | string,
  kind: RegistrationEmailKind,
  req?: PayloadRequest,
) => payload.jobs.queue({ task: 'registrationEmail', input: { registration: String(registration), kind }, queue: emailQueue, req })
