import { env, type Settings } from '../../env'
import type { SeedContext } from './context'

/** Demo accounts, one per role, printed by `npm start`. Never use these outside a demo. */
export const demoPassword = 'demo-ressources-2026'

export const demoUsers = [
  { email: 'admin@example.org', name: 'Camille Admin', role: 'admin' },
  { email: 'editrice@example.org', name: 'Inès Éditrice', role: 'editor' },
  { email: 'traducteur@example.org', name: 'Tom Traducteur', role: 'translator', languages: ['en', 'es'] },
  { email: 'tresoriere@example.org', name: 'Léa Trésorière', role: 'treasurer' },
] as const

const loopback = new Set(['127.0.0.1', 'localhost', '::1'])

/**
 * Why this installation must get no demo account (their password is published in the
 * README), or null on a developer's machine: a production run, an https address, or
 * servers listening beyond this machine (HOST) are real installations, even when
 * NODE_ENV was forgotten.
 */
export const noDemoAccountsReason = (settings: Pick<Settings, 'nodeEnv' | 'serverUrl' | 'host'> = env): string | null => {
  if (settings.nodeEnv === 'production') return 'NODE_ENV=production'
  if (settings.serverUrl.startsWith('https:')) return `SERVER_URL=${settings.serverUrl}`
  if (!loopback.has(settings.host)) return `HOST=${settings.host}`
  return null
}

/** Creates the demo accounts that are missing, on a developer's machine only (see noDemoAccountsReason). */
export const seedUsers = async (context: SeedContext): Promise<void> => {
  const reason = noDemoAccountsReason()
  if (reason) {
    console.log(
      `  ${reason} : aucun compte de démonstration créé (leur mot de passe est public). Créez le premier compte administrateur sur /admin.`,
    )
    return
  }
  const step = context.progress.step('Comptes de démonstration', demoUsers.length)
  for (const user of demoUsers) {
    const existing = await context.payload.count({ collection: 'users', where: { email: { equals: user.email } } })
    if (existing.totalDocs === 0) {
      await context.payload.create({
        collection: 'users',
        data: { ...user, languages: 'languages' in user ? [...user.languages] : [], password: demoPassword },
      })
    }
    step.tick()
  }
  step.done()
}
