import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole, organiserGroupIds } from '../../../access/roles'
import { refusal } from '../../../hooks/refusal'
import { hubT } from '../../../i18n/hubT'

interface EventData {
  organisers?: (number | string | { id: number | string })[] | null
  place?: { city?: string | null; address?: string | null } | null
  online?: { url?: string | null } | null
  registration?: { mode?: string | null; externalUrl?: string | null } | null
  startsAt_tz?: string | null
  endsAt_tz?: string | null
}

const idOf = (value: number | string | { id: number | string }) => (typeof value === 'object' ? value.id : value)

/**
 * What an event needs as a whole, said on the field to fix: somewhere to be (a place or a link), an
 * end in the start's time zone, the external link when registration is elsewhere; and an organiser
 * saves only events that one of their groups organises (else an event could be handed to any group),
 * and names as co-organisers only their own groups (the others already on the event may stay).
 */
export const checkEvent: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  // A PATCH carries only what changed: the rest is the stored document's.
  const event = { ...(originalDoc as EventData | undefined), ...(data as EventData) }
  const errors: { message: string; path: string }[] = []
  if (!event.place?.city?.trim() && !event.place?.address?.trim() && !event.online?.url?.trim()) {
    errors.push({ message: hubT(req, 'eventNeedsPlaceOrLink'), path: 'place.city' })
  }
  if (event.startsAt_tz && event.endsAt_tz && event.startsAt_tz !== event.endsAt_tz) {
    errors.push({ message: hubT(req, 'eventTimeZonesDiffer'), path: 'endsAt' })
  }
  if (event.registration?.mode === 'external' && !event.registration.externalUrl?.trim()) {
    errors.push({ message: req.t('validation:required'), path: 'registration.externalUrl' })
  }
  if (hasRole(req.user, 'organiser')) {
    const mine = new Set(organiserGroupIds(req.user).map(String))
    const organisers = (event.organisers ?? []).map((group) => String(idOf(group)))
    if (!organisers.some((group) => mine.has(group))) {
      errors.push({ message: hubT(req, 'organiserOwnGroupsOnly'), path: 'organisers' })
    }
    // Other groups already on the event stay; naming a new one would put it on their agenda uninvited.
    const already = new Set(((originalDoc as EventData | undefined)?.organisers ?? []).map((group) => String(idOf(group))))
    if (organisers.some((group) => !mine.has(group) && !already.has(group))) {
      errors.push({ message: hubT(req, 'organiserAddsOtherGroup'), path: 'organisers' })
    }
  }
  if (errors.length > 0) throw refusal(req, collection.slug, errors)
  return data
}
