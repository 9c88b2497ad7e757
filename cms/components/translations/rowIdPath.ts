/** A row index in a form path: field names never are digits only. */
const isRowIndex = (segment: string) => /^\d+$/.test(segment)

/**
 * The admin form names rows by index (`sections.0.measures.1.title`); the status store names them
 * by id (`sections.65f0a1.measures.65f0b2.title`), the same in every language. `valueAt` reads a
 * form value by its path (a row's id is at `sections.0.id`). Null for a row not saved yet.
 */
export const toRowIdPath = (indexPath: string, valueAt: (path: string) => unknown): string | null => {
  const segments = indexPath.split('.')
  const result: string[] = []
  for (const [position, segment] of segments.entries()) {
    if (!isRowIndex(segment)) {
      result.push(segment)
      continue
    }
    const id = valueAt(`${segments.slice(0, position + 1).join('.')}.id`)
    if ((typeof id !== 'string' && typeof id !== 'number') || id === '') return null
    result.push(String(id))
  }
  return result.join('.')
}
