import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'America/Miquelon', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Wallis', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'America/Miquelon', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Wallis', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_events_online_visibility" AS ENUM('registrants', 'public');
  CREATE TYPE "public"."enum_events_registration_mode" AS ENUM('site', 'none', 'external');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_event_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'America/Miquelon', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Wallis', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'America/Miquelon', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Wallis', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum__events_v_version_online_visibility" AS ENUM('registrants', 'public');
  CREATE TYPE "public"."enum__events_v_version_registration_mode" AS ENUM('site', 'none', 'external');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_action_groups_kind" AS ENUM('local', 'thematic');
  CREATE TYPE "public"."enum_registrations_language" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled', 'attended');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'organiser';
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"type_id" integer,
  	"event_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Paris',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Paris',
  	"place_venue" varchar,
  	"place_address" varchar,
  	"place_postcode" varchar,
  	"place_city" varchar,
  	"place_department" varchar,
  	"place_country" varchar DEFAULT 'FR',
  	"place_latitude" numeric,
  	"place_longitude" numeric,
  	"online_url" varchar,
  	"online_visibility" "enum_events_online_visibility" DEFAULT 'registrants',
  	"image_id" integer,
  	"registration_mode" "enum_events_registration_mode" DEFAULT 'site',
  	"registration_external_url" varchar,
  	"registration_capacity" numeric,
  	"registration_max_guests" numeric DEFAULT 0,
  	"registration_waitlist" boolean DEFAULT true,
  	"registration_ask_phone" boolean DEFAULT false,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"action_groups_id" integer,
  	"trainings_id" integer,
  	"tract_templates_id" integer,
  	"videos_id" integer,
  	"sheets_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_type_id" integer,
  	"version_event_status" "enum__events_v_version_event_status" DEFAULT 'scheduled',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Paris',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Paris',
  	"version_place_venue" varchar,
  	"version_place_address" varchar,
  	"version_place_postcode" varchar,
  	"version_place_city" varchar,
  	"version_place_department" varchar,
  	"version_place_country" varchar DEFAULT 'FR',
  	"version_place_latitude" numeric,
  	"version_place_longitude" numeric,
  	"version_online_url" varchar,
  	"version_online_visibility" "enum__events_v_version_online_visibility" DEFAULT 'registrants',
  	"version_image_id" integer,
  	"version_registration_mode" "enum__events_v_version_registration_mode" DEFAULT 'site',
  	"version_registration_external_url" varchar,
  	"version_registration_capacity" numeric,
  	"version_registration_max_guests" numeric DEFAULT 0,
  	"version_registration_waitlist" boolean DEFAULT true,
  	"version_registration_ask_phone" boolean DEFAULT false,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"action_groups_id" integer,
  	"trainings_id" integer,
  	"tract_templates_id" integer,
  	"videos_id" integer,
  	"sheets_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "action_groups_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "action_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_action_groups_kind" DEFAULT 'local' NOT NULL,
  	"active" boolean DEFAULT true,
  	"city" varchar,
  	"postcode" varchar,
  	"department" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"contact_email" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "action_groups_locales" (
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "action_groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "event_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"order" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_types_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"first_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"guests" numeric DEFAULT 0,
  	"seats" numeric,
  	"language" "enum_registrations_language" NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"consent_text" varchar NOT NULL,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"cancel_token_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"action_groups_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "action_groups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "events" ADD CONSTRAINT "events_type_id_event_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."event_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_visuals_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_action_groups_fk" FOREIGN KEY ("action_groups_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_tract_templates_fk" FOREIGN KEY ("tract_templates_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_type_id_event_types_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."event_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_visuals_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_action_groups_fk" FOREIGN KEY ("action_groups_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_tract_templates_fk" FOREIGN KEY ("tract_templates_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_groups_social_links" ADD CONSTRAINT "action_groups_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_groups" ADD CONSTRAINT "action_groups_logo_id_visuals_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_groups_locales" ADD CONSTRAINT "action_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_groups_rels" ADD CONSTRAINT "action_groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_groups_rels" ADD CONSTRAINT "action_groups_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_types_locales" ADD CONSTRAINT "event_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_action_groups_fk" FOREIGN KEY ("action_groups_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_type_idx" ON "events" USING btree ("type_id");
  CREATE INDEX "events_event_status_idx" ON "events" USING btree ("event_status");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_place_place_department_idx" ON "events" USING btree ("place_department");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE INDEX "events_published_at_idx" ON "events" USING btree ("published_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_action_groups_id_idx" ON "events_rels" USING btree ("action_groups_id");
  CREATE INDEX "events_rels_trainings_id_idx" ON "events_rels" USING btree ("trainings_id");
  CREATE INDEX "events_rels_tract_templates_id_idx" ON "events_rels" USING btree ("tract_templates_id");
  CREATE INDEX "events_rels_videos_id_idx" ON "events_rels" USING btree ("videos_id");
  CREATE INDEX "events_rels_sheets_id_idx" ON "events_rels" USING btree ("sheets_id");
  CREATE INDEX "events_rels_themes_id_idx" ON "events_rels" USING btree ("themes_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_type_idx" ON "_events_v" USING btree ("version_type_id");
  CREATE INDEX "_events_v_version_version_event_status_idx" ON "_events_v" USING btree ("version_event_status");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_place_version_place_department_idx" ON "_events_v" USING btree ("version_place_department");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "_events_v_version_version_published_at_idx" ON "_events_v" USING btree ("version_published_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_action_groups_id_idx" ON "_events_v_rels" USING btree ("action_groups_id");
  CREATE INDEX "_events_v_rels_trainings_id_idx" ON "_events_v_rels" USING btree ("trainings_id");
  CREATE INDEX "_events_v_rels_tract_templates_id_idx" ON "_events_v_rels" USING btree ("tract_templates_id");
  CREATE INDEX "_events_v_rels_videos_id_idx" ON "_events_v_rels" USING btree ("videos_id");
  CREATE INDEX "_events_v_rels_sheets_id_idx" ON "_events_v_rels" USING btree ("sheets_id");
  CREATE INDEX "_events_v_rels_themes_id_idx" ON "_events_v_rels" USING btree ("themes_id");
  CREATE INDEX "action_groups_social_links_order_idx" ON "action_groups_social_links" USING btree ("_order");
  CREATE INDEX "action_groups_social_links_parent_id_idx" ON "action_groups_social_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "action_groups_slug_idx" ON "action_groups" USING btree ("slug");
  CREATE INDEX "action_groups_kind_idx" ON "action_groups" USING btree ("kind");
  CREATE INDEX "action_groups_active_idx" ON "action_groups" USING btree ("active");
  CREATE INDEX "action_groups_department_idx" ON "action_groups" USING btree ("department");
  CREATE INDEX "action_groups_logo_idx" ON "action_groups" USING btree ("logo_id");
  CREATE INDEX "action_groups_updated_at_idx" ON "action_groups" USING btree ("updated_at");
  CREATE INDEX "action_groups_created_at_idx" ON "action_groups" USING btree ("created_at");
  CREATE UNIQUE INDEX "action_groups_locales_locale_parent_id_unique" ON "action_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "action_groups_locales_parent_id_idx" ON "action_groups_locales" USING btree ("_parent_id");
  CREATE INDEX "action_groups_rels_order_idx" ON "action_groups_rels" USING btree ("order");
  CREATE INDEX "action_groups_rels_parent_idx" ON "action_groups_rels" USING btree ("parent_id");
  CREATE INDEX "action_groups_rels_path_idx" ON "action_groups_rels" USING btree ("path");
  CREATE INDEX "action_groups_rels_themes_id_idx" ON "action_groups_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "event_types_slug_idx" ON "event_types" USING btree ("slug");
  CREATE INDEX "event_types_updated_at_idx" ON "event_types" USING btree ("updated_at");
  CREATE INDEX "event_types_created_at_idx" ON "event_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_types_locales_locale_parent_id_unique" ON "event_types_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "event_types_locales_parent_id_idx" ON "event_types_locales" USING btree ("_parent_id");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE UNIQUE INDEX "registrations_cancel_token_hash_idx" ON "registrations" USING btree ("cancel_token_hash");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_email_idx" ON "registrations" USING btree ("event_id","email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_action_groups_id_idx" ON "users_rels" USING btree ("action_groups_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_groups_fk" FOREIGN KEY ("action_groups_id") REFERENCES "public"."action_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_types_fk" FOREIGN KEY ("event_types_id") REFERENCES "public"."event_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_action_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("action_groups_id");
  CREATE INDEX "payload_locked_documents_rels_event_types_id_idx" ON "payload_locked_documents_rels" USING btree ("event_types_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_groups_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_groups_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_groups_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_types_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "action_groups_social_links" CASCADE;
  DROP TABLE "action_groups" CASCADE;
  DROP TABLE "action_groups_locales" CASCADE;
  DROP TABLE "action_groups_rels" CASCADE;
  DROP TABLE "event_types" CASCADE;
  DROP TABLE "event_types_locales" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_action_groups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_action_groups_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "action_groups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_online_visibility";
  DROP TYPE "public"."enum_events_registration_mode";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_event_status";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_online_visibility";
  DROP TYPE "public"."enum__events_v_version_registration_mode";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_action_groups_kind";
  DROP TYPE "public"."enum_registrations_language";
  DROP TYPE "public"."enum_registrations_status";`)
}
