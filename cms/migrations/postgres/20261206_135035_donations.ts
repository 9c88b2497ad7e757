import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_donations_frequency" AS ENUM('once', 'monthly');
  CREATE TYPE "public"."enum_donations_status" AS ENUM('pending', 'succeeded', 'failed', 'expired', 'refunded', 'disputed');
  CREATE TYPE "public"."enum_donations_language" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_monthly_donations_status" AS ENUM('pending', 'active', 'past-due', 'cancelled');
  CREATE TYPE "public"."enum_monthly_donations_language" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_group_ledger_kind" AS ENUM('credit', 'reversal');
  CREATE TYPE "public"."enum_group_ledger_reason" AS ENUM('payment', 'refund', 'dispute');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'treasurer';
  CREATE TABLE "donations_shares" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group_id" integer NOT NULL,
  	"cents" numeric NOT NULL
  );
  
  CREATE TABLE "donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"frequency" "enum_donations_frequency" NOT NULL,
  	"status" "enum_donations_status" DEFAULT 'pending' NOT NULL,
  	"monthly_donation_id" integer,
  	"amount_cents" numeric NOT NULL,
  	"national_cents" numeric NOT NULL,
  	"succeeded_at" timestamp(3) with time zone,
  	"cap_year" numeric,
  	"donor_first_name" varchar,
  	"donor_last_name" varchar,
  	"donor_email" varchar,
  	"donor_address" varchar,
  	"donor_postcode" varchar,
  	"donor_city" varchar,
  	"donor_nationality" varchar,
  	"donor_resides_in_france" boolean,
  	"donor_phone" varchar,
  	"donor_person_key" varchar,
  	"language" "enum_donations_language" DEFAULT 'fr' NOT NULL,
  	"certified_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"stripe_checkout_session_id" varchar,
  	"stripe_payment_intent_id" varchar,
  	"stripe_invoice_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monthly_donations_shares" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group_id" integer NOT NULL,
  	"cents" numeric NOT NULL
  );
  
  CREATE TABLE "monthly_donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_monthly_donations_status" DEFAULT 'pending' NOT NULL,
  	"next_payment_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"amount_cents" numeric NOT NULL,
  	"national_cents" numeric NOT NULL,
  	"donor_first_name" varchar,
  	"donor_last_name" varchar,
  	"donor_email" varchar,
  	"donor_address" varchar,
  	"donor_postcode" varchar,
  	"donor_city" varchar,
  	"donor_nationality" varchar,
  	"donor_resides_in_france" boolean,
  	"donor_phone" varchar,
  	"donor_person_key" varchar,
  	"language" "enum_monthly_donations_language" DEFAULT 'fr' NOT NULL,
  	"certified_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"stripe_checkout_session_id" varchar,
  	"stripe_subscription_id" varchar,
  	"stripe_customer_id" varchar,
  	"manage_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "group_ledger" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"group_id" integer NOT NULL,
  	"kind" "enum_group_ledger_kind" NOT NULL,
  	"reason" "enum_group_ledger_reason" NOT NULL,
  	"cents" numeric NOT NULL,
  	"donation_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "donations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monthly_donations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "group_ledger_id" integer;
  ALTER TABLE "donations_shares" ADD CONSTRAINT "donations_shares_group_id_action_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."action_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations_shares" ADD CONSTRAINT "donations_shares_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_monthly_donation_id_monthly_donations_id_fk" FOREIGN KEY ("monthly_donation_id") REFERENCES "public"."monthly_donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_donations_shares" ADD CONSTRAINT "monthly_donations_shares_group_id_action_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."action_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_donations_shares" ADD CONSTRAINT "monthly_donations_shares_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monthly_donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_ledger" ADD CONSTRAINT "group_ledger_group_id_action_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."action_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_ledger" ADD CONSTRAINT "group_ledger_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "donations_shares_order_idx" ON "donations_shares" USING btree ("_order");
  CREATE INDEX "donations_shares_parent_id_idx" ON "donations_shares" USING btree ("_parent_id");
  CREATE INDEX "donations_shares_group_idx" ON "donations_shares" USING btree ("group_id");
  CREATE INDEX "donations_status_idx" ON "donations" USING btree ("status");
  CREATE INDEX "donations_monthly_donation_idx" ON "donations" USING btree ("monthly_donation_id");
  CREATE INDEX "donations_succeeded_at_idx" ON "donations" USING btree ("succeeded_at");
  CREATE INDEX "donations_cap_year_idx" ON "donations" USING btree ("cap_year");
  CREATE INDEX "donations_donor_donor_email_idx" ON "donations" USING btree ("donor_email");
  CREATE INDEX "donations_donor_donor_person_key_idx" ON "donations" USING btree ("donor_person_key");
  CREATE UNIQUE INDEX "donations_stripe_stripe_checkout_session_id_idx" ON "donations" USING btree ("stripe_checkout_session_id");
  CREATE INDEX "donations_stripe_stripe_payment_intent_id_idx" ON "donations" USING btree ("stripe_payment_intent_id");
  CREATE UNIQUE INDEX "donations_stripe_stripe_invoice_id_idx" ON "donations" USING btree ("stripe_invoice_id");
  CREATE INDEX "donations_updated_at_idx" ON "donations" USING btree ("updated_at");
  CREATE INDEX "donations_created_at_idx" ON "donations" USING btree ("created_at");
  CREATE INDEX "monthly_donations_shares_order_idx" ON "monthly_donations_shares" USING btree ("_order");
  CREATE INDEX "monthly_donations_shares_parent_id_idx" ON "monthly_donations_shares" USING btree ("_parent_id");
  CREATE INDEX "monthly_donations_shares_group_idx" ON "monthly_donations_shares" USING btree ("group_id");
  CREATE INDEX "monthly_donations_status_idx" ON "monthly_donations" USING btree ("status");
  CREATE INDEX "monthly_donations_donor_donor_email_idx" ON "monthly_donations" USING btree ("donor_email");
  CREATE INDEX "monthly_donations_donor_donor_person_key_idx" ON "monthly_donations" USING btree ("donor_person_key");
  CREATE UNIQUE INDEX "monthly_donations_stripe_stripe_checkout_session_id_idx" ON "monthly_donations" USING btree ("stripe_checkout_session_id");
  CREATE UNIQUE INDEX "monthly_donations_stripe_stripe_subscription_id_idx" ON "monthly_donations" USING btree ("stripe_subscription_id");
  CREATE INDEX "monthly_donations_stripe_stripe_customer_id_idx" ON "monthly_donations" USING btree ("stripe_customer_id");
  CREATE UNIQUE INDEX "monthly_donations_manage_token_hash_idx" ON "monthly_donations" USING btree ("manage_token_hash");
  CREATE INDEX "monthly_donations_updated_at_idx" ON "monthly_donations" USING btree ("updated_at");
  CREATE INDEX "monthly_donations_created_at_idx" ON "monthly_donations" USING btree ("created_at");
  CREATE INDEX "group_ledger_group_idx" ON "group_ledger" USING btree ("group_id");
  CREATE INDEX "group_ledger_donation_idx" ON "group_ledger" USING btree ("donation_id");
  CREATE INDEX "group_ledger_updated_at_idx" ON "group_ledger" USING btree ("updated_at");
  CREATE INDEX "group_ledger_created_at_idx" ON "group_ledger" USING btree ("created_at");
  CREATE UNIQUE INDEX "donation_group_kind_idx" ON "group_ledger" USING btree ("donation_id","group_id","kind");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donations_fk" FOREIGN KEY ("donations_id") REFERENCES "public"."donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monthly_donations_fk" FOREIGN KEY ("monthly_donations_id") REFERENCES "public"."monthly_donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_group_ledger_fk" FOREIGN KEY ("group_ledger_id") REFERENCES "public"."group_ledger"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_donations_id_idx" ON "payload_locked_documents_rels" USING btree ("donations_id");
  CREATE INDEX "payload_locked_documents_rels_monthly_donations_id_idx" ON "payload_locked_documents_rels" USING btree ("monthly_donations_id");
  CREATE INDEX "payload_locked_documents_rels_group_ledger_id_idx" ON "payload_locked_documents_rels" USING btree ("group_ledger_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "donations_shares" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "donations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_donations_shares" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_donations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "group_ledger" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "donations_shares" CASCADE;
  DROP TABLE "donations" CASCADE;
  DROP TABLE "monthly_donations_shares" CASCADE;
  DROP TABLE "monthly_donations" CASCADE;
  DROP TABLE "group_ledger" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_donations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monthly_donations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_group_ledger_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator', 'organiser');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "payload_locked_documents_rels_donations_id_idx";
  DROP INDEX "payload_locked_documents_rels_monthly_donations_id_idx";
  DROP INDEX "payload_locked_documents_rels_group_ledger_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "donations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monthly_donations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "group_ledger_id";
  DROP TYPE "public"."enum_donations_frequency";
  DROP TYPE "public"."enum_donations_status";
  DROP TYPE "public"."enum_donations_language";
  DROP TYPE "public"."enum_monthly_donations_status";
  DROP TYPE "public"."enum_monthly_donations_language";
  DROP TYPE "public"."enum_group_ledger_kind";
  DROP TYPE "public"."enum_group_ledger_reason";`)
}
