import type { CollectionConfig, DateField, Field, Plugin } from 'payload'

import { withBeforeDocumentControl } from '../translations/languageStatus'

export const parisDateCell = '/cms/components/admin/ParisDateCell#ParisDateCell'
export const parisTimestampsComponent = '/cms/components/admin/ParisTimestamps#ParisTimestamps'

/** Payload's own cell writes a date without a `timezone` in the browser's zone: ours writes it in Paris. */
const inParis = (field: DateField): DateField =>
  field.timezone || field.admin?.components?.Cell
    ? field
    : { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: parisDateCell } } }

const withParisCells = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'date') return inParis(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withParisCells(tab.fields) })) }
    if ('fields' in field) return { ...field, fields: withParisCells(field.fields) }
    return field
  })

/**
 * The timestamps exactly as Payload adds them when a collection has none (the same columns and
 * indexes: no migration), given our cell. Payload adds its own only where these are absent.
 */
const timestampFields: DateField[] = [
  {
    name: 'updatedAt',
    type: 'date',
    admin: { disableBulkEdit: true, hidden: true },
    index: true,
    label: ({ t }) => t('general:updatedAt'),
  },
  {
    name: 'createdAt',
    type: 'date',
    admin: { disableBulkEdit: true, hidden: true },
    index: true,
    label: ({ t }) => t('general:createdAt'),
  },
]

const hasTopLevelField = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const withParisDates = (collection: CollectionConfig): CollectionConfig => {
  if (collection.timestamps === false) return { ...collection, fields: withParisCells(collection.fields) }
  const missingTimestamps = timestampFields.filter(({ name }) => !hasTopLevelField(collection.fields, name))
  return withBeforeDocumentControl(
    { ...collection, fields: withParisCells([...collection.fields, ...missingTimestamps]) },
    parisTimestampsComponent,
  )
}

/**
 * Every date the admin renders on the server, and the document's "last modified" and "created",
 * in Paris time (`adminTimeZone`), whatever zone the editor's browser is in: list cells of dates
 * without a `timezone` of their own (those with one show in theirs), createdAt and updatedAt
 * included. Last among the plugins, so that it sees every collection and field.
 */
export const parisDates: Plugin = (config) => ({ ...config, collections: (config.collections ?? []).map(withParisDates) })
