'use client'

import { useConfig, useDocumentInfo, useDocumentTitle, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { defaultLocaleOf } from './clientLocales'
import { fillIn } from '../../../publication/textsByLanguage'
import { translationMessages } from './messages'

/**
 * In a language where the document's title is not translated yet, its heading shows the French
 * title marked as such («… (français, non traduit)») instead of its id. Renders nothing itself.
 */
export function FrenchDocumentTitle() {
  const { id, collectionSlug, docConfig } = useDocumentInfo()
  const { setDocumentTitle } = useDocumentTitle()
  const { config } = useConfig()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const titleField = docConfig && 'admin' in docConfig ? (docConfig.admin as { useAsTitle?: string }).useAsTitle : undefined
  const title = useFormFields(([fields]) => (titleField ? fields[titleField]?.value : undefined))
  const untranslated = id !== undefined && Boolean(collectionSlug && titleField) && code !== defaultLocaleOf(config) && !title
  const [frenchTitle, setFrenchTitle] = useState<string | null>(null)

  useEffect(() => {
    if (!untranslated || !collectionSlug || !titleField || id === undefined) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      locale: defaultLocaleOf(config) ?? 'fr',
      draft: 'true',
      depth: '0',
      [`select[${titleField}]`]: 'true',
    })
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}?${query.toString()}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => (response.ok ? ((await response.json()) as Record<string, unknown>) : null))
      .then((doc) => setFrenchTitle(typeof doc?.[titleField] === 'string' && doc[titleField] ? doc[titleField] : null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [untranslated, collectionSlug, titleField, id, config])

  useEffect(() => {
    if (!untranslated || !frenchTitle) return
    // After Payload's own title update for the same change (it waits one frame): ours comes last.
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() =>
        setDocumentTitle(fillIn(translationMessages(i18n.language).untranslatedTitle, { title: frenchTitle })),
      )
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [untranslated, frenchTitle, setDocumentTitle, i18n.language])

  return null
}
