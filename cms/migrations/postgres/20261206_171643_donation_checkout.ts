import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_donations_refunded_because" AS ENUM('over-cap', 'stripe', 'dispute');
  ALTER TYPE "public"."enum_group_ledger_reason" ADD VALUE 'dispute-won';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'donationEmail' BEFORE 'sendReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'stripeAction' BEFORE 'sendReminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseOldDonors' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'donationEmail' BEFORE 'sendReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'stripeAction' BEFORE 'sendReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseOldDonors' BEFORE 'schedulePublish';
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "donation_group_kind_idx";
  ALTER TABLE "donations" ADD COLUMN "refunded_because" "enum_donations_refunded_because";
  ALTER TABLE "monthly_donations" ADD COLUMN "replaces_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stripe_events_id" integer;
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  ALTER TABLE "monthly_donations" ADD CONSTRAINT "monthly_donations_replaces_id_monthly_donations_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."monthly_donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "monthly_donations_replaces_idx" ON "monthly_donations" USING btree ("replaces_id");
  CREATE UNIQUE INDEX "donation_group_kind_reason_idx" ON "group_ledger" USING btree ("donation_id","group_id","kind","reason");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stripe_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stripe_events" CASCADE;
  ALTER TABLE "monthly_donations" DROP CONSTRAINT "monthly_donations_replaces_id_monthly_donations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stripe_events_fk";
  
  ALTER TABLE "group_ledger" ALTER COLUMN "reason" SET DATA TYPE text;
  DROP TYPE "public"."enum_group_ledger_reason";
  CREATE TYPE "public"."enum_group_ledger_reason" AS ENUM('payment', 'refund', 'dispute');
  ALTER TABLE "group_ledger" ALTER COLUMN "reason" SET DATA TYPE "public"."enum_group_ledger_reason" USING "reason"::"public"."enum_group_ledger_reason";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuildSite', 'syncSearch', 'removePastSearchEvents', 'registrationEmail', 'sendReminders', 'eraseOldRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuildSite', 'syncSearch', 'removePastSearchEvents', 'registrationEmail', 'sendReminders', 'eraseOldRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "monthly_donations_replaces_idx";
  DROP INDEX "donation_group_kind_reason_idx";
  DROP INDEX "payload_locked_documents_rels_stripe_events_id_idx";
  CREATE UNIQUE INDEX "donation_group_kind_idx" ON "group_ledger" USING btree ("donation_id","group_id","kind");
  ALTER TABLE "donations" DROP COLUMN "refunded_because";
  ALTER TABLE "monthly_donations" DROP COLUMN "replaces_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stripe_events_id";
  DROP TYPE "public"."enum_donations_refunded_because";`)
}
