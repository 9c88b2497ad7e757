'use client'

import { getTranslation } from '@payloadcms/translations'
import { useAuth, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { inLocale, localesOf } from './clientLocales'
import { fillIn } from '../../../publication/textsByLanguage'
import { translationMessages } from './messages'
import { readOnlyLocaleFor } from './readOnlyLocale'

/**
 * At the top of a document, for a translator in a language that is not theirs: why the fields
 * cannot be changed, and links to the same document in their languages.
 */
export function ReadOnlyLanguageBanner() {
  const { user } = useAuth()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const search = useSearchParams()
  const theirs = readOnlyLocaleFor(user, code)
  if (!theirs) return null
  const t = translationMessages(i18n.language)
  // Named in the admin's language («allemand»): the menu's labels of these languages say «read-only».
  const names = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'none' })
  const nameOf = (localeCode: string) => {
    const label = localesOf(config).find((locale) => locale.code === localeCode)?.label
    return names.of(localeCode) ?? (label ? getTranslation(label, i18n) : localeCode)
  }
  return (
    <div
      role="note"
      data-read-only-language
      style={{
        marginBlockEnd: 'var(--base)',
        padding: '0.75rem 1rem',
        border: '1px solid var(--theme-warning-500)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-warning-100)',
      }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>
        {fillIn(t.readOnlyLanguage, { locales: theirs.map(nameOf).join(', '), locale: nameOf(code) })}
      </p>
      <p style={{ margin: '0.25rem 0 0', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem' }}>
        <span>{t.openIn}</span>
        {theirs.map((localeCode) => (
          <Link key={localeCode} href={inLocale(pathname, search.toString(), localeCode)} hrefLang={localeCode}>
            {nameOf(localeCode)}
          </Link>
        ))}
      </p>
    </div>
  )
}
