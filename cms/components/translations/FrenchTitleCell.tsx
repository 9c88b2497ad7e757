import { getTranslation } from '@payloadcms/translations'
import Link from 'next/link'
import type { CollectionSlug, DefaultServerCellComponentProps, TypedLocale } from 'payload'

import { fillIn } from '../../../publication/textsByLanguage'
import { translationMessages } from './messages'

/** The field's label as Payload's «<No label>» names it. */
const labelOf = (field: DefaultServerCellComponentProps['field'], i18n: DefaultServerCellComponentProps['i18n']): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string' || (typeof label === 'object' && label !== null)) return getTranslation(label, i18n)
  return 'name' in field ? field.name : ''
}

/**
 * The list's title cell: the title in the list's language, or, where it is not translated yet,
 * the French title marked as such («… (français, non traduit)») rather than Payload's
 * «<Pas de Titre>». Server component: reads the French title of those rows only.
 */
export async function FrenchTitleCell({
  cellData,
  rowData,
  collectionSlug,
  field,
  i18n,
  link,
  linkURL,
  payload,
  viewType,
}: DefaultServerCellComponentProps) {
  const name = 'name' in field ? field.name : undefined
  let text = typeof cellData === 'string' ? cellData : ''
  let untranslated = false
  if (!text && name && rowData.id !== undefined) {
    const french = await payload
      .findByID({
        collection: collectionSlug as CollectionSlug,
        id: rowData.id as number | string,
        locale: (payload.config.localization ? payload.config.localization.defaultLocale : undefined) as TypedLocale | undefined,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        select: { [name]: true },
        disableErrors: true,
      })
      .catch(() => null)
    const frenchTitle = (french as Record<string, unknown> | null)?.[name]
    if (typeof frenchTitle === 'string' && frenchTitle) {
      text = fillIn(translationMessages(i18n.language).untranslatedTitle, { title: frenchTitle })
      untranslated = true
    }
  }
  if (!text) text = i18n.t('general:noLabel', { label: labelOf(field, i18n) })
  const content = untranslated ? <em data-untranslated-title>{text}</em> : text
  if (!link) return <span>{content}</span>
  const href =
    linkURL ??
    `${payload.config.routes.admin}/collections/${collectionSlug}${viewType === 'trash' ? '/trash' : ''}/${encodeURIComponent(String(rowData.id))}`
  return (
    <Link href={href} prefetch={false}>
      {content}
    </Link>
  )
}
