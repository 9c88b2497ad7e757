import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'
import { type DonationEmailKind, donationEmailKinds } from '../donations/emails/kinds'
import { sendDonationEmail } from '../donations/emails/send'
import { insertReturningId } from '../registrations/conditionalUpdate'
import { emailQueue, queuedJobRow } from './registrationEmails'

export type { DonationEmailKind } from '../donations/emails/kinds'

interface DonationEmailInput {
  kind: DonationEmailKind
  donation?: string
  monthlyDonation?: string
}

/**
 * One donor email, sent from the donation's (or monthly donation's) id and the kind of email: a
 * job's input is stored in the database, so it holds ids only, never an address, a name or the
 * manage link. An SMTP server down makes the send throw: the job is tried again later (up to 10
 * times over about 8 hours). A job whose row is gone or anonymised completes without sending.
 */
export const donationEmailTask: TaskConfig<{ input: DonationEmailInput; output: { sent: boolean } }> = {
  slug: 'donationEmail',
  label: 'Send a donation email',
  inputSchema: [
    { name: 'kind', type: 'select', required: true, options: [...donationEmailKinds] },
    { name: 'donation', type: 'text' },
    { name: 'monthlyDonation', type: 'text' },
  ],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: { sent: await sendDonationEmail(req.payload, input) } }),
}

/**
 * Queues a donor email. With `req`, in that request's transaction: the email exists if and only if
 * what it tells was written (a webhook rolled back sends nothing, and Stripe's retry queues it again).
 */
export const queueDonationEmail = async (
  payload: Payload,
  input: { kind: DonationEmailKind; donation?: number | string; monthlyDonation?: number | string },
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  const jobInput: DonationEmailInput = {
    kind: input.kind,
    ...(input.donation === undefined ? {} : { donation: String(input.donation) }),
    ...(input.monthlyDonation === undefined ? {} : { monthlyDonation: String(input.monthlyDonation) }),
  }
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    await payload.jobs.queue({ task: 'donationEmail', input: jobInput, queue: emailQueue, req: req as PayloadRequest | undefined })
    return
  }
  await insertReturningId(payload, 'payload-jobs', queuedJobRow(donationEmailTask.slug, jobInput), req)
}
