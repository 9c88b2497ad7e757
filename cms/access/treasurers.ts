import type { Access } from 'payload'

import { hasRole, organiserGroupIds } from './roles'

/**
 * Donations (personal data and money): admins and treasurers read them, and every group's account.
 * Nobody writes them through the API, not even an admin: the donation endpoint and Stripe's
 * webhooks do, through the Local API; editors, translators and organisers never see them. The
 * treasury's own reads (cms/donations/treasury) check the same rule on the user.
 */
export const readsDonations = (user: unknown): boolean => hasRole(user, 'admin', 'treasurer')

export const adminsAndTreasurers: Access = ({ req: { user } }) => readsDonations(user)

/**
 * A group's account: admins and treasurers read every group's; an organiser reads their own
 * groups' rows (amounts and dates, never a donor). Nobody else.
 */
export const treasurersOrTheGroupsOrganisers: Access = ({ req: { user } }) => {
  if (readsDonations(user)) return true
  const groups = organiserGroupIds(user)
  return groups.length > 0 ? { group: { in: groups } } : false
}
