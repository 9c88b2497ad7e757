import type { Access, Where } from 'payload'

import { hasRole, organiserGroupIds, translatorLocales } from './roles'

/** Events organised by one of the user's groups, or nothing when the user runs none. */
const eventsOfTheirGroups = (user: unknown): Where | false => {
  const groups = organiserGroupIds(user)
  return groups.length > 0 ? { organisers: { in: groups } } : false
}

/** Create an event: editors and admins, and organisers (for one of their groups: checked on save). */
export const editorsAdminsOrOrganisers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'organiser')

/**
 * Change an event: editors and admins; translators in their languages (what they may change is
 * checked by `restrictTranslators`); organisers, the events one of their groups organises.
 */
export const editorsTranslatorsOrTheirOrganisers: Access = ({ req: { locale, user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (hasRole(user, 'translator')) return translatorLocales(user).some((code) => code === locale)
  return eventsOfTheirGroups(user)
}

/**
 * Registrations (personal data): admins, and organisers for the events of their groups. Nobody
 * else, and never anonymously: sign-ups arrive through the public endpoint, not this API.
 */
export const adminsOrOrganisersOfTheEvent: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const groups = organiserGroupIds(user)
  return groups.length > 0 ? { 'event.organisers': { in: groups } } : false
}
