import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { editorsAndAdmins } from './editorsAndAdmins'
import { editorsOrTranslatorsInTheirLocales } from './editorsOrTranslatorsInTheirLocales'

/** Taxonomy (themes), without drafts: everyone reads; editors add and remove; translators translate. */
export const publicReadAccess: CollectionConfig['access'] = {
  read: anyone,
  create: editorsAndAdmins,
  update: editorsOrTranslatorsInTheirLocales,
  delete: editorsAndAdmins,
}
