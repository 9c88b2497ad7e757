import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`events\` ADD \`calendar_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_calendar_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`reminded_at\` text;`)
  await db.run(sql`ALTER TABLE \`event_seats\` ADD \`confirmed_people\` numeric;`)
  await db.run(sql`ALTER TABLE \`event_seats\` ADD \`waitlisted_people\` numeric;`)
  await db.run(sql`ALTER TABLE \`event_seats\` ADD \`cancelled_people\` numeric;`)
  await db.run(sql`ALTER TABLE \`event_seats\` ADD \`attended_people\` numeric;`)
  await db.run(sql`ALTER TABLE \`event_seats\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`calendar_sequence\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_calendar_sequence\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`reminded_at\`;`)
  await db.run(sql`ALTER TABLE \`event_seats\` DROP COLUMN \`confirmed_people\`;`)
  await db.run(sql`ALTER TABLE \`event_seats\` DROP COLUMN \`waitlisted_people\`;`)
  await db.run(sql`ALTER TABLE \`event_seats\` DROP COLUMN \`cancelled_people\`;`)
  await db.run(sql`ALTER TABLE \`event_seats\` DROP COLUMN \`attended_people\`;`)
  await db.run(sql`ALTER TABLE \`event_seats\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
