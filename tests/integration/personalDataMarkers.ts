/**
 * Personal data whose every identifying value is a marker, for the tests that check none of it
 * reaches a public file, an output or a log.
 */
import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'
import type { LocaleCode } from '../../publication/locales'
import { createEventBasics, createUser, eventData } from './fixtures'

/**
 * A word no page holds by chance, kept whole by the search index (letters then digits: no stemmer
 * shortens it, its tokenizer does not split it), so that it is found in the index's terms too.
 */
export const markerWord = (prefix: string) =>
  `${prefix}${Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('')}${randomInt(1000, 10_000)}`

/** A phone number no page can hold by chance (the forms' examples are +33 6 12 34 56 78). */
export const markerPhone = () => `+33 7 ${Array.from({ length: 4 }, () => String(randomInt(10, 100))).join(' ')}`

/** A staff account whose name and e-mail are markers. */
export async function createMarkedStaff(payload: Payload, role: Role, languages: LocaleCode[] = []): Promise<User> {
  const user = await createUser(payload, role, languages, [], markerWord(`mk${role}`))
  return payload.update({ collection: 'users', id: user.id, data: { email: `${markerWord(`mk${role}mail`)}@example.org` } })
}

/** What a person signing up to an event gives: name, e-mail and phone, all markers. */
export const registrantMarkers = () => ({
  firstName: markerWord('mkinscrite'),
  email: `${markerWord('mkinscritemail')}@example.org`,
  phone: markerPhone(),
})

/** A published event taking sign-ups here (phone asked), with an online link (a marker) sent to registrants only. */
export async function createEventWithPrivateLink(payload: Payload) {
  const privateLink = `https://visio.example.org/${markerWord('mksalle')}`
  const basics = await createEventBasics(payload)
  const event = await payload.create({
    collection: 'events',
    data: eventData(basics, {
      online: { url: privateLink, visibility: 'registrants' },
      registration: { mode: 'site', capacity: 10, waitlist: true, askPhone: true },
    }) as never,
  })
  return { basics, event, privateLink }
}

/**
 * A gift to `group`, as the donation endpoint and Stripe's webhook would store it (the donation and
 * the group's credit); returns the donor, whose name, e-mail, address and phone are markers.
 */
export async function recordDonation(payload: Payload, group: number | string) {
  const donor = {
    firstName: 'Donatrice',
    lastName: markerWord('mkdonatrice'),
    email: `${markerWord('mkdonatricemail')}@example.org`,
    address: `${markerWord('mkrue')} des Lilas`,
    postcode: '35000',
    city: 'Rennes',
    nationality: 'FR',
    residesInFrance: true,
    phone: markerPhone(),
  }
  const donation = await payload.create({
    collection: 'donations',
    data: {
      frequency: 'once',
      status: 'succeeded',
      amountCents: 4321,
      nationalCents: 1000,
      shares: [{ group, cents: 3321 }],
      donor,
      language: 'fr',
    } as never,
  })
  await payload.create({
    collection: 'group-ledger',
    data: { group, kind: 'credit', reason: 'payment', cents: 3321, donation: donation.id } as never,
  })
  return donor
}

/** The markers among these people's details and the event's private link: what no public file, output or log may hold. */
export const personalDataOf = (people: {
  staff: User[]
  registrant: ReturnType<typeof registrantMarkers>
  privateLink: string
  donor: Awaited<ReturnType<typeof recordDonation>>
}) => [
  ...people.staff.flatMap((user) => [user.name, user.email]),
  ...Object.values(people.registrant),
  people.privateLink,
  people.donor.lastName,
  people.donor.email,
  people.donor.address,
  people.donor.phone,
]
