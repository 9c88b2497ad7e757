import Link from 'next/link'
import type { DateFieldServerComponent, DefaultServerCellComponentProps } from 'payload'

import { formatAdminDate } from './formatAdminDate'
import { ReadOnlyValue } from './ReadOnlyValue'

const dateOrNull = (value: unknown): string | null => (typeof value === 'string' || value instanceof Date ? String(value) : null)

/**
 * A list cell showing a date as the rest of the admin does (formatAdminDate): Payload's own cell
 * writes it in the zone of whoever renders it, the server's or the browser's.
 */
export function AdminDateCell({ cellData, collectionSlug, i18n, link, linkURL, payload, rowData }: DefaultServerCellComponentProps) {
  const date = dateOrNull(cellData)
  const text = date ? formatAdminDate(date, i18n) : ''
  if (!link) return <span>{text}</span>
  const href = linkURL ?? `${payload.config.routes.admin}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`
  return (
    <Link href={href} prefetch={false}>
      {text}
    </Link>
  )
}

/** A read-only date in a document, written as formatAdminDate writes it. */
export const AdminDateField: DateFieldServerComponent = ({ data, field, i18n }) => {
  const date = dateOrNull((data as Record<string, unknown> | undefined)?.[field.name])
  return <ReadOnlyValue field={field} i18n={i18n} text={date ? formatAdminDate(date, i18n) : '—'} />
}
