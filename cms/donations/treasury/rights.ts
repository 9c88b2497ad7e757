import { readsDonations } from '../../access/treasurers'
import { organiserGroupIds } from '../../access/roles'

/**
 * Who reads what of the money, as the collections' access says it (cms/access/treasurers.ts):
 * donations and donors, admins and treasurers (`readsDonations`); a group's account, them and the
 * group's organisers. The treasury checks these before it reads, and reads with the caller's own rights.
 */

/** The groups whose account the user reads: every group, or their own (none for anyone else). */
export const accountsReadBy = (user: unknown): 'every' | string[] => (readsDonations(user) ? 'every' : organiserGroupIds(user).map(String))

export const readsAccountOf = (user: unknown, groupId: number | string): boolean => {
  const readable = accountsReadBy(user)
  return readable === 'every' || readable.includes(String(groupId))
}
