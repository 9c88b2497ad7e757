import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text,
  	\`status\` text NOT NULL,
  	\`missing\` numeric DEFAULT 0 NOT NULL,
  	\`outdated\` numeric DEFAULT 0 NOT NULL,
  	\`up_to_date\` numeric DEFAULT 0 NOT NULL,
  	\`fields\` text,
  	\`sources\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_status_collection_idx\` ON \`translation_status\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`translation_status_locale_idx\` ON \`translation_status\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_status_status_idx\` ON \`translation_status\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`translation_status_updated_at_idx\` ON \`translation_status\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_status_created_at_idx\` ON \`translation_status\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_document_locale_idx\` ON \`translation_status\` (\`collection\`,\`document\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`french_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`french_sources_hash_idx\` ON \`french_sources\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`french_sources_updated_at_idx\` ON \`french_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`french_sources_created_at_idx\` ON \`french_sources\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_status_id\` integer REFERENCES translation_status(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`french_sources_id\` integer REFERENCES french_sources(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_status_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_status_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_french_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`french_sources_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_status\`;`)
  await db.run(sql`DROP TABLE \`french_sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`trainings_id\` integer,
  	\`videos_id\` integer,
  	\`infographics_id\` integer,
  	\`sheets_id\` integer,
  	\`bibliographies_id\` integer,
  	\`faqs_id\` integer,
  	\`programme_id\` integer,
  	\`themes_id\` integer,
  	\`events_id\` integer,
  	\`action_groups_id\` integer,
  	\`event_types_id\` integer,
  	\`registrations_id\` integer,
  	\`event_seats_id\` integer,
  	\`donations_id\` integer,
  	\`monthly_donations_id\` integer,
  	\`group_ledger_id\` integer,
  	\`stripe_events_id\` integer,
  	\`visuals_id\` integer,
  	\`tract_templates_id\` integer,
  	\`tract_artwork_id\` integer,
  	\`files_id\` integer,
  	\`site_builds_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`infographics_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sheets_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bibliographies_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_groups_id\`) REFERENCES \`action_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_types_id\`) REFERENCES \`event_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_seats_id\`) REFERENCES \`event_seats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`donations_id\`) REFERENCES \`donations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monthly_donations_id\`) REFERENCES \`monthly_donations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`group_ledger_id\`) REFERENCES \`group_ledger\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stripe_events_id\`) REFERENCES \`stripe_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visuals_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tract_templates_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tract_artwork_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "events_id", "action_groups_id", "event_types_id", "registrations_id", "event_seats_id", "donations_id", "monthly_donations_id", "group_ledger_id", "stripe_events_id", "visuals_id", "tract_templates_id", "tract_artwork_id", "files_id", "site_builds_id", "users_id") SELECT "id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "events_id", "action_groups_id", "event_types_id", "registrations_id", "event_seats_id", "donations_id", "monthly_donations_id", "group_ledger_id", "stripe_events_id", "visuals_id", "tract_templates_id", "tract_artwork_id", "files_id", "site_builds_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_infographics_id_idx\` ON \`payload_locked_documents_rels\` (\`infographics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bibliographies_id_idx\` ON \`payload_locked_documents_rels\` (\`bibliographies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`action_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_types_id_idx\` ON \`payload_locked_documents_rels\` (\`event_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_seats_id_idx\` ON \`payload_locked_documents_rels\` (\`event_seats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_donations_id_idx\` ON \`payload_locked_documents_rels\` (\`donations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monthly_donations_id_idx\` ON \`payload_locked_documents_rels\` (\`monthly_donations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_group_ledger_id_idx\` ON \`payload_locked_documents_rels\` (\`group_ledger_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stripe_events_id_idx\` ON \`payload_locked_documents_rels\` (\`stripe_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visuals_id_idx\` ON \`payload_locked_documents_rels\` (\`visuals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_artwork_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_artwork_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
