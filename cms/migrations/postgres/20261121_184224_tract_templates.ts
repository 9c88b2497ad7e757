import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tract_templates_languages" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_tract_templates_fields_type" AS ENUM('line', 'multiline', 'date', 'time', 'place', 'url', 'logo');
  CREATE TYPE "public"."enum_tract_templates_fields_style_font" AS ENUM('inter', 'inter-bold', 'inter-black', 'anton', 'noto-sans-arabic', 'noto-sans-arabic-bold');
  CREATE TYPE "public"."enum_tract_templates_fields_style_align" AS ENUM('start', 'center', 'end');
  CREATE TYPE "public"."enum_tract_templates_format" AS ENUM('A5', 'A4', 'A3', 'square', 'story', 'custom');
  CREATE TYPE "public"."enum_tract_templates_custom_size_unit" AS ENUM('mm', 'px');
  CREATE TYPE "public"."enum_tract_templates_legal_style_font" AS ENUM('inter', 'inter-bold', 'inter-black', 'anton', 'noto-sans-arabic', 'noto-sans-arabic-bold');
  CREATE TYPE "public"."enum_tract_templates_legal_style_align" AS ENUM('start', 'center', 'end');
  CREATE TYPE "public"."enum_tract_templates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tract_templates_v_version_languages" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum__tract_templates_v_version_fields_type" AS ENUM('line', 'multiline', 'date', 'time', 'place', 'url', 'logo');
  CREATE TYPE "public"."enum__tract_templates_v_version_fields_style_font" AS ENUM('inter', 'inter-bold', 'inter-black', 'anton', 'noto-sans-arabic', 'noto-sans-arabic-bold');
  CREATE TYPE "public"."enum__tract_templates_v_version_fields_style_align" AS ENUM('start', 'center', 'end');
  CREATE TYPE "public"."enum__tract_templates_v_version_format" AS ENUM('A5', 'A4', 'A3', 'square', 'story', 'custom');
  CREATE TYPE "public"."enum__tract_templates_v_version_custom_size_unit" AS ENUM('mm', 'px');
  CREATE TYPE "public"."enum__tract_templates_v_version_legal_style_font" AS ENUM('inter', 'inter-bold', 'inter-black', 'anton', 'noto-sans-arabic', 'noto-sans-arabic-bold');
  CREATE TYPE "public"."enum__tract_templates_v_version_legal_style_align" AS ENUM('start', 'center', 'end');
  CREATE TYPE "public"."enum__tract_templates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tract_templates_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'syncSearch' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'syncSearch' BEFORE 'schedulePublish';
  CREATE TABLE "tract_templates_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tract_templates_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tract_templates_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum_tract_templates_fields_type" DEFAULT 'line',
  	"box_x" numeric,
  	"box_y" numeric,
  	"box_width" numeric,
  	"box_height" numeric,
  	"style_font" "enum_tract_templates_fields_style_font" DEFAULT 'inter',
  	"style_align" "enum_tract_templates_fields_style_align" DEFAULT 'start',
  	"style_min_size" numeric DEFAULT 8,
  	"style_max_size" numeric DEFAULT 16,
  	"style_colour" varchar DEFAULT '#000000',
  	"max_length" numeric DEFAULT 80,
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "tract_templates_fields_locales" (
  	"label" varchar,
  	"help" varchar,
  	"default_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "tract_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"format" "enum_tract_templates_format" DEFAULT 'A5',
  	"background" varchar DEFAULT '#ffffff',
  	"custom_size_unit" "enum_tract_templates_custom_size_unit" DEFAULT 'mm',
  	"custom_size_width" numeric,
  	"custom_size_height" numeric,
  	"artwork_id" integer,
  	"artwork_image_id" integer,
  	"legal_box_x" numeric,
  	"legal_box_y" numeric,
  	"legal_box_width" numeric,
  	"legal_box_height" numeric,
  	"legal_style_font" "enum_tract_templates_legal_style_font" DEFAULT 'inter',
  	"legal_style_align" "enum_tract_templates_legal_style_align" DEFAULT 'start',
  	"legal_style_min_size" numeric DEFAULT 5,
  	"legal_style_max_size" numeric DEFAULT 7,
  	"legal_style_colour" varchar DEFAULT '#000000',
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tract_templates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tract_templates_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tract_templates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_tract_templates_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__tract_templates_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_tract_templates_v_version_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum__tract_templates_v_version_fields_type" DEFAULT 'line',
  	"box_x" numeric,
  	"box_y" numeric,
  	"box_width" numeric,
  	"box_height" numeric,
  	"style_font" "enum__tract_templates_v_version_fields_style_font" DEFAULT 'inter',
  	"style_align" "enum__tract_templates_v_version_fields_style_align" DEFAULT 'start',
  	"style_min_size" numeric DEFAULT 8,
  	"style_max_size" numeric DEFAULT 16,
  	"style_colour" varchar DEFAULT '#000000',
  	"max_length" numeric DEFAULT 80,
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tract_templates_v_version_fields_locales" (
  	"label" varchar,
  	"help" varchar,
  	"default_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_tract_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_format" "enum__tract_templates_v_version_format" DEFAULT 'A5',
  	"version_background" varchar DEFAULT '#ffffff',
  	"version_custom_size_unit" "enum__tract_templates_v_version_custom_size_unit" DEFAULT 'mm',
  	"version_custom_size_width" numeric,
  	"version_custom_size_height" numeric,
  	"version_artwork_id" integer,
  	"version_artwork_image_id" integer,
  	"version_legal_box_x" numeric,
  	"version_legal_box_y" numeric,
  	"version_legal_box_width" numeric,
  	"version_legal_box_height" numeric,
  	"version_legal_style_font" "enum__tract_templates_v_version_legal_style_font" DEFAULT 'inter',
  	"version_legal_style_align" "enum__tract_templates_v_version_legal_style_align" DEFAULT 'start',
  	"version_legal_style_min_size" numeric DEFAULT 5,
  	"version_legal_style_max_size" numeric DEFAULT 7,
  	"version_legal_style_colour" varchar DEFAULT '#000000',
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tract_templates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__tract_templates_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_tract_templates_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_tract_templates_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "tract_artwork" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "tract_artwork_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tract_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tract_artwork_id" integer;
  ALTER TABLE "tract_templates_languages" ADD CONSTRAINT "tract_templates_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_templates_fields" ADD CONSTRAINT "tract_templates_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_templates_fields_locales" ADD CONSTRAINT "tract_templates_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tract_templates_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_templates" ADD CONSTRAINT "tract_templates_artwork_id_tract_artwork_id_fk" FOREIGN KEY ("artwork_id") REFERENCES "public"."tract_artwork"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tract_templates" ADD CONSTRAINT "tract_templates_artwork_image_id_tract_artwork_id_fk" FOREIGN KEY ("artwork_image_id") REFERENCES "public"."tract_artwork"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tract_templates_locales" ADD CONSTRAINT "tract_templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_templates_rels" ADD CONSTRAINT "tract_templates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_templates_rels" ADD CONSTRAINT "tract_templates_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_version_languages" ADD CONSTRAINT "_tract_templates_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tract_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_version_fields" ADD CONSTRAINT "_tract_templates_v_version_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tract_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_version_fields_locales" ADD CONSTRAINT "_tract_templates_v_version_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tract_templates_v_version_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v" ADD CONSTRAINT "_tract_templates_v_parent_id_tract_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tract_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tract_templates_v" ADD CONSTRAINT "_tract_templates_v_version_artwork_id_tract_artwork_id_fk" FOREIGN KEY ("version_artwork_id") REFERENCES "public"."tract_artwork"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tract_templates_v" ADD CONSTRAINT "_tract_templates_v_version_artwork_image_id_tract_artwork_id_fk" FOREIGN KEY ("version_artwork_image_id") REFERENCES "public"."tract_artwork"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_locales" ADD CONSTRAINT "_tract_templates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tract_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_rels" ADD CONSTRAINT "_tract_templates_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tract_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tract_templates_v_rels" ADD CONSTRAINT "_tract_templates_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tract_artwork_locales" ADD CONSTRAINT "tract_artwork_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tract_artwork"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tract_templates_languages_order_idx" ON "tract_templates_languages" USING btree ("order");
  CREATE INDEX "tract_templates_languages_parent_idx" ON "tract_templates_languages" USING btree ("parent_id");
  CREATE INDEX "tract_templates_fields_order_idx" ON "tract_templates_fields" USING btree ("_order");
  CREATE INDEX "tract_templates_fields_parent_id_idx" ON "tract_templates_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tract_templates_fields_locales_locale_parent_id_unique" ON "tract_templates_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tract_templates_fields_locales_parent_id_idx" ON "tract_templates_fields_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tract_templates_slug_idx" ON "tract_templates" USING btree ("slug");
  CREATE INDEX "tract_templates_artwork_idx" ON "tract_templates" USING btree ("artwork_id");
  CREATE INDEX "tract_templates_artwork_image_idx" ON "tract_templates" USING btree ("artwork_image_id");
  CREATE INDEX "tract_templates_published_at_idx" ON "tract_templates" USING btree ("published_at");
  CREATE INDEX "tract_templates_updated_at_idx" ON "tract_templates" USING btree ("updated_at");
  CREATE INDEX "tract_templates_created_at_idx" ON "tract_templates" USING btree ("created_at");
  CREATE INDEX "tract_templates__status_idx" ON "tract_templates" USING btree ("_status");
  CREATE UNIQUE INDEX "tract_templates_locales_locale_parent_id_unique" ON "tract_templates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tract_templates_locales_parent_id_idx" ON "tract_templates_locales" USING btree ("_parent_id");
  CREATE INDEX "tract_templates_rels_order_idx" ON "tract_templates_rels" USING btree ("order");
  CREATE INDEX "tract_templates_rels_parent_idx" ON "tract_templates_rels" USING btree ("parent_id");
  CREATE INDEX "tract_templates_rels_path_idx" ON "tract_templates_rels" USING btree ("path");
  CREATE INDEX "tract_templates_rels_themes_id_idx" ON "tract_templates_rels" USING btree ("themes_id");
  CREATE INDEX "_tract_templates_v_version_languages_order_idx" ON "_tract_templates_v_version_languages" USING btree ("order");
  CREATE INDEX "_tract_templates_v_version_languages_parent_idx" ON "_tract_templates_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_tract_templates_v_version_fields_order_idx" ON "_tract_templates_v_version_fields" USING btree ("_order");
  CREATE INDEX "_tract_templates_v_version_fields_parent_id_idx" ON "_tract_templates_v_version_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_tract_templates_v_version_fields_locales_locale_parent_id_u" ON "_tract_templates_v_version_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_tract_templates_v_version_fields_locales_parent_id_idx" ON "_tract_templates_v_version_fields_locales" USING btree ("_parent_id");
  CREATE INDEX "_tract_templates_v_parent_idx" ON "_tract_templates_v" USING btree ("parent_id");
  CREATE INDEX "_tract_templates_v_version_version_slug_idx" ON "_tract_templates_v" USING btree ("version_slug");
  CREATE INDEX "_tract_templates_v_version_version_artwork_idx" ON "_tract_templates_v" USING btree ("version_artwork_id");
  CREATE INDEX "_tract_templates_v_version_version_artwork_image_idx" ON "_tract_templates_v" USING btree ("version_artwork_image_id");
  CREATE INDEX "_tract_templates_v_version_version_published_at_idx" ON "_tract_templates_v" USING btree ("version_published_at");
  CREATE INDEX "_tract_templates_v_version_version_updated_at_idx" ON "_tract_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_tract_templates_v_version_version_created_at_idx" ON "_tract_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_tract_templates_v_version_version__status_idx" ON "_tract_templates_v" USING btree ("version__status");
  CREATE INDEX "_tract_templates_v_created_at_idx" ON "_tract_templates_v" USING btree ("created_at");
  CREATE INDEX "_tract_templates_v_updated_at_idx" ON "_tract_templates_v" USING btree ("updated_at");
  CREATE INDEX "_tract_templates_v_snapshot_idx" ON "_tract_templates_v" USING btree ("snapshot");
  CREATE INDEX "_tract_templates_v_published_locale_idx" ON "_tract_templates_v" USING btree ("published_locale");
  CREATE INDEX "_tract_templates_v_latest_idx" ON "_tract_templates_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_tract_templates_v_locales_locale_parent_id_unique" ON "_tract_templates_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_tract_templates_v_locales_parent_id_idx" ON "_tract_templates_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_tract_templates_v_rels_order_idx" ON "_tract_templates_v_rels" USING btree ("order");
  CREATE INDEX "_tract_templates_v_rels_parent_idx" ON "_tract_templates_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tract_templates_v_rels_path_idx" ON "_tract_templates_v_rels" USING btree ("path");
  CREATE INDEX "_tract_templates_v_rels_themes_id_idx" ON "_tract_templates_v_rels" USING btree ("themes_id");
  CREATE INDEX "tract_artwork_updated_at_idx" ON "tract_artwork" USING btree ("updated_at");
  CREATE INDEX "tract_artwork_created_at_idx" ON "tract_artwork" USING btree ("created_at");
  CREATE UNIQUE INDEX "tract_artwork_filename_idx" ON "tract_artwork" USING btree ("filename");
  CREATE UNIQUE INDEX "tract_artwork_locales_locale_parent_id_unique" ON "tract_artwork_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tract_artwork_locales_parent_id_idx" ON "tract_artwork_locales" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tract_templates_fk" FOREIGN KEY ("tract_templates_id") REFERENCES "public"."tract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tract_artwork_fk" FOREIGN KEY ("tract_artwork_id") REFERENCES "public"."tract_artwork"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tract_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("tract_templates_id");
  CREATE INDEX "payload_locked_documents_rels_tract_artwork_id_idx" ON "payload_locked_documents_rels" USING btree ("tract_artwork_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tract_templates_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_templates_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_templates_fields_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_templates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_templates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v_version_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v_version_fields_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tract_templates_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_artwork" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tract_artwork_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tract_templates_languages" CASCADE;
  DROP TABLE "tract_templates_fields" CASCADE;
  DROP TABLE "tract_templates_fields_locales" CASCADE;
  DROP TABLE "tract_templates" CASCADE;
  DROP TABLE "tract_templates_locales" CASCADE;
  DROP TABLE "tract_templates_rels" CASCADE;
  DROP TABLE "_tract_templates_v_version_languages" CASCADE;
  DROP TABLE "_tract_templates_v_version_fields" CASCADE;
  DROP TABLE "_tract_templates_v_version_fields_locales" CASCADE;
  DROP TABLE "_tract_templates_v" CASCADE;
  DROP TABLE "_tract_templates_v_locales" CASCADE;
  DROP TABLE "_tract_templates_v_rels" CASCADE;
  DROP TABLE "tract_artwork" CASCADE;
  DROP TABLE "tract_artwork_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tract_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tract_artwork_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuildSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuildSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_tract_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_tract_artwork_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tract_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tract_artwork_id";
  DROP TYPE "public"."enum_tract_templates_languages";
  DROP TYPE "public"."enum_tract_templates_fields_type";
  DROP TYPE "public"."enum_tract_templates_fields_style_font";
  DROP TYPE "public"."enum_tract_templates_fields_style_align";
  DROP TYPE "public"."enum_tract_templates_format";
  DROP TYPE "public"."enum_tract_templates_custom_size_unit";
  DROP TYPE "public"."enum_tract_templates_legal_style_font";
  DROP TYPE "public"."enum_tract_templates_legal_style_align";
  DROP TYPE "public"."enum_tract_templates_status";
  DROP TYPE "public"."enum__tract_templates_v_version_languages";
  DROP TYPE "public"."enum__tract_templates_v_version_fields_type";
  DROP TYPE "public"."enum__tract_templates_v_version_fields_style_font";
  DROP TYPE "public"."enum__tract_templates_v_version_fields_style_align";
  DROP TYPE "public"."enum__tract_templates_v_version_format";
  DROP TYPE "public"."enum__tract_templates_v_version_custom_size_unit";
  DROP TYPE "public"."enum__tract_templates_v_version_legal_style_font";
  DROP TYPE "public"."enum__tract_templates_v_version_legal_style_align";
  DROP TYPE "public"."enum__tract_templates_v_version_status";
  DROP TYPE "public"."enum__tract_templates_v_published_locale";`)
}
