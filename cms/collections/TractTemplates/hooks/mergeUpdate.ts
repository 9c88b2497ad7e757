/** The document a save will store, from the stored one and what the save sends. */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `incoming` over `stored`, as Payload merges a partial update: groups key by
 * key, array rows by their id (a translator sends each row's id and its
 * translated texts only), and a value left out keeps the stored one.
 */
export const mergeUpdate = (stored: unknown, incoming: unknown): unknown => {
  if (incoming === undefined) return stored
  if (Array.isArray(incoming)) {
    const storedRows = Array.isArray(stored) ? stored : []
    return incoming.map((row: unknown) => {
      const id = isRecord(row) ? row.id : undefined
      return mergeUpdate(id === undefined ? undefined : storedRows.find((storedRow) => isRecord(storedRow) && storedRow.id === id), row)
    })
  }
  if (isRecord(incoming) && isRecord(stored)) {
    return Object.fromEntries(
      [...new Set([...Object.keys(stored), ...Object.keys(incoming)])].map((key) => [key, mergeUpdate(stored[key], incoming[key])]),
    )
  }
  return incoming
}
