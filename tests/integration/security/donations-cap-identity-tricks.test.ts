import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase } from '../database'
import {
  type DonationsHarness,
  type Person,
  deliver,
  donate,
  donationForm,
  donationOfSession,
  newPerson,
  paidDonation,
  rowCounts,
  sessionOf,
  startDonationsHarness,
} from '../donationsHarness'

/**
 * Threat: a donor gives more than the law's 7,500 € a year (loi 88-227, art. 11-4) by looking like
 * someone else to the cap (cms/donations/personsYear.ts): another email, their name written
 * another way, or two checkouts racing. The form finds a person by their email alone (what it
 * finds, it shows: donations-cap-oracle.test.ts); the payment's confirmation finds them by email
 * OR by name and postcode (the words of the name in any order, accents, case and compatibility
 * forms aside; a word mixing look-alike alphabets is refused at the form), and refunds what crosses
 * the cap. What a donor cannot be stopped from (another email AND another name) is their false
 * certification, which the form's legal text covers.
 */
describeOnDatabase('donations: the yearly cap against identity tricks (attacker review)', () => {
  let harness: DonationsHarness

  beforeAll(async () => {
    harness = await startDonationsHarness()
  })

  /** A donation of `euros` by `person` goes to the checkout and is paid: what it comes to. */
  const payAnyway = async (person: Person, euros: string) => {
    const answer = await donate(harness, donationForm(person, { amountChoice: 'other', amountOther: euros }))
    expect(answer.outcome, JSON.stringify(person)).toBe('checkout')
    await deliver(harness, harness.fake.pay(sessionOf(answer)))
    return donationOfSession(harness, sessionOf(answer))
  }

  it('the same email under another name: refused at the form, nothing written', async () => {
    const person = newPerson()
    await paidDonation(harness, person, '7000')
    const before = await rowCounts(harness)
    const answer = await donate(
      harness,
      donationForm({ ...newPerson('Dominique'), email: person.email.toUpperCase() }, { amountChoice: 'other', amountOther: '600' }),
    )
    expect(answer).toMatchObject({ outcome: 'over-cap', figures: { givenThisYearCents: 700_000 } })
    expect(await rowCounts(harness)).toEqual(before)
  })

  it('another email with the same name and postcode, written another way (case, accents, hyphens, order, fullwidth): refunded when paid', async () => {
    const person = newPerson('Éloïse')
    await paidDonation(harness, person, '7000')
    const fullwidth = (text: string) =>
      [...text].map((c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('')
    const disguises = [
      { ...person, email: `a.${person.email}` },
      { ...person, email: `b.${person.email}`, firstName: 'ELOISE', lastName: `  ${person.lastName.toUpperCase()} ` },
      { ...person, email: `c.${person.email}`, firstName: 'Eloise', lastName: person.lastName.replace(' ', '-'), postcode: '35 000' },
      { ...person, email: `d.${person.email}`, firstName: person.lastName, lastName: person.firstName },
      { ...person, email: `e.${person.email}`, firstName: fullwidth('Eloise') },
    ]
    for (const disguise of disguises) {
      const paid = await payAnyway(disguise, '600')
      expect(paid, JSON.stringify(disguise)).toMatchObject({ status: 'refunded', refundedBecause: 'over-cap' })
    }
  })

  it('a name mixing look-alike alphabets (a Cyrillic «а» in a Latin name) is refused at the form', async () => {
    const person = newPerson()
    const before = await rowCounts(harness)
    const answer = await donate(
      harness,
      donationForm({ ...person, firstName: person.firstName.replace('a', '\u0430') }, { amountChoice: '10' }),
    )
    expect(answer).toEqual({ outcome: 'invalid', problems: { firstName: 'firstNameInvalid' } })
    expect(await rowCounts(harness)).toEqual(before)
  })

  it('two checkouts under two emails (same name and postcode) racing at the cap: the second paid is refunded', async () => {
    const person = newPerson()
    const other = { ...person, email: `autre.${person.email}` }
    const [one, two] = await Promise.all([
      donate(harness, donationForm(person, { amountChoice: 'other', amountOther: '5000' })),
      donate(harness, donationForm(other, { amountChoice: 'other', amountOther: '5000' })),
    ])
    const sessions = [sessionOf(one), sessionOf(two)]
    const events = sessions.flatMap((session) => harness.fake.pay(session))
    await Promise.all(events.map((event) => deliver(harness, [event])))
    const statuses = (await Promise.all(sessions.map((session) => donationOfSession(harness, session)))).map((row) => row.status)
    expect(statuses.sort()).toEqual(['refunded', 'succeeded'])
  })
})
