import type { CollectionAfterChangeHook } from 'payload'

import type { Infographic } from '../../../payload-types'

const visualId = (image: Infographic['image'] | undefined) => (typeof image === 'object' && image !== null ? image.id : (image ?? null))

/**
 * An infographic's text must stay whole: the visual it is given gets "do not
 * crop" ticked (its square and social copies are then fitted, not cut). Only
 * when the picture is chosen, so that an editor may untick it afterwards.
 */
export const keepInfographicsWhole: CollectionAfterChangeHook<Infographic> = async ({ doc, previousDoc, req }) => {
  const id = visualId(doc.image)
  if (id === null || id === visualId(previousDoc?.image)) return doc
  const visual = await req.payload.findByID({ collection: 'visuals', id, depth: 0, req, overrideAccess: true, select: { keepWhole: true } })
  if (!visual.keepWhole)
    await req.payload.update({ collection: 'visuals', id, data: { keepWhole: true }, depth: 0, req, overrideAccess: true })
  return doc
}
