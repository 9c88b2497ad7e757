/** Locale-aware number formatting for charts. */

export type ChartLocale = 'fr' | 'en'

export function formatNumber(value: number, locale: ChartLocale, maxDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value)
}

/** Value with its unit: "12 %" (fr) / "12%" (en), "4,5 Md€", "30 ans". */
export function formatValue(value: number, unit: string | undefined, locale: ChartLocale): string {
  const n = formatNumber(value, locale)
  if (!unit) return n
  if (unit === '%') return locale === 'fr' ? `${n}\u202f%` : `${n}%`
  return `${n}\u00a0${unit}`
}

export function formatPercent(share: number, locale: ChartLocale): string {
  return formatValue(Math.round(share * 1000) / 10, '%', locale)
}

/** A year, never grouped ("2024", not "2 024"). */
export function formatYear(value: number, locale: ChartLocale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(value)
}
