import type { CollectionConfig, Field, Validate } from 'payload'
import { validations } from 'payload/shared'

import { defaultLocale } from '../../publication/locales'

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

type ValidatedField = Field & { type: keyof typeof validations; required?: boolean; localized?: boolean; validate?: Validate }

/**
 * A required text in another language may stay empty when a document is saved or
 * published there: the site shows the French in its place, under a notice. Since each
 * language is published on its own (`publishThisLanguageOnly`), this is what lets a partial
 * translation go live. French stays complete: it is validated as before, and so is every
 * language when a document is created.
 */
const fallsBackToFrench = (field: ValidatedField): Field => {
  const validate = (field.validate ?? validations[field.type]) as Validate
  const emptyAllowedOutsideFrench: Validate = (value, options) =>
    options.operation === 'update' && options.req.locale !== defaultLocale && isEmpty(value) ? true : validate(value, options)
  return { ...field, validate: emptyAllowedOutsideFrench } as Field
}

const withFallback = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withFallback(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withFallback(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withFallback(field.fields) } as Field
    const validated = field as ValidatedField
    return validated.localized && validated.required && validated.type in validations ? fallsBackToFrench(validated) : field
  })

export const requiredInFrenchOnly = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withFallback(collection.fields),
})
