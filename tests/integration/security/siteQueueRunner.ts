/**
 * An admin server's job runner, reduced to its `site` queue, in a process of
 * its own: dead-build.test.ts kills it, with the build it started, mid-run.
 */
import { getPayload } from 'payload'

import config from '../../../cms/payload.config'

const payload = await getPayload({ config })
await payload.jobs.run({ queue: 'site' })
process.exit(0)
