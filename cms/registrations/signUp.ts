import { and, eq } from 'drizzle-orm'
import { type Payload, commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Event } from '../payload-types'
import type { LocaleCode } from '../../publication/locales'
import { databaseKind } from '../database'
import { env } from '../../env'
import { queueRegistrationEmail } from '../jobs/registrationEmails'
import { erasedPerson } from './cancel'
import { cancelTokenFor, hashCancelToken, normaliseEmail } from './cancelToken'
import { updateIfMatches } from './conditionalUpdate'
import { ensureSeatRow, releaseSeats, takeSeats } from './seats'

export { hashCancelToken, normaliseEmail }

/** What a sign-up came to, as the person is told. */
export type SignUpOutcome = 'confirmed' | 'waitlisted' | 'already-registered' | 'full' | 'closed' | 'not-found'

export interface SignUpRequest {
  eventId: number | string
  firstName: string
  email: string
  phone?: string | null
  guests: number
  language: LocaleCode
  /** The consent text the person ticked, as shown to them (kept with the registration). */
  consentText: string
}

export interface SignUpResult {
  outcome: SignUpOutcome
  registrationId?: number | string
  /** The personal cancel link's secret (only its hash is stored; the emails derive it again: cancelToken.ts). */
  cancelToken?: string
}

/** Why a request cannot even be tried, per field; the visitor's page says it in their language. */
export type SignUpFieldProblem = 'guestsNotAllowed' | 'phoneRequired'

export interface SignUpOptions {
  /** The published event, as the caller already read it (readPublishedEvent): read once per sign-up. */
  event?: SignUpEvent
  /** Whether someone already registered is mailed their link again (a flood limit: floodLimits.ts); by default, yes. */
  mayMailAgain?: (registrationId: number | string) => boolean
}

export class SignUpRefused extends Error {
  constructor(readonly problems: Partial<Record<keyof SignUpRequest, SignUpFieldProblem>>) {
    super(`Sign-up refused: ${Object.keys(problems).join(', ')}`)
    this.name = 'SignUpRefused'
  }
}

/** What sign-ups read of an event: its rules, status and start (read with these fields only, it is read fast). */
export type SignUpEvent = Pick<Event, 'id' | 'slug' | 'registration' | 'eventStatus' | 'startsAt' | '_status'>
export const signUpEventFields = { slug: true, registration: true, eventStatus: true, startsAt: true, _status: true } as const

/** The event with this id as an anonymous visitor reads it, if it is published; its sign-up fields only. */
export const readPublishedEvent = async (payload: Payload, id: number | string): Promise<SignUpEvent | null> => {
  const event = await payload
    .findByID({ collection: 'events', id, depth: 0, overrideAccess: false, disableErrors: true, select: signUpEventFields })
    .catch(() => null)
  return event?._status === 'published' ? event : null
}

/** Whether the event takes sign-ups here, now. */
export const acceptsSignUps = (event: SignUpEvent, now: Date) => {
  const registration = event.registration
  if (registration?.mode !== 'site' || event.eventStatus !== 'scheduled') return false
  if (registration.opensAt && now < new Date(registration.opensAt)) return false
  return now < new Date(registration.closesAt ?? event.startsAt)
}

/**
 * On SQLite (no transactions: see signUp), sign-ups take their turn in this process, so that a
 * seat held for a moment by a sign-up about to be given up (a duplicate) never sends someone else
 * to the waitlist. SQLite has one writer anyway; capacity is guarded by the conditional update.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve()
const oneAtATimeOnSqlite = <T>(work: () => Promise<T>): Promise<T> => {
  if (databaseKind(env.databaseUrl) !== 'sqlite') return work()
  const run = sqliteQueue.then(work, work)
  sqliteQueue = run.catch(() => undefined)
  return run
}

/**
 * Erases a registration staff cancelled (their edit keeps the person's data), if it is still
 * cancelled, as the cancel link does: the person signing up again is then a newcomer, and the
 * (event, email) key is free. A cancelled row holds no seats: none move. Says whether it did.
 */
const eraseCancelled = (payload: Payload, id: number | string) => {
  const erased = erasedPerson(id)
  return updateIfMatches(payload, 'registrations', {
    sql: (table) => ({ where: and(eq(table.id!, id), eq(table.status!, 'cancelled')), set: erased }),
    mongo: { filter: { _id: id, status: 'cancelled' }, update: { $set: erased } },
  })
}

/**
 * Signs a person up to a published event, without an account. As one unit: the seats
 * (the person and their guests) are taken by a conditional update if they fit, else the person
 * goes on the waitlist (first come, first served) or is told the event is full; the registration
 * is written with the event and email as a unique key, so the same person twice is told they are
 * registered and nothing is added (one whose registration staff cancelled signs up anew: its row
 * is erased first). A refused or failed sign-up leaves nothing written. Its email
 * (confirmation, waitlisted, or "already registered" with the cancel link again) is queued as a
 * job in the same transaction: sending it never slows or fails the sign-up.
 */
export const signUp = async (
  payload: Payload,
  request: SignUpRequest,
  now = new Date(),
  { event: eventRead, mayMailAgain = () => true }: SignUpOptions = {},
): Promise<SignUpResult> => {
  const event = eventRead ?? (await readPublishedEvent(payload, request.eventId))
  if (!event) return { outcome: 'not-found' }
  if (!acceptsSignUps(event, now)) return { outcome: 'closed' }

  const registration = event.registration ?? {}
  const problems: Partial<Record<keyof SignUpRequest, SignUpFieldProblem>> = {}
  if (request.guests > (registration.maxGuests ?? 0)) problems.guests = 'guestsNotAllowed'
  if (registration.askPhone && !request.phone?.trim()) problems.phone = 'phoneRequired'
  if (Object.keys(problems).length > 0) throw new SignUpRefused(problems)

  const email = normaliseEmail(request.email)
  /** This person's registration for the event, if any. */
  const alreadyThere = async () =>
    (
      await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: event.id } }, { email: { equals: email } }] },
        depth: 0,
        limit: 1,
        pagination: false,
        select: { status: true },
      })
    ).docs[0]
  /** A second sign-up is told nothing new on the page (publication/signUp.ts); the email tells them the truth. */
  const toldAlreadyRegistered = async (registrationId: number | string) => {
    if (mayMailAgain(registrationId)) await queueRegistrationEmail(payload, registrationId, 'already-registered')
    return { outcome: 'already-registered' as const, registrationId }
  }
  const existing = await alreadyThere()
  // Cancelled by staff: erased, then signed up like anyone new (unless staff brought it back meanwhile).
  if (existing && !(existing.status === 'cancelled' && (await eraseCancelled(payload, existing.id)))) {
    return toldAlreadyRegistered(existing.id)
  }

  await ensureSeatRow(payload, event.id)
  const seats = 1 + request.guests
  return oneAtATimeOnSqlite(async () => {
    const req = await createLocalReq({}, payload)
    // PostgreSQL and MongoDB run this in a transaction. Payload's SQLite adapter has none: there a
    // seat taken for a sign-up that does not happen is given back (a crash in between leaves one
    // seat counted too many, never one too few).
    const inTransaction = await initTransaction(req)
    let seated = false
    const giveUp = async () => {
      await killTransaction(req)
      if (!inTransaction && seated) await releaseSeats(payload, event.id, seats)
    }
    try {
      seated = await takeSeats(payload, event.id, seats, registration.capacity ?? null, req)
      if (!seated && !registration.waitlist) {
        await giveUp()
        return { outcome: 'full' as const }
      }
      const consent = { text: request.consentText, at: now.toISOString() }
      const cancelToken = cancelTokenFor({ event: event.id, email, consent })
      const data = {
        event: event.id,
        firstName: request.firstName.trim(),
        email,
        phone: request.phone?.trim() || null,
        guests: request.guests,
        language: request.language,
        status: seated ? ('confirmed' as const) : ('waitlisted' as const),
        consent,
        cancelTokenHash: hashCancelToken(cancelToken),
      }
      // Registered meanwhile (the check above ran before this transaction): the unique key refuses
      // the row, and the catch below tells them so. A cancellation erases the person's email from
      // its row, so it never blocks a new sign-up. Little is read back: this is the hot path.
      const saved = await payload.create({ collection: 'registrations', data, req, depth: 0, select: { status: true } })
      await queueRegistrationEmail(payload, saved.id, data.status === 'confirmed' ? 'confirmation' : 'waitlisted', req)
      await commitTransaction(req)
      return { outcome: data.status, registrationId: saved.id, cancelToken }
    } catch (error) {
      await giveUp()
      // The same person signing up twice at once, or registered meanwhile: the unique key refused this one.
      const winner = await alreadyThere()
      if (winner) return toldAlreadyRegistered(winner.id)
      throw error
    }
  })
}
