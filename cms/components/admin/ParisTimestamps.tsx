'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { formatAdminDate } from './formatAdminDate'
import './ParisTimestamps.css'

// One above the other: beside the buttons, side by side they would squeeze the document's status.
const list: CSSProperties = { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none' }
const item: CSSProperties = { display: 'flex', alignItems: 'center' }

const isDate = (value: unknown): value is string => typeof value === 'string' && value !== ''

/**
 * The document's "last modified" and "created" in Paris time, in place of Payload's, which its
 * header writes in the browser's zone with no setting to change it (ParisTimestamps.css hides
 * those while this is shown). Read from the document as last saved, so a save updates it.
 */
export function ParisTimestamps() {
  const { data, isTrashed } = useDocumentInfo()
  const { i18n } = useTranslation()
  const timestamps = [
    { label: i18n.t(isTrashed ? 'general:deleted' : 'general:lastModified'), date: data?.updatedAt },
    { label: i18n.t('general:created'), date: data?.createdAt },
  ]
  // A document being created has none yet; Payload says "creating" instead.
  if (!timestamps.some(({ date }) => isDate(date))) return null
  return (
    <ul className="paris-timestamps" style={list}>
      {timestamps.map(({ label, date }) => (
        <li key={label} style={item}>
          <p className="doc-controls__label">{label}:&nbsp;</p>
          {isDate(date) && (
            <time className="doc-controls__value" dateTime={date}>
              {formatAdminDate(date, i18n)}
            </time>
          )}
        </li>
      ))}
    </ul>
  )
}
