import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { documentTranslationStatus } from '../translations/documentStatus'
import { isTranslatableCollection } from '../translations/translatableCollections'

/**
 * The translation tools' reads, for staff signed in to the admin (same origin only, as every
 * staff session): `GET /api/translations/document?collection=&id=`, one document's status in
 * each of the reader's languages, its French texts, and what changed in French since each
 * outdated translation. They read and never write.
 */
export const translationPaths = { document: '/translations/document' } as const

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

export const translationEndpoints: Endpoint[] = [
  {
    path: translationPaths.document,
    method: 'get',
    handler: async (req) => {
      if (!req.user) return answer(401, { errors: [{ message: req.t('error:unauthorized') }] })
      if (!hasRole(req.user, 'admin', 'editor', 'translator'))
        return answer(403, { errors: [{ message: req.t('error:notAllowedToPerformAction') }] })
      const collection = req.searchParams.get('collection')
      const id = req.searchParams.get('id') ?? ''
      if (!isTranslatableCollection(collection) || !/^[\w-]{1,64}$/.test(id)) {
        return answer(400, { errors: [{ message: req.t('error:invalidRequestArgs', { args: 'collection, id' }) }] })
      }
      const status = await documentTranslationStatus(req.payload, req.user, collection, id)
      return status ? answer(200, status) : answer(404, { errors: [{ message: req.t('error:notFound') }] })
    },
  },
]
