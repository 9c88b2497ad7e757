import { and, eq } from 'drizzle-orm'
import {
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
} from 'payload'

import type { Event } from '../payload-types'
import type { LocaleCode } from '../../publication/locales'
import { isEmailAddress } from '../../publication/signUp'
import { databaseKind } from '../database'
import { env } from '../../env'
import { emailJobRow, queueRegistrationEmail } from '../jobs/registrationEmails'
import { erasedPerson } from './cancel'
import { cancelTokenFor, hashCancelToken, normaliseEmail } from './cancelToken'
import { deleteIfMatches, firstIdAndStatus, insertPairOnSqlite, insertReturningId, updateIfMatches } from './conditionalUpdate'
import { confirmedSeats, releaseSeats, seatsOfParty, takeSeatsMakingRow } from './seats'
import { promoteWaitlist } from './waitlist'

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
export type SignUpFieldProblem = 'guestsNotAllowed' | 'phoneRequired' | 'emailInvalid'

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
  // A failed read throws (no answer is kept of it); only "no such event" is null.
  const event = await payload.findByID({
    collection: 'events',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: signUpEventFields,
  })
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

/** What is written of the person: everything but the status. */
type Person = Omit<RequiredDataFromCollectionSlug<'registrations'>, 'status'>

interface Seating {
  eventId: number | string
  seats: number
  capacity: number | null
  waitlist: boolean
}

/** The registration's row, by column, as Payload would write it (the seats field's hook included). */
const registrationRow = (person: Person, status: 'confirmed' | 'waitlisted') => {
  const { consent, ...columns } = person
  const now = new Date().toISOString()
  return {
    ...columns,
    seats: seatsOfParty(person.guests),
    status,
    consent_text: consent.text,
    consent_at: consent.at,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Writes the registration with this status and queues its email, both or neither (`req`: the
 * transaction, if any); the unique key (event, email) refuses a second one. On SQL databases
 * beneath Payload (conditionalUpdate.ts): the endpoint checked every field (publication/signUp.ts)
 * and signUp the event's rules and the address, and Payload's create would read the row back. On
 * SQLite both rows are one batch: one commit.
 */
const writeRegistration = async (
  payload: Payload,
  person: Person,
  status: 'confirmed' | 'waitlisted',
  email: 'confirmation' | 'waitlisted',
  req?: PayloadRequest,
) => {
  const kind = databaseKind(env.databaseUrl)
  if (kind === 'sqlite') {
    return insertPairOnSqlite(
      payload,
      { collection: 'registrations', values: registrationRow(person, status) },
      { collection: 'payload-jobs', values: (id) => emailJobRow(id, email) },
    )
  }
  const id =
    kind === 'mongodb'
      ? (await payload.create({ collection: 'registrations', data: { ...person, status }, req, depth: 0, select: { status: true } })).id
      : await insertReturningId(payload, 'registrations', registrationRow(person, status), req)
  try {
    await queueRegistrationEmail(payload, id, email, req)
  } catch (error) {
    // Without a transaction to undo it (MongoDB on a single server), the row goes with its email.
    if (typeof req?.transactionID !== 'string') await removeIf(payload, id, status)
    throw error
  }
  return id
}

/**
 * In a transaction (PostgreSQL; MongoDB on a replica set): the person is written confirmed and
 * their confirmation queued before the seats are taken, so that the event's seat row, which every
 * sign-up to it waits for, is held only from that update to the commit. Seats that do not fit
 * undo it all; the person is then written on the waitlist, or told the event is full.
 */
const signUpInTransaction = async (payload: Payload, req: PayloadRequest, person: Person, seating: Seating): Promise<SignUpResult> => {
  try {
    const id = await writeRegistration(payload, person, 'confirmed', 'confirmation', req)
    if (await takeSeatsMakingRow(payload, seating.eventId, seating.seats, seating.capacity, req)) {
      await commitTransaction(req)
      return { outcome: 'confirmed', registrationId: id }
    }
  } finally {
    // Ends it unless committed (a no-op then): nothing of a refused or failed sign-up stays.
    await killTransaction(req)
  }
  return seating.waitlist ? joinWaitlist(payload, person, seating) : { outcome: 'full' }
}

/**
 * Without a transaction (SQLite), each write holds on its own: the seats are taken first, then
 * the person is written confirmed with their email. Seats that do not fit write nothing: the
 * person goes on the waitlist, or is told the event is full. A write refused once the seats are
 * taken (the same address signing up at the same instant meets the unique key) gives the seats
 * back, to the waitlist if someone joined it meanwhile. A crash in between leaves seats counted
 * too many, never a seat counted too few.
 */
const signUpWithoutTransaction = async (payload: Payload, person: Person, seating: Seating): Promise<SignUpResult> => {
  const { eventId, seats } = seating
  if (!(await takeSeatsMakingRow(payload, eventId, seats, seating.capacity))) {
    return seating.waitlist ? joinWaitlist(payload, person, seating) : { outcome: 'full' }
  }
  try {
    return { outcome: 'confirmed', registrationId: await writeRegistration(payload, person, 'confirmed', 'confirmation') }
  } catch (error) {
    await releaseSeats(payload, eventId, seats)
    await promoteWaitlist(payload, eventId)
    throw error
  }
}

/**
 * Writes the person on the waitlist with its email (in a transaction where there is one). Seats a
 * cancellation freed meanwhile went to a waitlist that did not hold this row yet: if some are free
 * now, the waitlist moves up (first come, first served), this person included if it is their turn.
 */
const joinWaitlist = async (payload: Payload, person: Person, seating: Seating): Promise<SignUpResult> => {
  const req = await createLocalReq({}, payload)
  const inTransaction = Boolean(await initTransaction(req))
  let id: number | string
  try {
    id = await writeRegistration(payload, person, 'waitlisted', 'waitlisted', req)
    if (inTransaction) await commitTransaction(req)
  } finally {
    await killTransaction(req)
  }
  if (seating.capacity !== null && (await confirmedSeats(payload, seating.eventId)) + seating.seats <= seating.capacity) {
    if ((await promoteWaitlist(payload, seating.eventId)).includes(id)) return { outcome: 'confirmed', registrationId: id }
  }
  return { outcome: 'waitlisted', registrationId: id }
}

/** Deletes a registration if it still has this status (nothing else moved it meanwhile); says whether it did. */
const removeIf = (payload: Payload, id: number | string, status: 'confirmed' | 'waitlisted') =>
  deleteIfMatches(payload, 'registrations', {
    sql: (table) => and(eq(table.id!, id), eq(table.status!, status)),
    mongo: { _id: id, status },
  })

/**
 * Signs a person up to a published event, without an account. The registration is written with
 * the event and email as a unique key, so the same person twice is told they are registered and
 * nothing is added (one whose registration staff cancelled signs up anew: its row is erased
 * first). The seats (the person and their guests) are taken by a conditional update if they fit,
 * else the person goes on the waitlist (first come, first served) or is told the event is full. A
 * refused or failed sign-up leaves nothing written. Its email (confirmation, waitlisted, or
 * "already registered" with the cancel link again) is queued as a job with it: sending it never
 * slows or fails the sign-up.
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
  // The row is written beneath Payload's validation: an address it would refuse is refused here.
  if (!isEmailAddress(request.email.trim())) problems.email = 'emailInvalid'
  if (Object.keys(problems).length > 0) throw new SignUpRefused(problems)

  const email = normaliseEmail(request.email)
  /** This person's registration for the event, if any. */
  const alreadyThere = async () =>
    databaseKind(env.databaseUrl) === 'mongodb'
      ? (
          await payload.find({
            collection: 'registrations',
            where: { and: [{ event: { equals: event.id } }, { email: { equals: email } }] },
            depth: 0,
            limit: 1,
            pagination: false,
            select: { status: true },
          })
        ).docs[0]
      : firstIdAndStatus(payload, 'registrations', (table) => and(eq(table.event!, event.id), eq(table.email!, email)))
  /** A second sign-up is told nothing new on the page (publication/signUp.ts); the email tells them the truth. */
  const toldAlreadyRegistered = async (registrationId: number | string) => {
    if (mayMailAgain(registrationId)) await queueRegistrationEmail(payload, registrationId, 'already-registered')
    return { outcome: 'already-registered' as const, registrationId }
  }
  const consent = { text: request.consentText, at: now.toISOString() }
  const cancelToken = cancelTokenFor({ event: event.id, email, consent })
  const person: Person = {
    event: event.id,
    firstName: request.firstName.trim(),
    email,
    phone: request.phone?.trim() || null,
    guests: request.guests,
    language: request.language,
    consent,
    cancelTokenHash: hashCancelToken(cancelToken),
  }
  const seating = {
    eventId: event.id,
    seats: seatsOfParty(request.guests),
    capacity: registration.capacity ?? null,
    waitlist: Boolean(registration.waitlist),
  }
  const write = async () => {
    const req = await createLocalReq({}, payload)
    return (await initTransaction(req))
      ? signUpInTransaction(payload, req, person, seating)
      : signUpWithoutTransaction(payload, person, seating)
  }

  // On PostgreSQL (and MongoDB), someone already registered is found by a read before anything is
  // written: a refused INSERT would have the database server log the address with the event
  // ("Key (event_id, email)=…"). SQLite keeps no such log (its refusal names the columns only):
  // there the unique key alone turns them away, and each sign-up saves a read. Two sign-ups of one
  // address at once meet the unique key anywhere: the one refused then reads the other, and is told.
  const readFirst = databaseKind(env.databaseUrl) !== 'sqlite'
  let erased = false
  for (let attempt = 1; ; attempt++) {
    const existing = readFirst || attempt > 1 ? await alreadyThere() : undefined
    if (existing) {
      // Cancelled by staff: erased, then signed up like anyone new (unless staff brought it back meanwhile).
      if (!erased && existing.status === 'cancelled' && (erased = await eraseCancelled(payload, existing.id))) continue
      return toldAlreadyRegistered(existing.id)
    }
    try {
      return { ...(await write()), cancelToken }
    } catch (error) {
      if (attempt >= 3 || !(await alreadyThere())) throw error
    }
  }
}
