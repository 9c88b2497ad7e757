import type { SeedContext } from './context'

/** Demo accounts, one per role, printed by `npm start`. Never use these outside a demo. */
export const demoPassword = 'demo-ressources-2026'

export const demoUsers = [
  { email: 'admin@example.org', name: 'Camille Admin', role: 'admin' },
  { email: 'editrice@example.org', name: 'Inès Éditrice', role: 'editor' },
  { email: 'traducteur@example.org', name: 'Tom Traducteur', role: 'translator', languages: ['en', 'es'] },
] as const

/**
 * Creates the demo accounts that are missing, except with NODE_ENV=production,
 * whatever the command: their password is published in the README.
 */
export const seedUsers = async (context: SeedContext): Promise<void> => {
  if (process.env.NODE_ENV === 'production') {
    console.log('  NODE_ENV=production : aucun compte de démonstration créé (leur mot de passe est public). Créez le premier compte administrateur sur /admin.')
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
