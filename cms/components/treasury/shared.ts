import type { CSSProperties } from 'react'

/** An amount in the reader's language ("1 234,50 €"): display only, the sums stay in cents. */
export const euros = (cents: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100)

/** Figures line up on their end, whatever the writing direction. */
export const numberCell: CSSProperties = { textAlign: 'end', paddingInlineStart: '1.5rem', fontVariantNumeric: 'tabular-nums' }

/** The block every dashboard panel of the hub draws (as SiteStatus and NextEvents do). */
export const panel: CSSProperties = {
  marginBlockEnd: 'var(--base)',
  padding: 'calc(var(--base) * 0.75)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  background: 'var(--theme-elevation-50)',
}

/** One value of the admin page's query string (`?treasuryYear=2025`). */
export const searchParameter = (searchParams: Record<string, string | string[] | undefined> | undefined, name: string) => {
  const value = searchParams?.[name]
  return typeof value === 'string' ? value : undefined
}

/** The dashboard's query string: the year shown, and the group whose year is shown month by month. */
export const yearParameter = 'treasuryYear'
export const historyParameter = 'accountOf'
