'use client'

import { useConfig, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { defaultLocaleOf } from './clientLocales'
import { foldedBeyond, frenchText } from './frenchText'
import { translationMessages, type TranslationMessages } from './messages'
import { toRowIdPath } from './rowIdPath'
import { useDocumentTranslations } from './useDocumentTranslations'
import { type DiffPart, wordDiff } from './wordDiff'

const box: CSSProperties = {
  marginBlockStart: '0.5rem',
  padding: '0.5rem 0.75rem',
  borderInlineStart: '3px solid var(--theme-elevation-250)',
  background: 'var(--theme-elevation-50)',
  borderRadius: 'var(--style-radius-s)',
}
const changedBox: CSSProperties = { ...box, borderInlineStartColor: 'var(--theme-warning-500)' }
const sourceText: CSSProperties = { whiteSpace: 'pre-wrap', margin: '0.5rem 0 0', color: 'var(--theme-elevation-800)' }
const removedStyle: CSSProperties = { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' }
const addedStyle: CSSProperties = { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)', textDecoration: 'none' }

/** One side of the comparison: the words only on that side marked, with words for screen readers. */
function DiffSide({ parts, side, t }: { parts: DiffPart[]; side: 'removed' | 'added'; t: TranslationMessages }) {
  return (
    <p lang="fr" dir="ltr" style={sourceText}>
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>
        if (part.kind !== side) return null
        const Mark = side === 'removed' ? 'del' : 'ins'
        return (
          <Mark key={index} style={side === 'removed' ? removedStyle : addedStyle} aria-label={`${t[side]} : ${part.text}`}>
            {part.text}
          </Mark>
        )
      })}
    </p>
  )
}

/**
 * Under each localized field, in any language but French: the French text being translated,
 * folded when long; for an outdated translation, the French it was made from beside today's,
 * the words changed marked. Reads the document's translation status (one request per document).
 */
export function FrenchSource({ path }: { path: string }) {
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const rowIdPath = useFormFields(([fields]) => toRowIdPath(path, (at) => fields[at]?.value))
  const translations = useDocumentTranslations()
  if (!translations || !rowIdPath || !code || code === defaultLocaleOf(config)) return null
  const french = frenchText(translations.french[rowIdPath])
  if (!french) return null
  const t = translationMessages(i18n.language)
  const field = translations.fields[code]?.[rowIdPath]
  const before = field?.status === 'outdated' && field.previousFrench !== null ? frenchText(field.previousFrench) : null

  if (before !== null && before !== french) {
    const parts = wordDiff(before, french)
    return (
      <details open style={changedBox} data-french-source="outdated">
        <summary>{t.frenchSourceChanged}</summary>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: '0.75rem' }}>
          <section aria-label={t.frenchWhenTranslated}>
            <strong>{t.frenchWhenTranslated}</strong>
            <DiffSide parts={parts} side="removed" t={t} />
          </section>
          <section aria-label={t.frenchNow}>
            <strong>{t.frenchNow}</strong>
            <DiffSide parts={parts} side="added" t={t} />
          </section>
        </div>
      </details>
    )
  }
  return (
    <details open={french.length <= foldedBeyond} style={box} data-french-source={field?.status ?? 'unknown'}>
      <summary>{t.frenchSource}</summary>
      <p lang="fr" dir="ltr" style={sourceText}>
        {french}
      </p>
    </details>
  )
}
