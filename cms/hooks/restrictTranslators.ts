import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole, translatorLocales } from '../access/roles'
import { hubT } from '../i18n/hubT'
import { defaultLocale } from '../../publication/locales'
import { refusal } from './refusal'
import { sharedFieldChanges } from './sharedFieldChanges'
import { setAsideSubtitleTracksOfTheirLanguages } from './subtitleTracksOfTheirLanguages'
import { latestAndPublished, sameContent, systemFields } from './unpublishedChanges'

/**
 * On uploads Payload merges the stored file's fields into every save; the URLs among them are
 * computed on read, so they differ from the stored ones. They follow `filename`, which is checked.
 */
const uploadDerivedFields = new Set([...systemFields, 'url', 'thumbnailURL', 'sizes'])

/**
 * What a translator may do inside a document: change localized fields, in
 * their own locales, and publish any locale but the default one. Anything else
 * is refused with a message naming the fields, and nothing is written.
 */
export const restrictTranslators: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !hasRole(req.user, 'translator') || !data) return data
  const mine = translatorLocales(req.user)
  const locale = String(req.locale ?? defaultLocale)
  const refuse = (message: string): never => {
    throw refusal(req, collection.slug, [{ message, path: '_status' }])
  }
  if (!mine.some((code) => code === locale)) {
    refuse(hubT(req, 'translatorWrongLocale', { locales: mine.join(', ') || '—', locale }))
  }
  // `data` is the whole document as it will be saved: `published` means this save goes live.
  if (locale === defaultLocale && data._status === 'published') {
    refuse(hubT(req, 'translatorCannotPublishDefault'))
  }
  const ignored = collection.upload ? uploadDerivedFields : systemFields
  const incoming = setAsideSubtitleTracksOfTheirLanguages(
    req,
    collection,
    Object.fromEntries(Object.entries(data).filter(([key]) => !ignored.has(key))),
    originalDoc as Record<string, unknown>,
    mine,
  )
  const changed = sharedFieldChanges(collection.fields, incoming, originalDoc as Record<string, unknown>)
  if (changed.length > 0) {
    throw refusal(
      req,
      collection.slug,
      changed.map((path) => ({ message: hubT(req, 'translatorSharedFields', { fields: path }), path })),
    )
  }
  // Publishing a translation publishes the shared fields with it: never an editor's unfinished French.
  if (data._status === 'published' && collection.versions?.drafts && originalDoc?.id !== undefined) {
    const [latest, published] = await latestAndPublished(req, collection.slug, originalDoc.id, defaultLocale)
    if (published?._status !== 'published' || !sameContent(latest, published)) refuse(hubT(req, 'translatorUnpublishedDefault'))
  }
  return data
}
