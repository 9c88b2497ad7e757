import { describe, expect, it } from 'vitest'

import { clientAddressHeader } from '../server/clientAddress'
import { AttemptWindow, alreadyRegisteredEmailAllowed, emailKey, signUpForEmailAllowed, signUpFromClientAllowed } from './floodLimits'

const minute = 60 * 1000

describe('AttemptWindow', () => {
  it('allows `limit` attempts per key within the window, then refuses without counting, then allows again as they expire', () => {
    const window = new AttemptWindow(3, 10 * minute)
    expect([0, 1, 2].map((offset) => window.attempt('a', offset * minute))).toEqual([true, true, true])
    expect(window.attempt('a', 3 * minute)).toBe(false)
    expect(window.attempt('b', 3 * minute)).toBe(true)
    // The refused attempt was not counted: the first one expiring frees exactly one.
    expect(window.attempt('a', 10 * minute + 1)).toBe(true)
    expect(window.attempt('a', 10 * minute + 2)).toBe(false)
  })

  it('keeps at most its number of keys: expired ones go first, then the one with the fewest attempts, never a blocked one', () => {
    const window = new AttemptWindow(2, 10 * minute, 3)
    window.attempt('old', 0)
    window.attempt('blocked', 5 * minute)
    window.attempt('blocked', 5 * minute)
    window.attempt('once', 5 * minute)
    // Full: 'old' has expired and makes room.
    expect(window.attempt('new', 11 * minute)).toBe(true)
    // Full again, nothing expired: 'once' (or 'new', one attempt each) gives way, 'blocked' stays blocked.
    expect(window.attempt('newer', 11 * minute)).toBe(true)
    expect(window.attempt('blocked', 11 * minute)).toBe(false)
  })

  it('refuses new keys while every key it holds is blocked (strangers cannot free a blocked key by inventing others)', () => {
    const window = new AttemptWindow(1, 10 * minute, 2)
    expect(window.attempt('a', 0)).toBe(true)
    expect(window.attempt('b', 0)).toBe(true)
    expect(window.attempt('c', minute)).toBe(false)
    expect(window.attempt('a', minute)).toBe(false)
    expect(window.attempt('c', 10 * minute + 1)).toBe(true)
  })
})

describe('sign-up limits', () => {
  it('counts an email with its +tag and in any case as the same address', () => {
    expect(emailKey(' Camille.Martin+Agenda@Example.ORG ')).toBe('camille.martin@example.org')
    expect(emailKey('a+b+c@x.fr')).toBe('a@x.fr')
    const email = `flood-${Date.now()}@example.org`
    const tagged = (tag: number) => email.replace('@', `+${tag}@`)
    const allowed = [0, 1, 2, 3, 4, 5].map((tag) => signUpForEmailAllowed(tag === 0 ? email.toUpperCase() : tagged(tag)))
    expect(allowed).toEqual([true, true, true, true, true, false])
  })

  it('counts a Gmail inbox once however its address is spelt: dots, case, +tags, googlemail.com', () => {
    expect(emailKey('Ca.Mille.Martin+x@GoogleMail.com')).toBe('camillemartin@gmail.com')
    expect(emailKey('c.amillemartin@gmail.com')).toBe('camillemartin@gmail.com')
    // Elsewhere a dot may name another person.
    expect(emailKey('camille.martin@example.org')).toBe('camille.martin@example.org')
  })

  it('counts sign-ups per client address (an IPv6 /56 as one client: a home connection), and none without the admin server’s header', () => {
    const headers = (address?: string) => new Headers(address ? { [clientAddressHeader]: address } : {})
    // Eleven addresses spread over the 256 /64 networks of one /56.
    const results = Array.from({ length: 11 }, (_, index) =>
      signUpFromClientAllowed(headers(`2001:db8:1:2${index.toString(16)}::${index + 1}`)),
    )
    expect(results.filter(Boolean)).toHaveLength(10)
    expect(results.at(-1)).toBe(false)
    expect(signUpFromClientAllowed(headers('2001:db8:1:ff::1'))).toBe(false)
    expect(signUpFromClientAllowed(headers('2001:db8:1:100::1'))).toBe(true)
    expect(Array.from({ length: 20 }, () => signUpFromClientAllowed(headers())).every(Boolean)).toBe(true)
  })

  it('lets the "already registered" email go once a day per registration', () => {
    const registration = `r-${Date.now()}`
    const day = 24 * 60 * minute
    expect(alreadyRegisteredEmailAllowed(registration, 0)).toBe(true)
    expect(alreadyRegisteredEmailAllowed(registration, day - 1)).toBe(false)
    expect(alreadyRegisteredEmailAllowed(`${registration}-other`, day - 1)).toBe(true)
    expect(alreadyRegisteredEmailAllowed(registration, day + 1)).toBe(true)
  })
})
