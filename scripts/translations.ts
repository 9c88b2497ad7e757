/**
 * `npm run translations -- export|import|status …`: a language's texts to translate as an
 * XLIFF 2.0 or JSON file, a translated file saved back as drafts, every document's translation
 * status recomputed. The arguments and the actions are cms/translations/commandLine.ts; this starts
 * the CMS for them. Exit codes: 0 done, 1 an import left units stale or invalid (or the command
 * failed), 2 bad arguments or an unreadable file (nothing written).
 */
import { type Config, getPayload, type SanitizedConfig } from 'payload'

import { type Command, parseCommand, runCommand, usage, UsageError } from '../cms/translations/commandLine'
import { createProgress, type Step } from '../content/seed/progress'

let command: Command
try {
  command = parseCommand(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`${error.message}\n\n${usage}`)
  process.exit(2)
}
if (command.action === 'help') {
  console.log(usage)
  process.exit(0)
}

// Only the admin server runs queued jobs (the seed's and the build's processes do not either).
// Set, not read: the default of this process's own CMS (env.ts reads it when the queue would run).
// eslint-disable-next-line no-restricted-syntax
process.env.HUB_JOBS = 'off'

const [{ default: config }, { migrateDatabase }] = await Promise.all([import('../cms/payload.config'), import('../cms/database')])
// The CMS's own log lines go to standard error: standard output may be the exported file.
// (The sanitized config's type requires every pino option; Payload fills them in itself.)
const logger = { options: {}, destination: process.stderr } satisfies Config['logger'] as unknown as SanitizedConfig['logger']
const payload = await getPayload({ config: { ...(await config), logger } })
const progress = createProgress(process.stderr)
try {
  await migrateDatabase(payload)
  process.exitCode = await runCommand(payload, command, {
    out: (text) => process.stdout.write(text),
    err: (line) => console.error(line),
    step: (label) => {
      let step: Step | undefined
      let told = 0
      return {
        update: (done, total) => {
          step ??= progress.step(label, total)
          step.tick(done - told)
          told = done
        },
        done: () => step?.done(),
      }
    },
  })
} catch (error) {
  console.error(`La commande a échoué : ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
// Payload keeps database handles open; standard output is flushed first (a large export).
process.stdout.write('', () => process.exit(process.exitCode))
