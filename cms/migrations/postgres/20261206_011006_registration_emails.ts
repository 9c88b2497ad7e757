import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'registrationEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eraseOldRegistrations' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'registrationEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eraseOldRegistrations' BEFORE 'schedulePublish';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "events" ADD COLUMN "calendar_sequence" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_calendar_sequence" numeric DEFAULT 0;
  ALTER TABLE "registrations" ADD COLUMN "reminded_at" timestamp(3) with time zone;
  ALTER TABLE "event_seats" ADD COLUMN "confirmed_people" numeric;
  ALTER TABLE "event_seats" ADD COLUMN "waitlisted_people" numeric;
  ALTER TABLE "event_seats" ADD COLUMN "cancelled_people" numeric;
  ALTER TABLE "event_seats" ADD COLUMN "attended_people" numeric;
  ALTER TABLE "event_seats" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuildSite', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuildSite', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "events" DROP COLUMN "calendar_sequence";
  ALTER TABLE "_events_v" DROP COLUMN "version_calendar_sequence";
  ALTER TABLE "registrations" DROP COLUMN "reminded_at";
  ALTER TABLE "event_seats" DROP COLUMN "confirmed_people";
  ALTER TABLE "event_seats" DROP COLUMN "waitlisted_people";
  ALTER TABLE "event_seats" DROP COLUMN "cancelled_people";
  ALTER TABLE "event_seats" DROP COLUMN "attended_people";
  ALTER TABLE "event_seats" DROP COLUMN "erased_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
