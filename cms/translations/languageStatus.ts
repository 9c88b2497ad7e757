import type { CollectionConfig, UIField } from 'payload'

export const languageStatusComponent = '/cms/components/translations/LanguageStatus#LanguageStatus'
export const readOnlyBannerComponent = '/cms/components/translations/ReadOnlyLanguageBanner#ReadOnlyLanguageBanner'

/** A field that stores nothing: the banner a translator reads in a language not theirs. */
export const readOnlyBannerField: UIField = {
  name: 'translatorReadOnlyLanguage',
  type: 'ui',
  admin: { components: { Field: readOnlyBannerComponent }, disableListColumn: true },
}

/**
 * A translated collection's document view gets each language's translation status beside its
 * controls, and, first of its fields, the banner telling a translator why a language that is not
 * theirs is read-only. Applied once (a second time changes nothing).
 */
export const withLanguageStatus = (collection: CollectionConfig): CollectionConfig => {
  const hasBanner = collection.fields.some((field) => 'name' in field && field.name === readOnlyBannerField.name)
  return {
    ...withBeforeDocumentControl(collection, languageStatusComponent),
    fields: hasBanner ? collection.fields : [readOnlyBannerField, ...collection.fields],
  }
}

/** The collection with `component` among the components before its document controls, once. */
export const withBeforeDocumentControl = (collection: CollectionConfig, component: string): CollectionConfig => {
  const edit = collection.admin?.components?.edit
  const before = edit?.beforeDocumentControls ?? []
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: { ...edit, beforeDocumentControls: before.includes(component) ? before : [...before, component] },
      },
    },
  }
}
