import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stripe_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stripe_events_event_id_idx\` ON \`stripe_events\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_updated_at_idx\` ON \`stripe_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_created_at_idx\` ON \`stripe_events\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`donation_group_kind_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`donation_group_kind_reason_idx\` ON \`group_ledger\` (\`donation_id\`,\`group_id\`,\`kind\`,\`reason\`);`)
  await db.run(sql`ALTER TABLE \`donations\` ADD \`refunded_because\` text;`)
  await db.run(sql`ALTER TABLE \`monthly_donations\` ADD \`replaces_id\` integer REFERENCES monthly_donations(id);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_replaces_idx\` ON \`monthly_donations\` (\`replaces_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stripe_events_id\` integer REFERENCES stripe_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stripe_events_id_idx\` ON \`payload_locked_documents_rels\` (\`stripe_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stripe_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_monthly_donations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`next_payment_at\` text,
  	\`cancelled_at\` text,
  	\`amount_cents\` numeric NOT NULL,
  	\`national_cents\` numeric NOT NULL,
  	\`donor_first_name\` text,
  	\`donor_last_name\` text,
  	\`donor_email\` text,
  	\`donor_address\` text,
  	\`donor_postcode\` text,
  	\`donor_city\` text,
  	\`donor_nationality\` text,
  	\`donor_resides_in_france\` integer,
  	\`donor_phone\` text,
  	\`donor_person_key\` text,
  	\`language\` text DEFAULT 'fr' NOT NULL,
  	\`certified_at\` text,
  	\`anonymised_at\` text,
  	\`stripe_checkout_session_id\` text,
  	\`stripe_subscription_id\` text,
  	\`stripe_customer_id\` text,
  	\`manage_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_monthly_donations\`("id", "status", "next_payment_at", "cancelled_at", "amount_cents", "national_cents", "donor_first_name", "donor_last_name", "donor_email", "donor_address", "donor_postcode", "donor_city", "donor_nationality", "donor_resides_in_france", "donor_phone", "donor_person_key", "language", "certified_at", "anonymised_at", "stripe_checkout_session_id", "stripe_subscription_id", "stripe_customer_id", "manage_token_hash", "updated_at", "created_at") SELECT "id", "status", "next_payment_at", "cancelled_at", "amount_cents", "national_cents", "donor_first_name", "donor_last_name", "donor_email", "donor_address", "donor_postcode", "donor_city", "donor_nationality", "donor_resides_in_france", "donor_phone", "donor_person_key", "language", "certified_at", "anonymised_at", "stripe_checkout_session_id", "stripe_subscription_id", "stripe_customer_id", "manage_token_hash", "updated_at", "created_at" FROM \`monthly_donations\`;`)
  await db.run(sql`DROP TABLE \`monthly_donations\`;`)
  await db.run(sql`ALTER TABLE \`__new_monthly_donations\` RENAME TO \`monthly_donations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`monthly_donations_status_idx\` ON \`monthly_donations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_donor_donor_email_idx\` ON \`monthly_donations\` (\`donor_email\`);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_donor_donor_person_key_idx\` ON \`monthly_donations\` (\`donor_person_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`monthly_donations_stripe_stripe_checkout_session_id_idx\` ON \`monthly_donations\` (\`stripe_checkout_session_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`monthly_donations_stripe_stripe_subscription_id_idx\` ON \`monthly_donations\` (\`stripe_subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_stripe_stripe_customer_id_idx\` ON \`monthly_donations\` (\`stripe_customer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`monthly_donations_manage_token_hash_idx\` ON \`monthly_donations\` (\`manage_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_updated_at_idx\` ON \`monthly_donations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monthly_donations_created_at_idx\` ON \`monthly_donations\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`visuals_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tract_templates_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tract_artwork_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "events_id", "action_groups_id", "event_types_id", "registrations_id", "event_seats_id", "donations_id", "monthly_donations_id", "group_ledger_id", "visuals_id", "tract_templates_id", "tract_artwork_id", "files_id", "site_builds_id", "users_id") SELECT "id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "events_id", "action_groups_id", "event_types_id", "registrations_id", "event_seats_id", "donations_id", "monthly_donations_id", "group_ledger_id", "visuals_id", "tract_templates_id", "tract_artwork_id", "files_id", "site_builds_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visuals_id_idx\` ON \`payload_locked_documents_rels\` (\`visuals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_artwork_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_artwork_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`donation_group_kind_reason_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`donation_group_kind_idx\` ON \`group_ledger\` (\`donation_id\`,\`group_id\`,\`kind\`);`)
  await db.run(sql`ALTER TABLE \`donations\` DROP COLUMN \`refunded_because\`;`)
}
