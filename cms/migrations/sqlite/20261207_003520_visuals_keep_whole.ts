import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`visuals\` ADD \`keep_whole\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`visuals\` ADD \`edge_colour\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`visuals\` DROP COLUMN \`keep_whole\`;`)
  await db.run(sql`ALTER TABLE \`visuals\` DROP COLUMN \`edge_colour\`;`)
}
