import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { confirmedSeats, ensureSeatRow, releaseSeats, takeSeats } from '../../cms/registrations/seats'
import { describeOnDatabase, testPayload } from './database'
import { createEventBasics, eventData } from './fixtures'

/** Capacity is tested, not assumed: many sign-ups and cancellations at once, on each database. */
describeOnDatabase('event seats under concurrency', () => {
  let payload: Payload
  let basics: Awaited<ReturnType<typeof createEventBasics>>

  beforeAll(async () => {
    payload = await testPayload()
    basics = await createEventBasics(payload)
  })

  const newEvent = async () => {
    const event = await payload.create({ collection: 'events', data: eventData(basics) as never })
    await ensureSeatRow(payload, event.id)
    return event.id
  }

  it('makes one seat row per event, however many sign-ups ask for it at once', async () => {
    const event = await newEvent()
    await Promise.all(Array.from({ length: 10 }, () => ensureSeatRow(payload, event)))
    expect((await payload.count({ collection: 'event-seats', where: { event: { equals: event } } })).totalDocs).toBe(1)
  })

  it('500 sign-ups at once for 100 seats: exactly 100 taken; then 50 cancellations at once free exactly 50', async () => {
    const event = await newEvent()
    const taken = await Promise.all(Array.from({ length: 500 }, () => takeSeats(payload, event, 1, 100)))
    expect(taken.filter(Boolean)).toHaveLength(100)
    expect(await confirmedSeats(payload, event)).toBe(100)

    const released = await Promise.all(Array.from({ length: 50 }, () => releaseSeats(payload, event, 1)))
    expect(released.every(Boolean)).toBe(true)
    expect(await confirmedSeats(payload, event)).toBe(50)
  }, 120_000)

  it('with guests: the seats taken never pass capacity, and add up to what was granted', async () => {
    const event = await newEvent()
    const asked = Array.from({ length: 120 }, (_, index) => 1 + (index % 4))
    const granted = await Promise.all(asked.map((seats) => takeSeats(payload, event, seats, 100)))
    const total = asked.reduce((sum, seats, index) => sum + (granted[index] ? seats : 0), 0)
    expect(total).toBeLessThanOrEqual(100)
    expect(await confirmedSeats(payload, event)).toBe(total)
  }, 120_000)

  it('never goes below zero: releasing more than was taken is refused', async () => {
    const event = await newEvent()
    expect(await takeSeats(payload, event, 3, 100)).toBe(true)
    const released = await Promise.all(Array.from({ length: 5 }, () => releaseSeats(payload, event, 1)))
    expect(released.filter(Boolean)).toHaveLength(3)
    expect(await confirmedSeats(payload, event)).toBe(0)
  })

  it('no capacity: every seat is granted', async () => {
    const event = await newEvent()
    const taken = await Promise.all(Array.from({ length: 30 }, () => takeSeats(payload, event, 2, null)))
    expect(taken.every(Boolean)).toBe(true)
    expect(await confirmedSeats(payload, event)).toBe(60)
  })
})
