/** Rows read per query: a few hundred kilobytes at most, whatever the number of rows. */
export const pageSize = 500

/**
 * Every page of a paginated read, one after the other: what sums and exports go through, so that
 * memory holds one page at a time and the database one query per page, never one per row.
 */
export async function* pages<Row>(read: (page: number) => Promise<{ docs: Row[]; hasNextPage: boolean }>): AsyncGenerator<Row[]> {
  for (let page = 1, more = true; more; page += 1) {
    const { docs, hasNextPage } = await read(page)
    yield docs
    more = hasNextPage
  }
}
