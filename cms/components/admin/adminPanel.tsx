import type { CSSProperties } from 'react'

/**
 * What the hub's own admin pages and dashboard blocks share (the treasury's blocks, the
 * Translations dashboard): the panel they are drawn in, their figures' cells and headings, and
 * how they read the admin page's query string.
 */

/** The block every dashboard panel of the hub draws (as SiteStatus and NextEvents do). */
export const panel: CSSProperties = {
  marginBlockEnd: 'var(--base)',
  padding: 'calc(var(--base) * 0.75)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  background: 'var(--theme-elevation-50)',
}

/** Figures line up on their end, whatever the writing direction. */
export const numberCell: CSSProperties = { textAlign: 'end', paddingInlineStart: '1.5rem', fontVariantNumeric: 'tabular-nums' }

/** The headings of a table's figure columns, lined up as their figures are. */
export const NumberHeadings = ({ labels }: { labels: string[] }) =>
  labels.map((label, column) => (
    <th key={column} scope="col" style={numberCell}>
      {label}
    </th>
  ))

/** One value of the admin page's query string (`?sort=work`, `?treasuryYear=2025`); absent or repeated, none. */
export const searchParameter = (searchParams: Record<string, string | string[] | undefined> | undefined, name: string) => {
  const value = searchParams?.[name]
  return typeof value === 'string' ? value : undefined
}
