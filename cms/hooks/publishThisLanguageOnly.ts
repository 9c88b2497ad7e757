import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { isLocaleCode } from '../locales'

interface UpdateArgs {
  draft?: boolean
  publishAllLocales?: boolean
  publishSpecificLocale?: string
  req: { locale?: string | null; user?: unknown }
}

/**
 * Every save that writes the live document publishes the language it is made in, and no
 * other: another language's unpublished draft (a translator's German, an editor's unfinished
 * French) stays a draft. Payload's own "publish in this language" does exactly that, so every
 * publication is turned into one, whichever API or button sent it. Shared (non-localized)
 * fields are published with it, as they belong to every language.
 *
 * Publishing every language at once stays possible only when asked for by name
 * (`publishAllLocales`), by an editor, an admin or the system (the demo seed): the admin
 * has no button for it.
 */
export const publishThisLanguageOnly: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'update' || !collection.versions?.drafts) return args
  const { draft, publishAllLocales, publishSpecificLocale, req } = args as UpdateArgs
  if (draft || publishSpecificLocale || !isLocaleCode(req.locale)) return args
  if (publishAllLocales === true && (!req.user || hasRole(req.user, 'admin', 'editor'))) return args
  return { ...args, publishSpecificLocale: req.locale }
}
