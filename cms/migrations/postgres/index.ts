import * as migration_20261121_104143_initial from './20261121_104143_initial';
import * as migration_20261121_115139_locale_parent_indexes from './20261121_115139_locale_parent_indexes';
import * as migration_20261121_131637_site_builds from './20261121_131637_site_builds';
import * as migration_20261121_184224_tract_templates from './20261121_184224_tract_templates';
import * as migration_20261122_030046_visual_responsive_copies from './20261122_030046_visual_responsive_copies';
import * as migration_20261205_220247_action_groups_events from './20261205_220247_action_groups_events';
import * as migration_20261205_223325_event_seats from './20261205_223325_event_seats';
import * as migration_20261206_011006_registration_emails from './20261206_011006_registration_emails';
import * as migration_20261206_015337_search_past_events from './20261206_015337_search_past_events';
import * as migration_20261206_135035_donations from './20261206_135035_donations';
import * as migration_20261206_171643_donation_checkout from './20261206_171643_donation_checkout';
import * as migration_20261206_195549_translation_status from './20261206_195549_translation_status';
import * as migration_20261206_201540_translation_digest from './20261206_201540_translation_digest';
import * as migration_20261207_003537_visuals_keep_whole from './20261207_003537_visuals_keep_whole';

export const migrations = [
  {
    up: migration_20261121_104143_initial.up,
    down: migration_20261121_104143_initial.down,
    name: '20261121_104143_initial',
  },
  {
    up: migration_20261121_115139_locale_parent_indexes.up,
    down: migration_20261121_115139_locale_parent_indexes.down,
    name: '20261121_115139_locale_parent_indexes',
  },
  {
    up: migration_20261121_131637_site_builds.up,
    down: migration_20261121_131637_site_builds.down,
    name: '20261121_131637_site_builds',
  },
  {
    up: migration_20261121_184224_tract_templates.up,
    down: migration_20261121_184224_tract_templates.down,
    name: '20261121_184224_tract_templates',
  },
  {
    up: migration_20261122_030046_visual_responsive_copies.up,
    down: migration_20261122_030046_visual_responsive_copies.down,
    name: '20261122_030046_visual_responsive_copies',
  },
  {
    up: migration_20261205_220247_action_groups_events.up,
    down: migration_20261205_220247_action_groups_events.down,
    name: '20261205_220247_action_groups_events',
  },
  {
    up: migration_20261205_223325_event_seats.up,
    down: migration_20261205_223325_event_seats.down,
    name: '20261205_223325_event_seats',
  },
  {
    up: migration_20261206_011006_registration_emails.up,
    down: migration_20261206_011006_registration_emails.down,
    name: '20261206_011006_registration_emails',
  },
  {
    up: migration_20261206_015337_search_past_events.up,
    down: migration_20261206_015337_search_past_events.down,
    name: '20261206_015337_search_past_events',
  },
  {
    up: migration_20261206_135035_donations.up,
    down: migration_20261206_135035_donations.down,
    name: '20261206_135035_donations',
  },
  {
    up: migration_20261206_171643_donation_checkout.up,
    down: migration_20261206_171643_donation_checkout.down,
    name: '20261206_171643_donation_checkout',
  },
  {
    up: migration_20261206_195549_translation_status.up,
    down: migration_20261206_195549_translation_status.down,
    name: '20261206_195549_translation_status',
  },
  {
    up: migration_20261206_201540_translation_digest.up,
    down: migration_20261206_201540_translation_digest.down,
    name: '20261206_201540_translation_digest',
  },
  {
    up: migration_20261207_003537_visuals_keep_whole.up,
    down: migration_20261207_003537_visuals_keep_whole.down,
    name: '20261207_003537_visuals_keep_whole'
  },
];
