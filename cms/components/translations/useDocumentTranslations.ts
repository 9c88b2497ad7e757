'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { type DocumentTranslations, documentTranslationsURL, isDocumentTranslations } from './documentTranslations'

/**
 * One request per document and saved version, whichever field asks first: every field's French
 * source and the language status share it. A failed request is forgotten, so a later one retries.
 */
const requests = new Map<string, Promise<DocumentTranslations | null>>()
const keptRequests = 20

const load = (key: string, url: string): Promise<DocumentTranslations | null> => {
  const known = requests.get(key)
  if (known) return known
  const request = fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
    .then(async (response) => {
      const body: unknown = response.ok ? await response.json() : null
      return isDocumentTranslations(body) ? body : null
    })
    .catch(() => null)
    .then((result) => {
      if (!result) requests.delete(key)
      return result
    })
  if (requests.size >= keptRequests) requests.delete(requests.keys().next().value!)
  requests.set(key, request)
  return request
}

/** The translation status of the document being edited, or null until known (or when not known). */
export const useDocumentTranslations = (): DocumentTranslations | null => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const url =
    id !== undefined && collectionSlug ? documentTranslationsURL(`${config.serverURL}${config.routes.api}`, collectionSlug, id) : null
  // A save changes the statuses: the saved version's time makes it a new request.
  const key = url && `${url}#${String(savedDocumentData?.updatedAt ?? '')}`
  const [loaded, setLoaded] = useState<DocumentTranslations | null>(null)
  useEffect(() => {
    if (!key || !url) return
    let current = true
    void load(key, url).then((result) => {
      if (current && result) setLoaded(result)
    })
    return () => {
      current = false
    }
  }, [key, url])
  return url ? loaded : null
}
