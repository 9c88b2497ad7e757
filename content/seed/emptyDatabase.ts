import type { Payload } from 'payload'

/** Payload's own records (jobs, preferences, locks, migrations, key-value) and the site's build log: neither content nor account. */
const holdsNoContent = (slug: string) => slug.startsWith('payload-') || slug === 'site-builds'

/**
 * The first collection that holds a document (content, file or account), or
 * null when the database has none: the demo, whose accounts have a published
 * password, goes only into a database where nobody has put anything yet.
 */
export const firstCollectionInUse = async (payload: Payload): Promise<string | null> => {
  for (const { slug } of payload.config.collections) {
    if (holdsNoContent(slug)) continue
    if ((await payload.count({ collection: slug, overrideAccess: true })).totalDocs > 0) return slug
  }
  return null
}

/**
 * An account that is not one of the demo's, or null: such an account means a real installation,
 * which `npm run seed` never gives the demo (content or accounts), even without --if-empty. A
 * database holding only demo accounts is a demo, which the seed may complete.
 */
export const firstRealAccount = async (payload: Payload, demoEmails: readonly string[]): Promise<number | string | null> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { not_in: [...demoEmails] } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id ?? null
}
