import type { CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'

import { hasRole } from '../access/roles'
import { hubT } from '../i18n/hubT'
import { defaultLocale, isLocaleCode } from '../../publication/locales'
import { latestVersionsUpdated } from './keepRowTranslations'
import { refusal } from './refusal'
import { rowsMoved } from './sharedFieldChanges'
import { latestAndPublished, sameContent, sameSharedContent } from './unpublishedChanges'

type Doc = Record<string, unknown>

interface UpdateArgs {
  data?: { _status?: unknown }
  draft?: boolean
  id?: number | string
  where?: Where
  publishAllLocales?: boolean
  publishSpecificLocale?: string
  req: Parameters<typeof latestAndPublished>[0]
}

/**
 * A publication publishes the language it is made in, and no other: another language's
 * unpublished draft (a translator's German, an editor's unfinished French) stays a draft.
 * When another language has unpublished changes, the publication becomes Payload's own
 * "publish in this language", whichever API or button sent it; otherwise publishing the
 * document as a whole puts the same content online and leaves no draft behind. Shared
 * (non-localized) fields and rows go online with the language published: another language is
 * refused while they have unpublished changes, which go online with the French (a new module
 * published from English would show no title in French).
 *
 * Publishing every language at once stays possible only when asked for by name
 * (`publishAllLocales`), by an editor, an admin or the system (the demo seed): the admin
 * has no button for it.
 */
export const publishThisLanguageOnly: CollectionBeforeOperationHook = async ({ args, collection, operation }) => {
  if (operation !== 'update' || !collection.versions?.drafts) return args
  const { data, id, publishAllLocales, publishSpecificLocale, req } = args as UpdateArgs
  // Drafts and unpublishing (`_status: 'draft'`, which takes the whole document offline) are left
  // as they are. `_status: 'published'` publishes even with `draft` set (Payload's own rule, and
  // what the admin's bulk "Publish" sends): it is handled as the publication it is.
  if (data?._status !== 'published' || publishSpecificLocale || !isLocaleCode(req.locale)) return args
  if (publishAllLocales === true && (!req.user || hasRole(req.user, 'admin', 'editor'))) return args
  const ids =
    id !== undefined
      ? [id]
      : (await latestVersionsUpdated(req, collection.slug, args as UpdateArgs)).map((doc) => doc.id as number | string)
  let otherLanguagesHaveDrafts = false
  for (const documentId of ids) {
    otherLanguagesHaveDrafts = (await refuseUnsafeLanguagePublication(req, collection, documentId)) || otherLanguagesHaveDrafts
  }
  if (id !== undefined) return otherLanguagesHaveDrafts ? { ...args, publishSpecificLocale: req.locale } : args
  // A bulk update reads the live documents unless `draft` is set, and would publish those (saved
  // as the latest versions, every draft lost): it publishes the latest versions, in its language.
  return { ...args, draft: true, publishSpecificLocale: req.locale }
}

/**
 * Throws when publishing the request's language alone would be wrong for this document; says
 * whether another language has unpublished changes (else the whole document can be published).
 */
const refuseUnsafeLanguagePublication = async (
  req: UpdateArgs['req'],
  collection: { fields: Parameters<typeof rowsMoved>[0]; slug: CollectionSlug },
  id: number | string,
): Promise<boolean> => {
  const [latest, published] = await latestAndPublished(req, collection.slug, id, 'all')
  if (sameContent(latest, published, req.locale)) return false
  // The shared fields and rows go live with any language: only with the French they belong to.
  if (req.locale !== defaultLocale && published && !sameSharedContent(latest, published)) {
    throw refusal(req, collection.slug, [{ message: hubT(req, 'sharedFieldsUnpublished'), path: '_status' }])
  }
  // Published alone, rows are matched by position: after a row was removed or moved, another
  // language's published text would move to a neighbouring row.
  const moved = published ? rowsMoved(collection.fields, latest as Doc, published as Doc) : []
  if (moved.length > 0) {
    throw refusal(
      req,
      collection.slug,
      moved.map((path) => ({ message: hubT(req, 'rowsMovedWhileOtherDrafts', { field: path }), path })),
    )
  }
  return true
}
