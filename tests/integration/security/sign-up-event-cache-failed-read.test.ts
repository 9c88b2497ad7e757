// The sign-up endpoints keep each event as they read it for up to 60 s (cms/endpoints/publicEvent.ts)
// and keep no failed read. readPublishedEvent (cms/registrations/signUp.ts) used to turn every
// failed read into null ("no such published event"), so a read that failed for a moment (the
// database restarting, a connection dropped) was kept: for up to a minute every sign-up to that
// event was answered "closed" and its seat count 404'd. Found by an attacker review; fixed.
import type { Payload } from 'payload'
import { beforeAll, expect, it, vi } from 'vitest'

import { publishedEvent } from '../../../cms/endpoints/publicEvent'
import { describeOnDatabase, testPayload } from '../database'
import { createEventBasics, eventData } from '../fixtures'

describeOnDatabase('sign-up: an event read that failed for a moment (attacker review)', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  it('a failed read of a published event is not kept: the next sign-up finds the event', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    const id = String(event.id)

    // The database fails this one read (a dropped connection); nothing is saved afterwards.
    const failing = vi.spyOn(payload, 'findByID').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'))
    try {
      // The failure is a failure (the endpoint answers 500), not "no such event".
      await expect(publishedEvent(payload, id)).rejects.toThrow('Connection terminated unexpectedly')
    } finally {
      failing.mockRestore()
    }

    // The database is back: the event is published and takes sign-ups.
    expect(await payload.findByID({ collection: 'events', id: event.id, depth: 0 })).toMatchObject({ _status: 'published' })
    expect(await publishedEvent(payload, id)).toMatchObject({ id: event.id, _status: 'published' })
  })
})
