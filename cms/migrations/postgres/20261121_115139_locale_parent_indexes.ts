import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "trainings_objectives_locales_parent_id_idx" ON "trainings_objectives_locales" USING btree ("_parent_id");
  CREATE INDEX "trainings_modules_lessons_locales_parent_id_idx" ON "trainings_modules_lessons_locales" USING btree ("_parent_id");
  CREATE INDEX "trainings_modules_locales_parent_id_idx" ON "trainings_modules_locales" USING btree ("_parent_id");
  CREATE INDEX "trainings_locales_parent_id_idx" ON "trainings_locales" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_objectives_locales_parent_id_idx" ON "_trainings_v_version_objectives_locales" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_modules_lessons_locales_parent_id_idx" ON "_trainings_v_version_modules_lessons_locales" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_modules_locales_parent_id_idx" ON "_trainings_v_version_modules_locales" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_locales_parent_id_idx" ON "_trainings_v_locales" USING btree ("_parent_id");
  CREATE INDEX "videos_locales_parent_id_idx" ON "videos_locales" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_locales_parent_id_idx" ON "_videos_v_locales" USING btree ("_parent_id");
  CREATE INDEX "infographics_locales_parent_id_idx" ON "infographics_locales" USING btree ("_parent_id");
  CREATE INDEX "_infographics_v_locales_parent_id_idx" ON "_infographics_v_locales" USING btree ("_parent_id");
  CREATE INDEX "sheets_steps_locales_parent_id_idx" ON "sheets_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "sheets_locales_parent_id_idx" ON "sheets_locales" USING btree ("_parent_id");
  CREATE INDEX "_sheets_v_version_steps_locales_parent_id_idx" ON "_sheets_v_version_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "_sheets_v_locales_parent_id_idx" ON "_sheets_v_locales" USING btree ("_parent_id");
  CREATE INDEX "bibliographies_entries_locales_parent_id_idx" ON "bibliographies_entries_locales" USING btree ("_parent_id");
  CREATE INDEX "bibliographies_locales_parent_id_idx" ON "bibliographies_locales" USING btree ("_parent_id");
  CREATE INDEX "_bibliographies_v_version_entries_locales_parent_id_idx" ON "_bibliographies_v_version_entries_locales" USING btree ("_parent_id");
  CREATE INDEX "_bibliographies_v_locales_parent_id_idx" ON "_bibliographies_v_locales" USING btree ("_parent_id");
  CREATE INDEX "faqs_locales_parent_id_idx" ON "faqs_locales" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_locales_parent_id_idx" ON "_faqs_v_locales" USING btree ("_parent_id");
  CREATE INDEX "programme_sections_measures_locales_parent_id_idx" ON "programme_sections_measures_locales" USING btree ("_parent_id");
  CREATE INDEX "programme_sections_locales_parent_id_idx" ON "programme_sections_locales" USING btree ("_parent_id");
  CREATE INDEX "programme_locales_parent_id_idx" ON "programme_locales" USING btree ("_parent_id");
  CREATE INDEX "_programme_v_version_sections_measures_locales_parent_id_idx" ON "_programme_v_version_sections_measures_locales" USING btree ("_parent_id");
  CREATE INDEX "_programme_v_version_sections_locales_parent_id_idx" ON "_programme_v_version_sections_locales" USING btree ("_parent_id");
  CREATE INDEX "_programme_v_locales_parent_id_idx" ON "_programme_v_locales" USING btree ("_parent_id");
  CREATE INDEX "themes_locales_parent_id_idx" ON "themes_locales" USING btree ("_parent_id");
  CREATE INDEX "visuals_locales_parent_id_idx" ON "visuals_locales" USING btree ("_parent_id");
  CREATE INDEX "files_locales_parent_id_idx" ON "files_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "trainings_objectives_locales_parent_id_idx";
  DROP INDEX "trainings_modules_lessons_locales_parent_id_idx";
  DROP INDEX "trainings_modules_locales_parent_id_idx";
  DROP INDEX "trainings_locales_parent_id_idx";
  DROP INDEX "_trainings_v_version_objectives_locales_parent_id_idx";
  DROP INDEX "_trainings_v_version_modules_lessons_locales_parent_id_idx";
  DROP INDEX "_trainings_v_version_modules_locales_parent_id_idx";
  DROP INDEX "_trainings_v_locales_parent_id_idx";
  DROP INDEX "videos_locales_parent_id_idx";
  DROP INDEX "_videos_v_locales_parent_id_idx";
  DROP INDEX "infographics_locales_parent_id_idx";
  DROP INDEX "_infographics_v_locales_parent_id_idx";
  DROP INDEX "sheets_steps_locales_parent_id_idx";
  DROP INDEX "sheets_locales_parent_id_idx";
  DROP INDEX "_sheets_v_version_steps_locales_parent_id_idx";
  DROP INDEX "_sheets_v_locales_parent_id_idx";
  DROP INDEX "bibliographies_entries_locales_parent_id_idx";
  DROP INDEX "bibliographies_locales_parent_id_idx";
  DROP INDEX "_bibliographies_v_version_entries_locales_parent_id_idx";
  DROP INDEX "_bibliographies_v_locales_parent_id_idx";
  DROP INDEX "faqs_locales_parent_id_idx";
  DROP INDEX "_faqs_v_locales_parent_id_idx";
  DROP INDEX "programme_sections_measures_locales_parent_id_idx";
  DROP INDEX "programme_sections_locales_parent_id_idx";
  DROP INDEX "programme_locales_parent_id_idx";
  DROP INDEX "_programme_v_version_sections_measures_locales_parent_id_idx";
  DROP INDEX "_programme_v_version_sections_locales_parent_id_idx";
  DROP INDEX "_programme_v_locales_parent_id_idx";
  DROP INDEX "themes_locales_parent_id_idx";
  DROP INDEX "visuals_locales_parent_id_idx";
  DROP INDEX "files_locales_parent_id_idx";`)
}
