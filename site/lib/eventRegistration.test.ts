import { describe, expect, it } from 'vitest'

import type { EventEntry } from '../../publication/schema'
import { registrationState, seatsAtBuild } from './eventRegistration'

type Event = Pick<EventEntry, 'status' | 'endsAt' | 'registration'>
const event: Event = {
  status: 'scheduled',
  endsAt: '2026-12-12T19:00:00Z',
  registration: {
    mode: 'site',
    externalUrl: null,
    capacity: 30,
    maxGuests: 2,
    waitlist: true,
    askPhone: false,
    opensAt: '2026-11-01T09:00:00Z',
    closesAt: '2026-12-11T22:00:00Z',
    seatsTaken: 12,
  },
}
const at = (iso: string) => new Date(iso)
const withRegistration = (changes: Partial<Event['registration']>): Event => ({
  ...event,
  registration: { ...event.registration, ...changes },
})

describe('registrationState', () => {
  it('shows the form between opening and closing', () => {
    expect(registrationState(event, at('2026-11-20T10:00:00Z'))).toEqual({ kind: 'form' })
    expect(registrationState(withRegistration({ opensAt: null, closesAt: null }), at('2026-12-12T17:30:00Z'))).toEqual({ kind: 'form' })
  })

  it('says when registration opens, and that it is closed after its closing, the end of the event or a cancellation', () => {
    expect(registrationState(event, at('2026-10-01T10:00:00Z'))).toEqual({ kind: 'opensOn', opensAt: '2026-11-01T09:00:00Z' })
    expect(registrationState(event, at('2026-12-11T22:00:00Z'))).toEqual({ kind: 'closed' })
    expect(registrationState(withRegistration({ closesAt: null }), at('2026-12-12T19:00:00Z'))).toEqual({ kind: 'closed' })
    expect(registrationState({ ...event, status: 'cancelled' }, at('2026-11-20T10:00:00Z'))).toEqual({ kind: 'closed' })
    expect(registrationState({ ...event, status: 'postponed' }, at('2026-11-20T10:00:00Z'))).toEqual({ kind: 'closed' })
  })

  it('links to an external registration, and needs none when the event asks none', () => {
    const external = withRegistration({ mode: 'external', externalUrl: 'https://example.org/inscription' })
    expect(registrationState(external, at('2026-11-20T10:00:00Z'))).toEqual({ kind: 'external', url: 'https://example.org/inscription' })
    expect(registrationState(withRegistration({ mode: 'none' }), at('2026-11-20T10:00:00Z'))).toEqual({ kind: 'none' })
  })
})

describe('seatsAtBuild', () => {
  it('counts the seats left, never below zero, and none without a limit', () => {
    expect(seatsAtBuild(event, { kind: 'form' })).toEqual({ open: true, capacity: 30, left: 18, waitlist: true })
    expect(seatsAtBuild(withRegistration({ seatsTaken: 31 }), { kind: 'closed' })).toMatchObject({ open: false, left: 0 })
    expect(seatsAtBuild(withRegistration({ capacity: null }), { kind: 'form' }).left).toBeNull()
  })
})
