import type { Payload } from 'payload'

import type { DonationRules } from '../../publication/donation'
import { env } from '../../env'
import { expiringPromises } from '../cache/expiringPromises'
import { publicResponsesGeneration } from '../cache/publicResponses'

type Id = number | string

/** The form's rules as the server applies them, and each group a donation may go to, by slug. */
export interface ServerDonationRules extends DonationRules {
  groupIds: ReadonlyMap<string, Id>
}

/** The published, active groups (as any visitor reads them), kept until public content is saved, a minute at most. */
const groups = expiringPromises<ReadonlyMap<string, Id>>({
  globalKey: '__hubKeptDonationGroups',
  freshForMs: 60_000,
  maxEntries: 1,
  generation: publicResponsesGeneration,
})

const readGroups = async (payload: Payload): Promise<ReadonlyMap<string, Id>> => {
  const { docs } = await payload.find({
    collection: 'action-groups',
    where: { active: { equals: true } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return new Map(docs.map((group) => [group.slug, group.id]))
}

export const donationRules = async (payload: Payload): Promise<ServerDonationRules> => {
  const groupIds = await groups.get('groups', () => readGroups(payload))
  const { minimumCents, maximumCents } = env.donations
  return { minimumCents, maximumCents, groupSlugs: new Set(groupIds.keys()), groupIds }
}
