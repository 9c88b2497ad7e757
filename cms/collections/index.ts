import { requiredInFrenchOnly } from '../fields/requiredInFrenchOnly'
import { withLabelsPerLanguage } from '../i18n/labelsPerLanguage'
import { ActionGroups } from './ActionGroups'
import { Bibliographies } from './Bibliographies'
import { Donations } from './Donations'
import { Events } from './Events'
import { EventSeats } from './EventSeats'
import { EventTypes } from './EventTypes'
import { Faqs } from './Faqs'
import { FrenchSources } from './FrenchSources'
import { Files } from './Files'
import { GroupLedger } from './GroupLedger'
import { Infographics } from './Infographics'
import { MonthlyDonations } from './MonthlyDonations'
import { Programme } from './Programme'
import { Registrations } from './Registrations'
import { Sheets } from './Sheets'
import { SiteBuilds } from './SiteBuilds'
import { StripeEvents } from './StripeEvents'
import { Themes } from './Themes'
import { Trainings } from './Trainings'
import { TractArtwork } from './TractArtwork'
import { TractTemplates } from './TractTemplates'
import { TranslationStatus } from './TranslationStatus'
import { Users } from './Users'
import { Videos } from './Videos'
import { Visuals } from './Visuals'

/** Order here is the order of the admin navigation. */
export const collections = [
  Trainings,
  Videos,
  Infographics,
  Sheets,
  Bibliographies,
  Faqs,
  Programme,
  Themes,
  Events,
  ActionGroups,
  EventTypes,
  Registrations,
  EventSeats,
  Donations,
  MonthlyDonations,
  GroupLedger,
  StripeEvents,
  Visuals,
  TractTemplates,
  TractArtwork,
  Files,
  SiteBuilds,
  TranslationStatus,
  FrenchSources,
  Users,
]
  .map(requiredInFrenchOnly)
  .map(withLabelsPerLanguage)
