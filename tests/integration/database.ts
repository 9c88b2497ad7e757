import { getPayload, type Payload } from 'payload'
import { describe, inject } from 'vitest'

const database = inject('database')

/** Why this project's database tests are skipped, or null when they run. */
export const skipReason = 'skipped' in database ? database.skipped : null

/** `describe` on this project's database, or a skipped suite that says why. */
export const describeOnDatabase = (name: string, body: () => void) =>
  skipReason ? describe.skip(`${name} (skipped: ${skipReason})`, body) : describe(name, body)

let payloadPromise: Promise<Payload> | undefined

/**
 * The CMS on this project's test database, migrated. The config reads
 * DATABASE_URL when it is first imported, so it is imported here, late.
 */
export const testPayload = (): Promise<Payload> => {
  if ('skipped' in database) throw new Error(database.skipped)
  process.env.DATABASE_URL = database.url
  // Shared by every test file of the run, as one CMS shares its uploads: the site build sees them all.
  process.env.UPLOADS_DIR ??= inject('uploadsDir')
  payloadPromise ??= (async () => {
    const [{ default: config }, { migrateDatabase }] = await Promise.all([import('../../cms/payload.config'), import('../../cms/database')])
    const payload = await getPayload({ config })
    await migrateDatabase(payload)
    return payload
  })()
  return payloadPromise
}
