import type { Field } from 'payload'

type Doc = Record<string, unknown>
type NamedField = Extract<Field, { name: string }>

/** Values that mean "nothing": a missing array and an empty one are the same to an editor. */
const normalise = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise)
  if (typeof value === 'object') {
    const record = value as Doc
    // A populated relationship or upload compares by id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    if ('relationTo' in record && 'value' in record) return { relationTo: record.relationTo, value: normalise(record.value) }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, normalise(inner)]))
  }
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

const rowsOf = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

/** The fields of one row of an array or blocks field. */
const fieldsOfRow = (field: NamedField, row: Doc): Field[] => {
  if (field.type === 'array') return field.fields
  if (field.type === 'blocks') return field.blocks.find((block) => block.slug === row.blockType)?.fields ?? []
  return []
}

/** Does any of these fields, however deep (rows, groups, tabs, blocks), hold a value per language? */
const holdsLocalizedFields = (fields: Field[]): boolean =>
  fields.some((field) => {
    if ('localized' in field && field.localized) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => ('localized' in tab && tab.localized) || holdsLocalizedFields(tab.fields))
    if (field.type === 'array' || field.type === 'blocks') return rowsHoldLocalizedFields(field)
    return 'fields' in field && holdsLocalizedFields(field.fields)
  })

/** Do the rows of this array or blocks field hold localized fields? */
const rowsHoldLocalizedFields = (field: Field): boolean =>
  field.type === 'array'
    ? holdsLocalizedFields(field.fields)
    : field.type === 'blocks' && field.blocks.some((block) => holdsLocalizedFields(block.fields))

/**
 * Calls `visit` for each non-localized field holding a value that `incoming` sends (groups,
 * named tabs, rows and collapsibles are entered; localized fields and their contents are
 * skipped), with the `original` value at the same place and its path.
 */
const visitSharedFields = (
  fields: Field[],
  incoming: Doc | undefined,
  original: Doc | undefined,
  prefix: string,
  visit: (field: NamedField, value: unknown, before: unknown, path: string) => void,
): void => {
  if (!incoming) return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab && tab.name)) visitSharedFields(tab.fields, incoming, original, prefix, visit)
        else if (!tab.localized && tab.name in incoming) {
          visitSharedFields(tab.fields, incoming[tab.name] as Doc, original?.[tab.name] as Doc, `${prefix}${tab.name}.`, visit)
        }
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      visitSharedFields(field.fields, incoming, original, prefix, visit)
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') continue
    if (field.localized || !(field.name in incoming)) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      visitSharedFields(field.fields, incoming[field.name] as Doc, original?.[field.name] as Doc, `${path}.`, visit)
    } else {
      visit(field, incoming[field.name], original?.[field.name], path)
    }
  }
}

/**
 * Paths of the non-localized fields that `incoming` changes compared with
 * `original`. Only keys present in `incoming` count, so a partial update that
 * sends localized text alone changes nothing shared. Array rows may not be
 * added, removed or reordered (the structure is shared by every language).
 */
export const sharedFieldChanges = (fields: Field[], incoming: Doc | undefined, original: Doc | undefined, prefix = ''): string[] => {
  const changes: string[] = []
  visitSharedFields(fields, incoming, original, prefix, (field, value, before, path) => {
    if (field.type !== 'array' && field.type !== 'blocks') {
      if (!same(value, before)) changes.push(path)
      return
    }
    const rows = rowsOf(value)
    const originalRows = rowsOf(before)
    const sameStructure =
      rows.length === originalRows.length &&
      rows.every((row, index) => !row.id || row.id === originalRows[index]?.id) &&
      (field.type === 'array' || rows.every((row, index) => row.blockType === originalRows[index]?.blockType))
    if (!sameStructure) {
      changes.push(path)
      return
    }
    rows.forEach((row, index) =>
      changes.push(...sharedFieldChanges(fieldsOfRow(field, row), row, originalRows[index], `${path}.${index}.`)),
    )
  })
  return changes
}

/** Does `incoming` send rows of a shared array or blocks field whose rows hold localized fields? */
export const sendsRowsWithLocalizedFields = (fields: Field[], incoming: Doc | undefined): boolean => {
  let sends = false
  visitSharedFields(fields, incoming, undefined, '', (field) => {
    if (rowsHoldLocalizedFields(field)) sends = true
  })
  return sends
}

/**
 * Paths of the shared arrays (and blocks) with localized fields in their rows where `incoming`
 * would replace stored rows with new ones: it sends rows without an id and leaves out the id of
 * a row of `stored`. Payload finds a row's other languages by its id, so a row sent without one
 * is a new row holding the save's language alone: the stored row it was meant to update, with
 * every other language's text, would be dropped. New rows sent after the stored ones (every
 * stored id present) add to them, and rows sent with their ids may leave others out (a
 * deletion, as the admin does). `foreignIdsAreNew`: an id `stored` does not hold makes a new
 * row too (Payload's bulk update gives rows from another document fresh ids); in an update of
 * one document such an id is the admin's own for a row it adds.
 */
export const rowsReplacedWithoutIds = (
  fields: Field[],
  incoming: Doc | undefined,
  stored: Doc | undefined,
  foreignIdsAreNew: boolean,
  prefix = '',
): string[] => {
  const paths: string[] = []
  visitSharedFields(fields, incoming, stored, prefix, (field, value, before, path) => {
    if (field.type !== 'array' && field.type !== 'blocks') return
    const storedRows = rowsOf(before)
    const storedRowOf = (row: Doc) => (row.id ? storedRows.find((candidate) => String(candidate.id) === String(row.id)) : undefined)
    const rows = rowsOf(value)
    const isNew = (row: Doc) => !row.id || (foreignIdsAreNew && !storedRowOf(row))
    const sentIds = new Set(rows.filter((row) => !isNew(row)).map((row) => String(row.id)))
    const replaces = rows.some(isNew) && storedRows.some((row) => !sentIds.has(String(row.id)))
    if (replaces && rowsHoldLocalizedFields(field)) {
      paths.push(path)
      return
    }
    rows.forEach((row, index) =>
      paths.push(...rowsReplacedWithoutIds(fieldsOfRow(field, row), row, storedRowOf(row), foreignIdsAreNew, `${path}.${index}.`)),
    )
  })
  return paths
}

/**
 * Paths of the shared arrays (rows holding translations) whose rows in `latest` no longer begin
 * with `published`'s, in the same order: a row removed, moved or inserted before others. Payload
 * publishes one language alone by matching rows by position, so after such a change another
 * language's published text would land on the wrong row.
 */
export const rowsMoved = (fields: Field[], latest: Doc | undefined, published: Doc | undefined, prefix = ''): string[] => {
  const paths: string[] = []
  visitSharedFields(fields, latest, published, prefix, (field, value, before, path) => {
    if (field.type !== 'array' && field.type !== 'blocks') return
    if (!rowsHoldLocalizedFields(field)) return
    const rows = rowsOf(value)
    const publishedRows = rowsOf(before)
    if (publishedRows.some((row, index) => String(row.id) !== String(rows[index]?.id))) {
      paths.push(path)
      return
    }
    publishedRows.forEach((row, index) => paths.push(...rowsMoved(fieldsOfRow(field, row), rows[index], row, `${path}.${index}.`)))
  })
  return paths
}
