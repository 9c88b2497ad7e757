'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'
import type { CSSProperties } from 'react'

import { defaultLocaleOf, inLocale, localesOf } from './clientLocales'
import type { TranslationStatus } from './documentTranslations'
import { fillIn } from '../../../publication/textsByLanguage'
import { translationMessages } from './messages'
import { useDocumentTranslations } from './useDocumentTranslations'

/** A shape per status as well as a colour: the status reads without colours too. */
const marks: Record<TranslationStatus, { symbol: string; color: string }> = {
  missing: { symbol: '○', color: 'var(--theme-error-500)' },
  outdated: { symbol: '◐', color: 'var(--theme-warning-500)' },
  upToDate: { symbol: '●', color: 'var(--theme-success-500)' },
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}
const list: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem', margin: 0, padding: 0, listStyle: 'none' }

/**
 * Beside the document's controls: each language the user may see, its translation status
 * (missing, outdated, up to date, with the counts in its tooltip) and a link to it.
 */
export function LanguageStatus() {
  const translations = useDocumentTranslations()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { code: current } = useLocale()
  const pathname = usePathname()
  const search = useSearchParams()
  if (!translations) return null
  const t = translationMessages(i18n.language)
  const shown = localesOf(config).filter(({ code }) => code !== defaultLocaleOf(config) && translations.locales[code])
  if (shown.length === 0) return null
  return (
    <nav aria-label={t.languageStatus} data-language-status>
      <ul style={list}>
        {shown.map(({ code, label }) => {
          const summary = translations.locales[code]!
          const mark = marks[summary.status]
          const name = getTranslation(label, i18n)
          return (
            <li key={code} data-locale={code} data-status={summary.status}>
              <Link
                href={inLocale(pathname, search.toString(), code)}
                aria-current={code === current ? 'page' : undefined}
                title={`${name} — ${fillIn(t.statusCounts, { missing: summary.missing, outdated: summary.outdated, upToDate: summary.upToDate })}`}
                style={{ textDecoration: code === current ? 'underline' : 'none', whiteSpace: 'nowrap' }}
              >
                <span aria-hidden="true">
                  <span style={{ color: mark.color }}>{mark.symbol}</span> {code.toUpperCase()}
                </span>
                <span style={visuallyHidden}>{`${name}, ${t[summary.status]}`}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
