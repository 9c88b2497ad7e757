import type { SearchRecord } from '../records'

/** A French training's search record for the static index's tests: the fields given, the rest empty. */
export const testRecord = (fields: Partial<SearchRecord> & Pick<SearchRecord, 'id' | 'title'>): SearchRecord => ({
  type: 'trainings',
  locale: 'fr',
  language: 'fr',
  summary: '',
  text: '',
  themes: [],
  level: null,
  kind: null,
  durationMinutes: null,
  eventType: null,
  department: null,
  online: null,
  endsAt: null,
  date: '2026-01-01',
  url: `/fr/trainings/${fields.id}/`,
  image: null,
  ...fields,
})
