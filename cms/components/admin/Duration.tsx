import type { DefaultServerCellComponentProps, NumberFieldServerComponent } from 'payload'

import { formatDuration } from './formatDuration'
import { ReadOnlyValue } from './ReadOnlyValue'

type Translate = Parameters<typeof formatDuration>[1]

/** A list cell showing a duration stored in milliseconds in seconds, or minutes and seconds. */
export function DurationCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatDuration(cellData, i18n.t as Translate) : ''}</span>
}

/** A read-only duration in a document, stored in milliseconds, shown as the list shows it. */
export const DurationField: NumberFieldServerComponent = ({ data, field, i18n }) => {
  const value = (data as Record<string, unknown> | undefined)?.[field.name]
  return <ReadOnlyValue field={field} i18n={i18n} text={typeof value === 'number' ? formatDuration(value, i18n.t as Translate) : '—'} />
}
