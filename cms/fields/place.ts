import type { NumberField, TextField, TextFieldSingleValidation } from 'payload'

import { hubT } from '../i18n/hubT'

/** French department codes: 01–95 (2A, 2B for Corsica) and 971–976 overseas. */
export const isDepartmentCode = (value: string): boolean => /^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/.test(value)

const validateDepartment: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  return isDepartmentCode(value) || hubT(req, 'departmentInvalid')
}

const validatePostcode: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  return /^[0-9A-Z][0-9A-Z -]{1,8}[0-9A-Z]$/i.test(value.trim()) || hubT(req, 'postcodeInvalid')
}

export const departmentField = (required = false): TextField => ({
  name: 'department',
  type: 'text',
  required,
  index: true,
  maxLength: 3,
  label: { fr: 'Département (code)', en: 'Department (code)' },
  admin: { description: { fr: 'Ex. : 75, 2A, 974.', en: 'E.g. 75, 2A, 974.' } },
  validate: validateDepartment,
})

export const postcodeField: TextField = {
  name: 'postcode',
  type: 'text',
  maxLength: 10,
  label: { fr: 'Code postal', en: 'Postcode' },
  validate: validatePostcode,
}

/** Latitude and longitude in decimal degrees (WGS 84): what "near me" sorts by, in the browser. */
export const coordinateFields: NumberField[] = [
  { name: 'latitude', type: 'number', min: -90, max: 90, label: { fr: 'Latitude', en: 'Latitude' } },
  { name: 'longitude', type: 'number', min: -180, max: 180, label: { fr: 'Longitude', en: 'Longitude' } },
]
