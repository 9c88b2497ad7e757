import { getTranslation } from '@payloadcms/translations'
import type { CollectionBeforeValidateHook, CollectionConfig, Field, PayloadRequest, Validate } from 'payload'
import { validations } from 'payload/shared'

import { defaultLocale } from '../../publication/locales'
import { refusal } from '../hooks/refusal'
import { hubT } from '../i18n/hubT'

/** The admin's "Save draft" button, showing the title's error when a draft is refused for it. */
const saveDraftMarkingRefusals = '/cms/components/admin/SaveDraftMarkingRefusals#SaveDraftMarkingRefusals'

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

type ValidatedField = Field & { type: keyof typeof validations; required?: boolean; localized?: boolean; validate?: Validate }

/** The field's own check, or Payload's for its type. */
const checkOf = (field: ValidatedField) => (field.validate ?? validations[field.type]) as Validate

/**
 * A required text in another language may stay empty when a document is saved or
 * published there: the site shows the French in its place, under a notice. Since each
 * language is published on its own (`publishThisLanguageOnly`), this is what lets a partial
 * translation go live. French stays complete: it is validated as before, and so is every
 * language when a document is created.
 */
const fallsBackToFrench = (field: ValidatedField): Field => {
  const validate = checkOf(field)
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

/**
 * Payload checks no field of a draft, so "Save draft" on an empty form made a «[Sans titre]»
 * document. A draft needs its title, the one thing it is found by in lists: in the language it is
 * created in, then in French (a translator's draft in another language may leave it empty, French
 * shows there). Every other field may wait for the publication, which checks them all.
 */
const draftNeedsItsTitle =
  (title: Title): CollectionBeforeValidateHook =>
  ({ collection, data, operation, req }) => {
    if (data?._status !== 'draft' || req.locale === 'all') return data
    const value: unknown = data[title.name]
    const missing = operation === 'create' ? isEmpty(value) : req.locale === defaultLocale && value !== undefined && isEmpty(value)
    if (!missing) return data
    throw refusal(req, collection.slug, [{ path: title.name, message: titleMissing(req, title) }])
  }

type Title = { name: string; label?: unknown }

const titleMissing = (req: PayloadRequest, title: Title): string => {
  const field = getTranslation((title.label ?? title.name) as Parameters<typeof getTranslation>[0], req.i18n)
  return hubT(req, 'draftNeedsTitle', { field: String(field) })
}

/**
 * The empty title says the draft's refusal wherever the server checks it: in a refused publication
 * and in the admin's checks while the editor works, which would otherwise replace the refusal's
 * message under the field with Payload's generic "required".
 */
const withTitleMessage = (fields: Field[], title: Title): Field[] =>
  fields.map((field): Field => {
    if (!('name' in field) || field.name !== title.name) return field
    const validated = field as ValidatedField
    const validate = checkOf(validated)
    const titleValidate: Validate = (value, options) => (isEmpty(value) ? titleMissing(options.req, title) : validate(value, options))
    return { ...validated, validate: titleValidate } as Field
  })

/** The required, top-level field a drafted collection's documents are listed by, if any. */
const requiredTitleField = (collection: CollectionConfig) => {
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  // An autosaved collection saves drafts as the editor types, an empty one first.
  if (!drafts || (typeof drafts === 'object' && drafts.autosave)) return undefined
  const name = collection.admin?.useAsTitle
  const field = collection.fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || !('name' in field) || !('required' in field) || !field.required) return undefined
  return { name: field.name, label: 'label' in field ? field.label : undefined }
}

export const requiredInFrenchOnly = (collection: CollectionConfig): CollectionConfig => {
  const title = requiredTitleField(collection)
  return {
    ...collection,
    fields: withFallback(title ? withTitleMessage(collection.fields, title) : collection.fields),
    ...(title && {
      hooks: { ...collection.hooks, beforeValidate: [...(collection.hooks?.beforeValidate ?? []), draftNeedsItsTitle(title)] },
      admin: {
        ...collection.admin,
        components: {
          ...collection.admin?.components,
          edit: {
            ...collection.admin?.components?.edit,
            SaveDraftButton: { path: saveDraftMarkingRefusals, clientProps: { titlePath: title.name } },
          },
        },
      },
    }),
  }
}
