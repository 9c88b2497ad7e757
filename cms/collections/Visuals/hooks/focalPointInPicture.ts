import type { CollectionBeforeValidateHook } from 'payload'

import { hubT } from '../../../i18n/hubT'
import { refusal } from '../../../hooks/refusal'

/**
 * Refuses a focal point outside the picture (each coordinate is a percentage, 0–100): Payload takes
 * any number, the admin's picker only these. The crops around it and the site's cards need one inside.
 */
export const focalPointInPicture: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const outside = (['focalX', 'focalY'] as const).filter((name) => {
    const value: unknown = data?.[name]
    return value !== undefined && value !== null && !(typeof value === 'number' && value >= 0 && value <= 100)
  })
  if (outside.length > 0) {
    throw refusal(
      req,
      collection.slug,
      outside.map((path) => ({ message: hubT(req, 'focalPointOutsidePicture'), path })),
    )
  }
  return data
}
