import type { Access } from 'payload'

import { hasRole, translatorLocales } from './roles'

/**
 * Update content: editors and admins always; translators only while working
 * in one of their locales. What a translator may change inside a document is
 * checked by the `restrictTranslators` hook.
 */
export const editorsOrTranslatorsInTheirLocales: Access = ({ req: { locale, user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'translator')) return false
  return translatorLocales(user).some((code) => code === locale)
}
