import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visuals" ADD COLUMN "keep_whole" boolean DEFAULT false;
  ALTER TABLE "visuals" ADD COLUMN "edge_colour" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visuals" DROP COLUMN "keep_whole";
  ALTER TABLE "visuals" DROP COLUMN "edge_colour";`)
}
