import { getTranslation } from '@payloadcms/translations'
import type { I18nClient } from '@payloadcms/translations'
import type { Field } from 'payload'

/** A field the server writes and staff only read, shown as text under its label (no input to mislead). */
export function ReadOnlyValue({ field, i18n, text }: { field: Field; i18n: I18nClient; text: string }) {
  const label = 'label' in field && field.label ? getTranslation(field.label, i18n) : 'name' in field ? field.name : ''
  return (
    <div className="field-type" style={{ marginBlockEnd: 'var(--base)' }}>
      <div className="field-label">{label}</div>
      <p style={{ margin: 0 }}>{text}</p>
    </div>
  )
}
