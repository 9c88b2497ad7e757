import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { hubT } from '../i18n/hubT'
import { refusal } from './refusal'

/**
 * On drafted collections a person's update is a draft, a publication, or, by an editor or an
 * admin, taking the document offline (`_status: 'draft'`, the admin's "Unpublish"). A plain
 * save would write the latest version, every language's unpublished drafts with it, into the
 * live document and mark it a draft: the public would lose it, and its next publication would
 * carry French nobody published. Updates without a user (the seed, jobs, system code) are left
 * as they are.
 */
export const saveDraftsOrPublish: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update' || !req.user || !collection.versions?.drafts) return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
  const publishes = data?._status === 'published'
  const unpublishes = data?._status === 'draft' && hasRole(req.user, 'admin', 'editor')
  if (draft || publishes || unpublishes) return args
  throw refusal(req, collection.slug, [{ message: hubT(req, 'draftOrPublish'), path: '_status' }])
}
