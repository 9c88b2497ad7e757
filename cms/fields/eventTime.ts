import type { DateField } from 'payload'

/** Where the movement's events happen: mainland France, overseas, and neighbouring countries. */
export const eventTimeZones = [
  { value: 'Europe/Paris', label: 'Paris' },
  { value: 'America/Guadeloupe', label: 'Guadeloupe' },
  { value: 'America/Martinique', label: 'Martinique' },
  { value: 'America/Cayenne', label: 'Guyane / Cayenne' },
  { value: 'Indian/Reunion', label: 'La Réunion' },
  { value: 'Indian/Mayotte', label: 'Mayotte' },
  { value: 'America/Miquelon', label: 'Saint-Pierre-et-Miquelon' },
  { value: 'Pacific/Noumea', label: 'Nouméa' },
  { value: 'Pacific/Tahiti', label: 'Tahiti' },
  { value: 'Pacific/Wallis', label: 'Wallis-et-Futuna' },
  { value: 'Europe/Brussels', label: 'Bruxelles' },
  { value: 'Europe/Luxembourg', label: 'Luxembourg' },
  { value: 'Europe/Zurich', label: 'Genève / Zurich' },
  { value: 'Europe/London', label: 'Londres' },
  { value: 'Europe/Madrid', label: 'Madrid' },
  { value: 'Europe/Berlin', label: 'Berlin' },
  { value: 'UTC', label: 'UTC' },
]
export const defaultEventTimeZone = 'Europe/Paris'

/** A date and time entered and shown in the event's time zone (Payload stores the instant in UTC and the zone beside it, `<name>_tz`). */
export const eventTimeField = (field: Pick<DateField, 'label' | 'name' | 'required' | 'validate'>): DateField => ({
  ...field,
  type: 'date',
  index: true,
  timezone: { defaultTimezone: defaultEventTimeZone, supportedTimezones: eventTimeZones },
  admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd/MM/yyyy HH:mm' } },
})
