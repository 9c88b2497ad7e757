import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { hubT } from '../i18n/hubT'
import { withOwnLocale } from './withOwnLocale'
import { refusal } from './refusal'
import { rowsReplacedWithoutIds, sendsRowsWithLocalizedFields } from './sharedFieldChanges'
import { latestVersion } from './unpublishedChanges'

type Doc = Record<string, unknown>

interface UpdateArgs {
  data?: Doc
  id?: number | string
  overrideAccess?: boolean
  where?: Where
}

/** The latest versions of the documents the update will change: its one document, or those its `where` matches. */
export const latestVersionsUpdated = async (req: PayloadRequest, collection: CollectionSlug, { id, where }: UpdateArgs): Promise<Doc[]> => {
  if (id !== undefined) {
    const latest = await latestVersion(req, collection, id, 'all')
    return latest ? [latest] : []
  }
  if (!where) return []
  const { docs } = await req.payload.find({
    collection,
    where,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: withOwnLocale(req),
  })
  return docs as unknown as Doc[]
}

/**
 * Rows of a shared array (objectives, a training's modules and their lessons, the programme's
 * sections…) carry every language's text, found by the row's id. A save that sends them without
 * their ids would replace the stored rows with new ones holding the save's language alone, and
 * every other language's text in them would be lost (the admin sends ids; an API caller need
 * not). Refused for everyone, whatever the kind of save, before anything is written, naming the
 * field; what counts is said at `rowsReplacedWithoutIds`.
 */
export const keepRowTranslations: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id, overrideAccess } = args as UpdateArgs
  if (!sendsRowsWithLocalizedFields(collection.fields, data)) return args
  // A stranger's update is refused by Payload's access rules: nothing is read for it here.
  if (!req.user && overrideAccess !== true) return args
  // A bulk update gives a row an id of its own unless this document holds that id.
  const bulk = id === undefined
  for (const stored of await latestVersionsUpdated(req, collection.slug, args as UpdateArgs)) {
    const paths = rowsReplacedWithoutIds(collection.fields, data, stored, bulk)
    if (paths.length > 0) {
      throw refusal(
        req,
        collection.slug,
        paths.map((path) => ({ message: hubT(req, 'rowsWithoutIds', { field: path }), path })),
      )
    }
  }
  return args
}
