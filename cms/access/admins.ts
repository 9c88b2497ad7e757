import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const adminsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins see and change every account; everyone else only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
