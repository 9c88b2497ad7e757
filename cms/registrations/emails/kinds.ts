/**
 * The emails a registration gets: its outcome (confirmed, waitlisted, already registered, promoted
 * from the waitlist), the reminder before the event, and the event's own news (changed, cancelled).
 * A cancellation by the person sends nothing: their data is erased at once, and the site's page says it.
 */
export const registrationEmailKinds = [
  'confirmation',
  'waitlisted',
  'already-registered',
  'promoted',
  'reminder',
  'changed',
  'cancelled',
] as const

export type RegistrationEmailKind = (typeof registrationEmailKinds)[number]
