import { formatDate } from '@payloadcms/ui/shared'
import Link from 'next/link'
import type { DefaultServerCellComponentProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { adminTimeZone } from './adminDates'

const isDate = (value: unknown): value is Date | string => (typeof value === 'string' && value !== '') || value instanceof Date

/**
 * A list cell for a date without a `timezone` of its own, written as Payload's cell writes it (the
 * field's `displayFormat`, else `admin.dateFormat`) but in Paris time: Payload's writes it in the
 * zone of the browser that renders it (cms/plugins/parisDates.ts gives every such field this cell).
 */
export function ParisDateCell({ cellData, collectionSlug, field, i18n, link, linkURL, payload, rowData }: DefaultServerCellComponentProps) {
  const pattern = (field.type === 'date' && field.admin?.date?.displayFormat) || payload.config.admin.dateFormat
  const text = isDate(cellData) ? formatDate({ date: cellData, i18n, pattern, timezone: adminTimeZone }) : ''
  if (!link) return <span>{text}</span>
  const href =
    linkURL ??
    formatAdminURL({
      adminRoute: payload.config.routes.admin,
      path: `/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`,
    })
  return (
    <Link href={href} prefetch={false}>
      {text}
    </Link>
  )
}
