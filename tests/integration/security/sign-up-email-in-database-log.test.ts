// On PostgreSQL, a sign-up for an address already registered to the event must not be turned away
// by the database refusing the registration's INSERT on the (event, email) unique key: PostgreSQL
// logs each refusal on its server (by default) with `DETAIL:  Key (event_id, email)=(<event>,
// <address>) already exists.`, the person's address and the event they signed up to (a political
// opinion) in a log no retention job erases. Found by an attacker review after 5394563 (which wrote
// the row before reading); the existing registration is now found by a read first. Two sign-ups of
// one address at the same instant still meet the unique key (docs/SECURITY.md says so).
// This test records what the database answers the CMS's queries and asks that no refusal names the address.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { signUp } from '../../../cms/registrations/signUp'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData, uniqueSlug } from '../fixtures'

const database = inject('database')
/** SQLite's refusals name the columns, not the values: only PostgreSQL's server log is in question. */
const describeOnPostgres = 'url' in database && /^postgres(ql)?:/.test(database.url) ? describeOnDatabase : describe.skip

type Query = (this: unknown, ...args: unknown[]) => unknown
interface PgModule {
  Client: { prototype: { query: Query } }
}

describeOnPostgres('sign-up: a registered address in the database server log (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  /** Runs `work`, collecting every error PostgreSQL answered a query with (its message and detail, as its log has them). */
  const refusalsDuring = async (work: () => Promise<unknown>): Promise<string[]> => {
    // The pg module the adapter made its pool with (it may not be the one this file would import).
    const { Client } = (payload.db as unknown as { pg: PgModule }).pg
    const refusals: string[] = []
    const note = (error: unknown) => {
      const { message, detail } = error as { message?: string; detail?: string }
      refusals.push(`${message ?? ''} ${detail ?? ''}`)
    }
    const query = Client.prototype.query
    Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const callback = args.at(-1)
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          if (error) note(error)
          return (callback as (...values: unknown[]) => unknown)(error, ...rest)
        }
        return query.apply(this, args)
      }
      const result = query.apply(this, args)
      if (result instanceof Promise) result.catch(note)
      return result
    }
    try {
      await work()
    } finally {
      Client.prototype.query = query
    }
    return refusals
  }

  it('signing up an address already registered makes the database log no refusal naming it', async () => {
    const event = await payload.create({
      collection: 'events',
      data: eventData(basics, { registration: { mode: 'site', capacity: 50, waitlist: true } }) as never,
    })
    const activist = { eventId: event.id, firstName: 'Nour', email: `${uniqueSlug('militante')}@example.org`, guests: 0 }
    const first = await signUp(payload, { ...activist, language: 'fr', consentText: 'J’accepte.' })
    expect(first.outcome).toBe('confirmed')

    // A stranger posts the activist's address again (or the activist signs up twice).
    let again: Awaited<ReturnType<typeof signUp>> | undefined
    const refusals = await refusalsDuring(async () => {
      again = await signUp(payload, { ...activist, language: 'fr', consentText: 'J’accepte.' })
    })
    expect(again?.outcome).toBe('already-registered')
    expect(refusals.filter((refusal) => refusal.includes(activist.email))).toEqual([])
  })
})
