import type { TextField, TextFieldSingleValidation } from 'payload'

import { hubT } from '../i18n/hubT'

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

const validateUrl: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  return isHttpUrl(value) || hubT(req, 'urlInvalid')
}

/** A web address (http or https), checked with a translated message. */
export const urlField = (field: Pick<TextField, 'label' | 'name' | 'required'>): TextField => ({
  ...field,
  type: 'text',
  validate: validateUrl,
})
