import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Create, publish and delete content: editors and admins. */
export const editorsAndAdmins: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const editorsAndAdminsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
