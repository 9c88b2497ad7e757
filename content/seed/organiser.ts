import type { SeedContext } from './context'
import { idsOf } from './context'
import { demoPassword, noDemoAccountsReason } from './users'

/**
 * The organiser demo account (animatrice), tied to two groups. Seeded after the groups it needs,
 * so apart from the other demo accounts, under the same rule: never on a real installation.
 */
export const demoOrganiser = {
  email: 'animatrice@example.org',
  name: 'Nadia Animatrice',
  role: 'organiser',
  groups: ['paris-20e-belleville', 'saint-denis'],
} as const

export const seedDemoOrganiser = async (context: SeedContext, groupIds: Map<string, number | string>): Promise<void> => {
  // seedUsers has already said why there is no demo account.
  if (noDemoAccountsReason()) return
  const { payload } = context
  const step = context.progress.step('Compte animatrice', 1)
  const existing = await payload.count({ collection: 'users', where: { email: { equals: demoOrganiser.email } } })
  if (existing.totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { ...demoOrganiser, groups: idsOf(groupIds, demoOrganiser.groups, 'action group') as number[], password: demoPassword },
    })
  }
  step.tick()
  step.done()
}
