import type { CollectionConfig, Field } from 'payload'

import { withBeforeDocumentControl } from './languageStatus'

export const frenchTitleCellComponent = '/cms/components/translations/FrenchTitleCell#FrenchTitleCell'
export const frenchDocumentTitleComponent = '/cms/components/translations/FrenchDocumentTitle#FrenchDocumentTitle'

/** Is this the collection's title field, and translated (a shared title needs no French stand-in)? */
const isLocalizedTitle = (field: Field, titleName: string): boolean =>
  'name' in field && field.name === titleName && 'localized' in field && field.localized === true

/**
 * Where a document's title is not translated yet, the list's title cell and the document's heading
 * show its French title marked as such, instead of «<Pas de Titre>» and the id. For collections
 * whose `useAsTitle` is a localized top-level field; others are returned unchanged.
 */
export const withFrenchTitles = (collection: CollectionConfig): CollectionConfig => {
  const titleName = collection.admin?.useAsTitle
  if (!titleName || !collection.fields.some((field) => isLocalizedTitle(field, titleName))) return collection
  return {
    ...withBeforeDocumentControl(collection, frenchDocumentTitleComponent),
    fields: collection.fields.map((field) =>
      isLocalizedTitle(field, titleName)
        ? ({ ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: frenchTitleCellComponent } } } as Field)
        : field,
    ),
  }
}
