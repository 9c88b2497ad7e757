import type { Payload } from 'payload'

import { seedActionGroups } from './actionGroups'
import { seedBibliographies } from './bibliographies'
import { createSeedContext } from './context'
import { seedDemoDonations } from './donations'
import { seedEvents } from './events'
import { seedEventTypes } from './eventTypes'
import { seedFaqs } from './faqs'
import { seedInfographics } from './infographics'
import { seedDemoOrganiser } from './organiser'
import type { Progress } from './progress'
import { seedProgramme } from './programme'
import { seedSheets } from './sheets'
import { seedThemes } from './themes'
import { seedTracts } from './tracts'
import { seedTrainings } from './trainings'
import { seedUsers } from './users'
import { seedVideos } from './videos'
import { seedVisuals } from './visuals'

/**
 * Seeds the demo content, in dependency order (themes and files before what
 * refers to them). Idempotent: what already exists is left untouched.
 */
export const seedDemoContent = async (payload: Payload, progress: Progress): Promise<void> => {
  const context = await createSeedContext(payload, progress)
  await seedUsers(context)
  await seedThemes(context)
  await seedVisuals(context)
  await seedTracts(context)
  await seedSheets(context)
  await seedVideos(context)
  await seedTrainings(context)
  await seedInfographics(context)
  await seedBibliographies(context)
  await seedFaqs(context)
  await seedProgramme(context)
  const groups = await seedActionGroups(context)
  await seedDemoOrganiser(context, groups)
  await seedDemoDonations(context, groups)
  await seedEvents(context, { groups, types: await seedEventTypes(context) })
}
