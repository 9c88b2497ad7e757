import type { Field } from 'payload'

/** Values that mean "nothing": a missing array and an empty one are the same to an editor. */
const normalise = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship or upload compares by id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    if ('relationTo' in record && 'value' in record) return { relationTo: record.relationTo, value: normalise(record.value) }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, normalise(inner)]))
  }
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

const rowsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])

/**
 * Paths of the non-localized fields that `incoming` changes compared with
 * `original`. Only keys present in `incoming` count, so a partial update that
 * sends localized text alone changes nothing shared. Array rows may not be
 * added, removed or reordered (the structure is shared by every language).
 */
export const sharedFieldChanges = (
  fields: Field[],
  incoming: Record<string, unknown> | undefined,
  original: Record<string, unknown> | undefined,
  prefix = '',
): string[] => {
  if (!incoming) return []
  const changes: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (tab.localized || !(tab.name in incoming)) continue
          changes.push(
            ...sharedFieldChanges(
              tab.fields,
              incoming[tab.name] as Record<string, unknown>,
              original?.[tab.name] as Record<string, unknown>,
              `${prefix}${tab.name}.`,
            ),
          )
        } else {
          changes.push(...sharedFieldChanges(tab.fields, incoming, original, prefix))
        }
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      changes.push(...sharedFieldChanges(field.fields, incoming, original, prefix))
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') continue
    if (field.localized || !(field.name in incoming)) continue
    const path = `${prefix}${field.name}`
    const value = incoming[field.name]
    const before = original?.[field.name]
    if (field.type === 'group') {
      changes.push(...sharedFieldChanges(field.fields, value as Record<string, unknown>, before as Record<string, unknown>, `${path}.`))
    } else if (field.type === 'array' || field.type === 'blocks') {
      const rows = rowsOf(value)
      const originalRows = rowsOf(before)
      const sameStructure =
        rows.length === originalRows.length &&
        rows.every((row, index) => !row.id || row.id === originalRows[index]?.id) &&
        (field.type === 'array' || rows.every((row, index) => row.blockType === originalRows[index]?.blockType))
      if (!sameStructure) {
        changes.push(path)
        continue
      }
      rows.forEach((row, index) => {
        const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        changes.push(...sharedFieldChanges(rowFields, row, originalRows[index], `${path}.${index}.`))
      })
    } else if (!same(value, before)) {
      changes.push(path)
    }
  }
  return changes
}
