import { personKeyOf } from '../../cms/donations/personsYear'
import { yearAndMonthInFrance } from '../../cms/donations/yearlyCap'
import { demoDonations } from '../data/donations'
import type { SeedContext } from './context'
import { idsOf } from './context'
import { noDemoAccountsReason } from './users'

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * A month of demo donations and each group's account, as the webhooks would have written them
 * (paid, credited; one refunded and reversed). Only with the demo accounts (never on a real
 * installation), and only into a database without any donation.
 */
export const seedDemoDonations = async (context: SeedContext, groupIds: Map<string, number | string>): Promise<void> => {
  if (noDemoAccountsReason()) return
  const { payload } = context
  if ((await payload.count({ collection: 'donations' })).totalDocs > 0) return
  const step = context.progress.step('Dons de démonstration', demoDonations.length)
  for (const gift of demoDonations) {
    const paidAt = new Date(Date.now() - gift.daysAgo * 86_400_000)
    const shares = Object.entries(gift.shares ?? {}).map(([slug, euros]) => ({
      group: idsOf(groupIds, [slug], 'action group')[0] as number,
      cents: euros * 100,
    }))
    const sharedCents = shares.reduce((sum, share) => sum + share.cents, 0)
    const donor = {
      firstName: gift.firstName,
      lastName: gift.lastName,
      email: `${plain(gift.firstName)}.${plain(gift.lastName)}@example.org`,
      address: '1 place de la République',
      postcode: gift.postcode,
      city: gift.city,
      nationality: 'FR',
      residesInFrance: true,
      phone: '01 23 45 67 89',
    }
    const donation = await payload.create({
      collection: 'donations',
      depth: 0,
      data: {
        frequency: 'once',
        status: gift.refunded ? 'refunded' : 'succeeded',
        ...(gift.refunded ? { refundedBecause: 'stripe' as const } : {}),
        amountCents: gift.euros * 100,
        nationalCents: gift.euros * 100 - sharedCents,
        shares,
        donor: { ...donor, personKey: personKeyOf(donor) },
        language: 'fr',
        certifiedAt: paidAt.toISOString(),
        succeededAt: paidAt.toISOString(),
        capYear: yearAndMonthInFrance(paidAt).year,
      },
    })
    for (const share of shares) {
      const row = { group: share.group, donation: donation.id, reason: 'payment' as const, createdAt: paidAt.toISOString() }
      await payload.create({ collection: 'group-ledger', depth: 0, data: { ...row, kind: 'credit', cents: share.cents } })
      if (gift.refunded) {
        await payload.create({
          collection: 'group-ledger',
          depth: 0,
          data: { ...row, kind: 'reversal', reason: 'refund', cents: -share.cents },
        })
      }
    }
    step.tick()
  }
  step.done()
}
