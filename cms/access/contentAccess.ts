import type { CollectionConfig } from 'payload'

import { authenticatedOrPublished } from './authenticatedOrPublished'
import { authenticated } from './authenticated'
import { editorsAndAdmins } from './editorsAndAdmins'
import { editorsOrTranslatorsInTheirLocales } from './editorsOrTranslatorsInTheirLocales'

/** The access rules every publishable content collection shares. */
export const contentAccess: CollectionConfig['access'] = {
  read: authenticatedOrPublished,
  readVersions: authenticated,
  create: editorsAndAdmins,
  update: editorsOrTranslatorsInTheirLocales,
  delete: editorsAndAdmins,
}
