import type { Access } from 'payload'

/** Signed-in staff read everything; the public reads published documents only. */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
