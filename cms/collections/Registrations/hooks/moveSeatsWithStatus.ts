import type { CollectionBeforeChangeHook } from 'payload'

import { refusal } from '../../../hooks/refusal'
import { hubT } from '../../../i18n/hubT'
import type { Registration } from '../../../payload-types'
import { moveRegistration } from '../../../registrations/manualMoves'

/**
 * A status changed by staff (the edit view, a bulk edit, the API) moves the person's seats with
 * it: coming in takes them if they fit, leaving gives them back and moves the waitlist up,
 * confirmed ↔ attended keeps them. Done here, before the row is written and in the save's
 * transaction, by conditional updates (cms/registrations/manualMoves.ts); the save then writes
 * the same status. A refused move throws before anything is written.
 */
export const moveSeatsWithStatus: CollectionBeforeChangeHook<Registration> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !data.status || data.status === originalDoc.status) return data
  const outcome = await moveRegistration(req.payload, originalDoc, data.status, req)
  if (outcome === 'not-enough-seats') throw refusal(req, 'registrations', [{ path: 'status', message: hubT(req, 'notEnoughSeats') }])
  if (outcome === 'changed-meanwhile') {
    throw refusal(req, 'registrations', [{ path: 'status', message: hubT(req, 'registrationChangedMeanwhile') }])
  }
  return data
}
