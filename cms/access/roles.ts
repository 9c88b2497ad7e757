import type { LocaleCode } from '../../publication/locales'

export const roles = ['admin', 'editor', 'translator', 'organiser', 'treasurer'] as const
export type Role = (typeof roles)[number]

/** The part of a user the access rules look at. */
export interface RoleHolder {
  role?: Role | null
  /** A translator's working languages (named so it cannot clash with Payload's `_locales` tables). */
  languages?: LocaleCode[] | null
  /** An organiser's action groups: ids, or documents when the user was read with depth. */
  groups?: (number | string | { id: number | string })[] | null
}

const asRoleHolder = (user: unknown): RoleHolder | null => (user && typeof user === 'object' ? (user as RoleHolder) : null)

export const hasRole = (user: unknown, ...allowed: Role[]): boolean => {
  const role = asRoleHolder(user)?.role
  return Boolean(role && allowed.includes(role))
}

export const translatorLocales = (user: unknown): LocaleCode[] => asRoleHolder(user)?.languages ?? []

/** The action groups an organiser runs (none for any other role). */
export const organiserGroupIds = (user: unknown): (number | string)[] => {
  const holder = asRoleHolder(user)
  if (holder?.role !== 'organiser') return []
  return (holder.groups ?? []).map((group) => (typeof group === 'object' ? group.id : group))
}
