// Types only: the access rules' module is the source of a user's shape, not imported in the browser.
import type { RoleHolder } from '../../access/roles'

/**
 * A translator's languages when `locale` is not one of them (the document is read-only for them
 * there), otherwise null: any other role, or a translator in their own language.
 */
export const readOnlyLocaleFor = (user: unknown, locale: string | undefined): string[] | null => {
  if (!user || typeof user !== 'object' || !locale) return null
  const { role, languages } = user as RoleHolder
  if (role !== 'translator') return null
  const theirs: string[] = languages ?? []
  return theirs.includes(locale) ? null : theirs
}
