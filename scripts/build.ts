/** `npm run build`: a deployable admin/API build (`cms/.next`), rebuilt from scratch. */
import { buildAdmin } from './lib/adminBuild'

await buildAdmin({ force: true })
