import type { EventEntry } from '../../publication/schema'

/**
 * What the event page offers for signing up, as of `now` (the build): the form, a date it opens
 * on, a link elsewhere, or a sentence. The CMS decides again at each sign-up; a page built before
 * registration opened says when it opens, and the next build shows the form.
 */
export type RegistrationState =
  { kind: 'form' } | { kind: 'opensOn'; opensAt: string } | { kind: 'closed' } | { kind: 'external'; url: string } | { kind: 'none' }

export function registrationState(event: Pick<EventEntry, 'status' | 'endsAt' | 'registration'>, now: Date): RegistrationState {
  const { mode, externalUrl, opensAt, closesAt } = event.registration
  if (mode === 'none') return { kind: 'none' }
  if (event.status !== 'scheduled' || Date.parse(event.endsAt) <= now.getTime()) return { kind: 'closed' }
  if (mode === 'external') return externalUrl ? { kind: 'external', url: externalUrl } : { kind: 'none' }
  if (opensAt && Date.parse(opensAt) > now.getTime()) return { kind: 'opensOn', opensAt }
  if (closesAt && Date.parse(closesAt) <= now.getTime()) return { kind: 'closed' }
  return { kind: 'form' }
}

/** Seats at build time, in the seats endpoint's shape (publication/signUp.ts `seatsResponse`); `left` is null without a limit. */
export const seatsAtBuild = ({ registration }: Pick<EventEntry, 'registration'>, state: RegistrationState) => ({
  open: state.kind === 'form',
  capacity: registration.capacity,
  left: registration.capacity === null ? null : Math.max(0, registration.capacity - registration.seatsTaken),
  waitlist: registration.waitlist,
})
