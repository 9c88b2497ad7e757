import { describe, expect, it } from 'vitest'

import { type CapFigures, donationProblems } from '../../publication/donation'
import { donationText, fillIn, formatEuros } from '../../publication/donationText'
import { localeCodes } from '../../publication/locales'
import { textsIn } from '../../publication/textsByLanguage'
import {
  chosenAmountCents,
  type DonationGroup,
  findGroups,
  groupsByDepartment,
  nationalRestCents,
  overCapLines,
  problemText,
  summarise,
  taxCostText,
  typedShares,
} from './donationForm'
import { pollDelays, statusMessage } from './DonationStatus'

const fr = donationText.fr
const rules = { minimumCents: 500, maximumCents: 100_000, presetCents: [1000, 3000, 5000] }
const groups: DonationGroup[] = [
  { slug: 'rennes-nord', name: 'Rennes Nord', city: 'Rennes', postcode: '35000', department: '35' },
  { slug: 'saint-etienne', name: 'Insoumis de la Loire', city: 'Saint-Étienne', postcode: '42000', department: '42' },
  { slug: 'ecologie', name: 'Écologie populaire', city: null, postcode: null, department: null },
  { slug: 'brest', name: 'Brest centre', city: 'Brest', postcode: '29200', department: '29' },
  { slug: 'saint-denis-reunion', name: 'Saint-Denis', city: 'Saint-Denis', postcode: '97400', department: '974' },
  { slug: 'fougeres', name: 'Pays de Fougères', city: 'Fougères', postcode: '35300', department: '35' },
]
/** Spaces as Intl writes them in French amounts (narrow no-break) made plain, to compare with what a person reads. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('the amount and its shares', () => {
  it('reads a preset, or the typed amount when "other" or nothing is chosen, as the CMS does', () => {
    expect(chosenAmountCents('30', '12')).toBe(3000)
    expect(chosenAmountCents('other', '12,50')).toBe(1250)
    expect(chosenAmountCents('', '12')).toBe(1200)
    expect(chosenAmountCents('other', 'douze')).toBeNull()
  })

  it('keeps the shares that are amounts above zero, in the order the groups were added', () => {
    expect(
      typedShares({ brest: '10', 'rennes-nord': '5,50', ecologie: '', fougeres: '0' }, ['rennes-nord', 'brest', 'ecologie', 'fougeres']),
    ).toEqual([
      { group: 'rennes-nord', cents: 550 },
      { group: 'brest', cents: 1000 },
    ])
  })

  it('leaves the rest to the national organisation, never less than nothing', () => {
    expect(nationalRestCents(5000, [])).toBe(5000)
    expect(
      nationalRestCents(5000, [
        { group: 'brest', cents: 1000 },
        { group: 'ecologie', cents: 1500 },
      ]),
    ).toBe(2500)
    expect(nationalRestCents(5000, [{ group: 'brest', cents: 5000 }])).toBe(0)
    expect(nationalRestCents(5000, [{ group: 'brest', cents: 6000 }])).toBe(0)
  })

  it('sums up a donation before paying: each group by name, the national rest, the cost after the tax reduction', () => {
    const summary = summarise(
      {
        frequency: 'monthly',
        amountCents: 3000,
        shares: [
          { group: 'brest', cents: 1000 },
          { group: 'gone', cents: 500 },
        ],
      },
      groups,
    )
    expect(summary.shares.map((share) => [share.group.name, share.cents])).toEqual([['Brest centre', 1000]])
    expect(summary.nationalCents).toBe(1500)
    expect(summary.costCents).toBe(1020)
    expect(summary.frequency).toBe('monthly')
  })
})

describe('what the form says', () => {
  it('says the tax cost in the reader’s language, a month for a monthly donation', () => {
    expect(plain(taxCostText(10_000, 'once', fr, 'fr'))).toBe(
      'Après la réduction d’impôt de 66 % (dans la limite de 20 % de votre revenu imposable), ce don vous coûte 34,00 €.',
    )
    expect(plain(taxCostText(3000, 'monthly', fr, 'fr'))).toMatch(/ce don vous coûte 10,20 € par mois\.$/)
    expect(taxCostText(10_000, 'once', textsIn(donationText, 'en'), 'en')).toContain('costs you €34.00')
  })

  it('fills in the minimum and the maximum (never above the yearly cap) of a problem', () => {
    expect(plain(problemText('amountBelowMinimum', fr, rules, 'fr'))).toBe('Le don minimum est de 5,00 €.')
    expect(plain(problemText('amountAboveMaximum', fr, { ...rules, maximumCents: 2_000_000 }, 'fr'))).toContain('7 500,00 €')
    expect(problemText('nationalityRequired', fr, rules, 'fr')).toBe('Choisissez votre nationalité.')
  })

  it('has every problem said in every language, with no placeholder left unfilled', () => {
    for (const locale of localeCodes)
      for (const problem of donationProblems.options)
        expect(problemText(problem, textsIn(donationText, locale), rules, locale)).not.toMatch(/[{}]/)
  })

  const figures: CapFigures = {
    capCents: 750_000,
    givenThisYearCents: 600_000,
    monthlyStillToComeCents: 0,
    thisDonationCents: 200_000,
    paymentsThisYear: 1,
    stillPossibleCents: 150_000,
    largestMonthlyCents: null,
  }

  it('gives every figure of a refusal over the cap, and what is still possible', () => {
    expect(overCapLines(figures, fr, 'fr').map(plain)).toEqual([
      'Plafond par personne et par an, tous partis confondus : 7 500,00 €',
      'Déjà donné à notre mouvement cette année : 6 000,00 €',
      'Ce don d’ici au 31 décembre : 2 000,00 € (nombre de versements : 1)',
      'Vous pouvez encore donner cette année : 1 500,00 €',
    ])
  })

  it('adds the monthly donations still to come, and the largest monthly amount for a monthly donation', () => {
    const lines = overCapLines(
      {
        ...figures,
        monthlyStillToComeCents: 60_000,
        thisDonationCents: 120_000,
        paymentsThisYear: 6,
        stillPossibleCents: 90_000,
        largestMonthlyCents: 15_000,
      },
      fr,
      'fr',
    ).map(plain)
    expect(lines).toContain('Encore à venir d’ici au 31 décembre de vos dons mensuels en cours : 600,00 €')
    expect(lines).toContain('Ce don d’ici au 31 décembre : 1 200,00 € (nombre de versements : 6)')
    expect(lines.at(-1)).toBe('Le don mensuel le plus élevé encore possible : 150,00 € par mois')
  })

  it('formats euros in each language and leaves an unknown placeholder alone', () => {
    expect(formatEuros(123_456, 'en')).toBe('€1,234.56')
    expect(plain(formatEuros(123_456, 'de'))).toBe('1.234,56 €')
    expect(fillIn('{amount} / {other}', { amount: 'x' })).toBe('x / {other}')
  })
})

describe('the groups', () => {
  it('finds a group by name or town, without minding case or accents, names starting with the search first', () => {
    expect(findGroups(groups, 'saint-eti').map((group) => group.slug)).toEqual(['saint-etienne'])
    expect(findGroups(groups, 'ECOLOGIE').map((group) => group.slug)).toEqual(['ecologie'])
    expect(findGroups(groups, 'saint').map((group) => group.slug)).toEqual(['saint-denis-reunion', 'saint-etienne'])
    expect(findGroups(groups, 'fougeres pays').map((group) => group.slug)).toEqual(['fougeres'])
  })

  it('finds the groups of a postcode or a department by its first digits', () => {
    expect(
      findGroups(groups, '35')
        .map((group) => group.slug)
        .sort(),
    ).toEqual(['fougeres', 'rennes-nord'])
    expect(findGroups(groups, '974').map((group) => group.slug)).toEqual(['saint-denis-reunion'])
  })

  it('finds nothing for an empty search, and no more than asked', () => {
    expect(findGroups(groups, '   ')).toEqual([])
    expect(findGroups(groups, 'e', 2)).toHaveLength(2)
  })

  it('lists the groups by department in number order, the ones without last, by town within one', () => {
    const listed = groupsByDepartment(groups, 'fr')
    expect(listed.map((entry) => entry.department)).toEqual(['29', '35', '42', '974', null])
    expect(listed[1]!.groups.map((group) => group.city)).toEqual(['Fougères', 'Rennes'])
  })
})

describe('the thank-you page', () => {
  it('says the email confirms before it knows, and tells a payment that did not go through', () => {
    expect(statusMessage({ kind: 'waiting' }, fr.status)).toEqual({ message: fr.status.withoutScript, failed: false })
    expect(statusMessage({ kind: 'status', status: 'succeeded' }, fr.status)).toEqual({ message: fr.status.succeeded, failed: false })
    for (const status of ['failed', 'expired', 'unknown'] as const)
      expect(statusMessage({ kind: 'status', status }, fr.status)).toEqual({ message: fr.status[status], failed: true })
    expect(statusMessage({ kind: 'pendingLong' }, fr.status).message).toBe(fr.status.pendingLong)
  })

  it('asks again a few times, each time waiting longer, for about half a minute in all', () => {
    expect(pollDelays.every((delay, index) => index === 0 || delay > pollDelays[index - 1]!)).toBe(true)
    expect(pollDelays.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(40)
  })
})
