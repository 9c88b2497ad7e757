import type { DateFieldServerComponent } from 'payload'

import { formatAdminDate } from './formatAdminDate'
import { ReadOnlyValue } from './ReadOnlyValue'

const dateOrNull = (value: unknown): string | null => (typeof value === 'string' || value instanceof Date ? String(value) : null)

/** A read-only date in a document, written as formatAdminDate writes it. */
export const AdminDateField: DateFieldServerComponent = ({ data, field, i18n }) => {
  const date = dateOrNull((data as Record<string, unknown> | undefined)?.[field.name])
  return <ReadOnlyValue field={field} i18n={i18n} text={date ? formatAdminDate(date, i18n) : '—'} />
}
