import type { ServerProps } from 'payload'

import { locales } from '../../../publication/locales'
import { languagesShownTo } from '../../translations/documentStatus'
import { languageToTranslate, translateParameter } from '../../translations/listFilter'
import { translationsText } from '../../translations/messages'

/**
 * Above a translatable collection's list: "To translate into: English · Deutsch…", each a link to
 * the list filtered to the documents missing or outdated in that language, shown in it. Server component.
 */
export function ToTranslateFilter({
  collectionConfig,
  i18n,
  payload,
  searchParams,
  user,
}: ServerProps & { collectionConfig?: { slug: string } }) {
  const shown = languagesShownTo(user)
  if (!collectionConfig || !payload || !i18n || shown.length === 0) return null
  const t = translationsText(i18n.language)
  const active = languageToTranslate(searchParams as Record<string, unknown>, user)
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const labelOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code
  return (
    <nav
      aria-label={t('filterTitle')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', marginBlockEnd: 'calc(var(--base) / 2)' }}
    >
      <span>{t('filterTitle')}</span>
      {shown.map((code) => (
        <a
          key={code}
          href={`${base}?${new URLSearchParams({ [translateParameter]: code, locale: code })}`}
          aria-current={active === code ? 'page' : undefined}
          style={{ fontWeight: active === code ? 600 : 'normal' }}
          lang={code}
        >
          {labelOf(code)}
        </a>
      ))}
      {active && (
        <>
          <span role="status">{t('filterActive', { language: labelOf(active) })}</span>
          <a href={base}>{t('filterAll')}</a>
        </>
      )}
    </nav>
  )
}
