/**
 * `npm run build`: what a deployment needs, from scratch:
 * the admin/API app (`cms/.next`, served by `next start cms`) and the public
 * site in `dist/` (from the published content), for any static host or CDN.
 */
import { buildAdmin } from './lib/adminBuild'
import { run } from './lib/processes'

await run('tsx', ['scripts/build-site.ts', '--out', 'dist'])
await buildAdmin({ force: true })
