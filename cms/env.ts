import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

/**
 * Where the project lives. Paths are resolved from here, never from
 * `import.meta.url`, because bundlers (Next, Astro) move compiled modules.
 */
const findRoot = (): string => {
  if (process.env.HUB_ROOT) return path.resolve(process.env.HUB_ROOT)
  let dir = process.cwd()
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'cms', 'payload.config.ts'))) return dir
    dir = path.dirname(dir)
  }
  return process.cwd()
}

export const projectRoot = findRoot()
export const varDir = path.join(projectRoot, 'var')

/** A secret that survives restarts without anyone having to set it: generated once into var/. */
const localSecret = (): string => {
  const file = path.join(varDir, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(varDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  SERVER_URL: z.url().default('http://localhost:3000'),
  SITE_URL: z.url().default('http://localhost:4321'),
  UPLOADS_DIR: z.string().optional(),
  HUB_JOBS: z.enum(['on', 'off']).default('on'),
})

const parsed = envSchema.safeParse(process.env)
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`)
}

export const env = {
  databaseUrl: parsed.data.DATABASE_URL || `file:${path.join(varDir, 'cms.db')}`,
  payloadSecret: parsed.data.PAYLOAD_SECRET ?? localSecret(),
  serverUrl: parsed.data.SERVER_URL,
  siteUrl: parsed.data.SITE_URL,
  uploadsDir: path.resolve(projectRoot, parsed.data.UPLOADS_DIR ?? path.join(varDir, 'uploads')),
  runJobs: parsed.data.HUB_JOBS === 'on',
}
