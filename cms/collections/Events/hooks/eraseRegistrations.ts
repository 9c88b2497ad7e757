import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted event takes its registrations and its seat row with it, in the deletion's transaction:
 * nothing would otherwise reach them again (retention looks for events that ended), and the people's
 * names and addresses would stay for ever. Before the event goes: both point to it with a required
 * foreign key, which the database would otherwise refuse to empty. Logged by event id and count only.
 */
export const eraseRegistrations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { event: { equals: id } }
  const { docs } = await req.payload.delete({ collection: 'registrations', where, overrideAccess: true, req })
  await req.payload.delete({ collection: 'event-seats', where, overrideAccess: true, req })
  if (docs.length > 0) req.payload.logger.info(`Event ${id} deleted: its ${docs.length} registrations erased`)
}
