'use client'
import { FieldLabel } from '@payloadcms/ui'
import type { TextFieldLabelClientComponent } from 'payload'

/**
 * The label of a field the server fills in when it is left empty: required of the document, never
 * of the editor, so it carries no required star.
 */
export const FilledInLabel: TextFieldLabelClientComponent = ({ field, path }) => (
  <FieldLabel label={field?.label} localized={field?.localized} path={path} required={false} />
)
