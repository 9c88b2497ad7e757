import type { SnapshotCollection } from '../../schema'
import { bibliographies } from './bibliographies'
import type { Mapper } from './context'
import { events } from './events'
import { faqs } from './faqs'
import { groups } from './groups'
import { infographics } from './infographics'
import { programme } from './programme'
import { sheets } from './sheets'
import { themes } from './themes'
import { tracts } from './tracts'
import { trainings } from './trainings'
import { videos } from './videos'
import { visuals } from './visuals'

/** One mapper per snapshot type (publication/registry.ts): a type without one fails to compile. */
export const mappers: { [Type in SnapshotCollection]: Mapper<Type, never> } = {
  themes,
  trainings,
  videos,
  infographics,
  sheets,
  bibliographies,
  faqs,
  programme,
  tracts,
  visuals,
  events,
  groups,
}
