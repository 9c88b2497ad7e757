import type { Access } from 'payload'

import { hasRole, organiserGroupIds } from './roles'

/**
 * Donations (personal data and money): admins and treasurers read them. Nobody writes them
 * through the API, not even an admin: the donation endpoint and Stripe's webhooks do, through the
 * Local API; editors, translators and organisers never see them.
 */
export const adminsAndTreasurers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'treasurer')

/**
 * A group's account: admins and treasurers read every group's; an organiser reads their own
 * groups' rows (amounts and dates, never a donor). Nobody else.
 */
export const treasurersOrTheGroupsOrganisers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'treasurer')) return true
  const groups = organiserGroupIds(user)
  return groups.length > 0 ? { group: { in: groups } } : false
}
