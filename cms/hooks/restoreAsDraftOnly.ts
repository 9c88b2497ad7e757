import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { hubT } from '../i18n/hubT'
import { refusal } from './refusal'

/**
 * Restoring a version writes that version, every language of it, over the document, past the
 * hooks that keep one language's save from changing or publishing another. Restored as a draft
 * (the admin's "Restore as draft"), it goes online only through a publication, which those hooks
 * check; so only editors and admins restore, and only as a draft. The system (no user) is left
 * as it is.
 */
export const restoreAsDraftOnly: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'restoreVersion' || !req.user || !collection.versions?.drafts) return args
  const { draft } = args as { draft?: boolean }
  if (draft === true && hasRole(req.user, 'admin', 'editor')) return args
  throw refusal(req, collection.slug, [{ message: hubT(req, 'restoreAsDraftOnly'), path: '_status' }])
}
