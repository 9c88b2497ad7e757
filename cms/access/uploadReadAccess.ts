import type { Access, CollectionConfig, CollectionSlug, Where } from 'payload'

import { responsiveSizeNames } from '../../publication/responsiveImages'
import { editorsAndAdmins } from './editorsAndAdmins'
import { editorsOrTranslatorsInTheirLocales } from './editorsOrTranslatorsInTheirLocales'
import { uploadsInPublicUse } from './uploadUsage'

/** A condition rather than `false` when none: lists answer empty instead of 403, as for drafts. */
const idIn = (ids: Set<number | string>): Where => (ids.size > 0 ? { id: { in: [...ids] } } : { id: { exists: false } })

/** Staff read every upload; the public only those a published document uses (a draft's files stay private). */
export const staffOrInPublicUse =
  (collection: CollectionSlug): Access =>
  async ({ req }) => {
    if (req.user) return true
    return idIn(await uploadsInPublicUse(req, collection))
  }

/** The copies of a visual the site's pages show (publication/snapshot/media.ts `picture`): responsive copies and the social one. */
export const visualCopiesOnPages = [...responsiveSizeNames, 'social']

/**
 * Visuals: staff read all; the public reads the library (downloadable visuals)
 * and the visuals published documents use. Of a visual that is not
 * downloadable, the public gets only the files pages show: its copies, or
 * its original when it has none (an SVG, a small picture).
 */
export const staffOrPublicVisual: Access = async ({ req, data, isReadingStaticFile }) => {
  if (req.user) return true
  const downloadable: Where = { downloadable: { equals: true } }
  const visible: Where = { or: [downloadable, idIn(await uploadsInPublicUse(req, 'visuals'))] }
  const filename = (data as { filename?: unknown } | undefined)?.filename
  if (!isReadingStaticFile || typeof filename !== 'string') return visible
  const fileOnPages: Where[] = [
    ...visualCopiesOnPages.map((name): Where => ({ [`sizes.${name}.filename`]: { equals: filename } })),
    { and: [{ filename: { equals: filename } }, { 'sizes.webp320.filename': { exists: false } }] },
  ]
  return { and: [visible, { or: [downloadable, ...fileOnPages] }] }
}

/** An upload collection's access: `read` as given; editors add and remove; translators translate. */
export const uploadAccess = (read: Access): CollectionConfig['access'] => ({
  read,
  create: editorsAndAdmins,
  update: editorsOrTranslatorsInTheirLocales,
  delete: editorsAndAdmins,
})
