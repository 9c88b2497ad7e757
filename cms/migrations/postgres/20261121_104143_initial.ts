import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_trainings_kind" AS ENUM('programme', 'theory', 'practice');
  CREATE TYPE "public"."enum_trainings_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_kind" AS ENUM('programme', 'theory', 'practice');
  CREATE TYPE "public"."enum__trainings_v_version_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_videos_subtitles_language" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_videos_source" AS ENUM('upload', 'peertube', 'youtube', 'vimeo');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_subtitles_language" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum__videos_v_version_source" AS ENUM('upload', 'peertube', 'youtube', 'vimeo');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_infographics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__infographics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__infographics_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_sheets_kind" AS ENUM('sheet', 'tutorial');
  CREATE TYPE "public"."enum_sheets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sheets_v_version_kind" AS ENUM('sheet', 'tutorial');
  CREATE TYPE "public"."enum__sheets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sheets_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_bibliographies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bibliographies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bibliographies_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_faqs_category" AS ENUM('movement', 'act', 'trainings', 'donations', 'data', 'tracts');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_category" AS ENUM('movement', 'act', 'trainings', 'donations', 'data', 'tracts');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_programme_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programme_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programme_v_published_locale" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_visuals_licence" AS ENUM('CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'all-rights-reserved');
  CREATE TYPE "public"."enum_users_languages" AS ENUM('fr', 'en', 'es', 'de', 'it', 'pt', 'ar');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "trainings_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainings_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "trainings_modules_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"video_id" integer
  );
  
  CREATE TABLE "trainings_modules_lessons_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "trainings_modules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainings_modules_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_trainings_kind",
  	"level" "enum_trainings_level",
  	"duration_minutes" numeric,
  	"cover_id" integer,
  	"featured" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_trainings_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v_version_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v_version_modules_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"video_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v_version_modules_lessons_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v_version_modules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v_version_modules_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__trainings_v_version_kind",
  	"version_level" "enum__trainings_v_version_level",
  	"version_duration_minutes" numeric,
  	"version_cover_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__trainings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "videos_subtitles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_videos_subtitles_language",
  	"file_id" integer
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"source" "enum_videos_source" DEFAULT 'peertube',
  	"file_id" integer,
  	"provider_id" varchar,
  	"duration_seconds" numeric,
  	"poster_id" integer,
  	"featured" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"transcript" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_videos_v_version_subtitles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__videos_v_version_subtitles_language",
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_source" "enum__videos_v_version_source" DEFAULT 'peertube',
  	"version_file_id" integer,
  	"version_provider_id" varchar,
  	"version_duration_seconds" numeric,
  	"version_poster_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__videos_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_transcript" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "infographics_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "infographics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"image_id" integer,
  	"high_resolution_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_infographics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "infographics_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"alt_text" varchar,
  	"long_description" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "infographics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_infographics_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_infographics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_image_id" integer,
  	"version_high_resolution_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__infographics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__infographics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_infographics_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_alt_text" varchar,
  	"version_long_description" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_infographics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "sheets_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sheets_steps_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sheets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_sheets_kind" DEFAULT 'sheet',
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sheets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sheets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sheets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_sheets_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sheets_v_version_steps_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sheets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__sheets_v_version_kind" DEFAULT 'sheet',
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sheets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sheets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_sheets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sheets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "bibliographies_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author" varchar,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"isbn" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "bibliographies_entries_locales" (
  	"annotation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "bibliographies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bibliographies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bibliographies_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"intro" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "bibliographies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_bibliographies_v_version_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"author" varchar,
  	"title" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"isbn" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bibliographies_v_version_entries_locales" (
  	"annotation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_bibliographies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bibliographies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__bibliographies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_bibliographies_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_intro" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_bibliographies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"category" "enum_faqs_category",
  	"order" numeric DEFAULT 1,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_category" "enum__faqs_v_version_category",
  	"version_order" numeric DEFAULT 1,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "programme_sections_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar
  );
  
  CREATE TABLE "programme_sections_measures_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programme_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programme_sections_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programme" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programme_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programme_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"intro" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "programme_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_programme_v_version_sections_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programme_v_version_sections_measures_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programme_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programme_v_version_sections_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programme_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programme_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__programme_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_programme_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_intro" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programme_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"colour" varchar DEFAULT '#8a2a1f' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "visuals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar NOT NULL,
  	"licence" "enum_visuals_licence" DEFAULT 'CC-BY-SA-4.0' NOT NULL,
  	"downloadable" boolean DEFAULT true,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar,
  	"sizes_full_url" varchar,
  	"sizes_full_width" numeric,
  	"sizes_full_height" numeric,
  	"sizes_full_mime_type" varchar,
  	"sizes_full_filesize" numeric,
  	"sizes_full_filename" varchar
  );
  
  CREATE TABLE "visuals_locales" (
  	"title" varchar NOT NULL,
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "visuals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  
  CREATE TABLE "files_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"trainings_id" integer,
  	"videos_id" integer,
  	"infographics_id" integer,
  	"sheets_id" integer,
  	"bibliographies_id" integer,
  	"faqs_id" integer,
  	"programme_id" integer,
  	"themes_id" integer,
  	"visuals_id" integer,
  	"files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "trainings_objectives" ADD CONSTRAINT "trainings_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_objectives_locales" ADD CONSTRAINT "trainings_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_modules_lessons" ADD CONSTRAINT "trainings_modules_lessons_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_modules_lessons" ADD CONSTRAINT "trainings_modules_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_modules_lessons_locales" ADD CONSTRAINT "trainings_modules_lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings_modules_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_modules" ADD CONSTRAINT "trainings_modules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_modules_locales" ADD CONSTRAINT "trainings_modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_cover_id_visuals_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_objectives" ADD CONSTRAINT "_trainings_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_objectives_locales" ADD CONSTRAINT "_trainings_v_version_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v_version_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_modules_lessons" ADD CONSTRAINT "_trainings_v_version_modules_lessons_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_modules_lessons" ADD CONSTRAINT "_trainings_v_version_modules_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v_version_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_modules_lessons_locales" ADD CONSTRAINT "_trainings_v_version_modules_lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v_version_modules_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_modules" ADD CONSTRAINT "_trainings_v_version_modules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_modules_locales" ADD CONSTRAINT "_trainings_v_version_modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v_version_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_cover_id_visuals_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_subtitles" ADD CONSTRAINT "videos_subtitles_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_subtitles" ADD CONSTRAINT "videos_subtitles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_visuals_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_subtitles" ADD CONSTRAINT "_videos_v_version_subtitles_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_version_subtitles" ADD CONSTRAINT "_videos_v_version_subtitles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_file_id_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_poster_id_visuals_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "infographics_sources" ADD CONSTRAINT "infographics_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_image_id_visuals_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_high_resolution_id_files_id_fk" FOREIGN KEY ("high_resolution_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics_locales" ADD CONSTRAINT "infographics_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics_locales" ADD CONSTRAINT "infographics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "infographics_rels" ADD CONSTRAINT "infographics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "infographics_rels" ADD CONSTRAINT "infographics_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_infographics_v_version_sources" ADD CONSTRAINT "_infographics_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_infographics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_parent_id_infographics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."infographics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_image_id_visuals_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_high_resolution_id_files_id_fk" FOREIGN KEY ("version_high_resolution_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v_locales" ADD CONSTRAINT "_infographics_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v_locales" ADD CONSTRAINT "_infographics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_infographics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_infographics_v_rels" ADD CONSTRAINT "_infographics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_infographics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_infographics_v_rels" ADD CONSTRAINT "_infographics_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_steps" ADD CONSTRAINT "sheets_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_steps_locales" ADD CONSTRAINT "sheets_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sheets_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_locales" ADD CONSTRAINT "sheets_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sheets_locales" ADD CONSTRAINT "sheets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_version_steps" ADD CONSTRAINT "_sheets_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_version_steps_locales" ADD CONSTRAINT "_sheets_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sheets_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v" ADD CONSTRAINT "_sheets_v_parent_id_sheets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sheets_v_locales" ADD CONSTRAINT "_sheets_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sheets_v_locales" ADD CONSTRAINT "_sheets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bibliographies_entries" ADD CONSTRAINT "bibliographies_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bibliographies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bibliographies_entries_locales" ADD CONSTRAINT "bibliographies_entries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bibliographies_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bibliographies_locales" ADD CONSTRAINT "bibliographies_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bibliographies_locales" ADD CONSTRAINT "bibliographies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bibliographies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bibliographies_rels" ADD CONSTRAINT "bibliographies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bibliographies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bibliographies_rels" ADD CONSTRAINT "bibliographies_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_version_entries" ADD CONSTRAINT "_bibliographies_v_version_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bibliographies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_version_entries_locales" ADD CONSTRAINT "_bibliographies_v_version_entries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bibliographies_v_version_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bibliographies_v" ADD CONSTRAINT "_bibliographies_v_parent_id_bibliographies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bibliographies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_locales" ADD CONSTRAINT "_bibliographies_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_locales" ADD CONSTRAINT "_bibliographies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bibliographies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_rels" ADD CONSTRAINT "_bibliographies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bibliographies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bibliographies_v_rels" ADD CONSTRAINT "_bibliographies_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_sections_measures" ADD CONSTRAINT "programme_sections_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_sections_measures_locales" ADD CONSTRAINT "programme_sections_measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_sections_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_sections" ADD CONSTRAINT "programme_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_sections_locales" ADD CONSTRAINT "programme_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_locales" ADD CONSTRAINT "programme_locales_meta_image_id_visuals_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_locales" ADD CONSTRAINT "programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_rels" ADD CONSTRAINT "programme_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_rels" ADD CONSTRAINT "programme_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_version_sections_measures" ADD CONSTRAINT "_programme_v_version_sections_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programme_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_version_sections_measures_locales" ADD CONSTRAINT "_programme_v_version_sections_measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programme_v_version_sections_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_version_sections" ADD CONSTRAINT "_programme_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programme_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_version_sections_locales" ADD CONSTRAINT "_programme_v_version_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programme_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v" ADD CONSTRAINT "_programme_v_parent_id_programme_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programme"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programme_v_locales" ADD CONSTRAINT "_programme_v_locales_version_meta_image_id_visuals_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."visuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programme_v_locales" ADD CONSTRAINT "_programme_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programme_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_rels" ADD CONSTRAINT "_programme_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_programme_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programme_v_rels" ADD CONSTRAINT "_programme_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visuals_locales" ADD CONSTRAINT "visuals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."visuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visuals_rels" ADD CONSTRAINT "visuals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visuals_rels" ADD CONSTRAINT "visuals_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files_locales" ADD CONSTRAINT "files_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_languages" ADD CONSTRAINT "users_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_infographics_fk" FOREIGN KEY ("infographics_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bibliographies_fk" FOREIGN KEY ("bibliographies_id") REFERENCES "public"."bibliographies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programme_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visuals_fk" FOREIGN KEY ("visuals_id") REFERENCES "public"."visuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trainings_objectives_order_idx" ON "trainings_objectives" USING btree ("_order");
  CREATE INDEX "trainings_objectives_parent_id_idx" ON "trainings_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trainings_objectives_locales_locale_parent_id_unique" ON "trainings_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_modules_lessons_order_idx" ON "trainings_modules_lessons" USING btree ("_order");
  CREATE INDEX "trainings_modules_lessons_parent_id_idx" ON "trainings_modules_lessons" USING btree ("_parent_id");
  CREATE INDEX "trainings_modules_lessons_video_idx" ON "trainings_modules_lessons" USING btree ("video_id");
  CREATE UNIQUE INDEX "trainings_modules_lessons_locales_locale_parent_id_unique" ON "trainings_modules_lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_modules_order_idx" ON "trainings_modules" USING btree ("_order");
  CREATE INDEX "trainings_modules_parent_id_idx" ON "trainings_modules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trainings_modules_locales_locale_parent_id_unique" ON "trainings_modules_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "trainings_slug_idx" ON "trainings" USING btree ("slug");
  CREATE INDEX "trainings_kind_idx" ON "trainings" USING btree ("kind");
  CREATE INDEX "trainings_level_idx" ON "trainings" USING btree ("level");
  CREATE INDEX "trainings_cover_idx" ON "trainings" USING btree ("cover_id");
  CREATE INDEX "trainings_published_at_idx" ON "trainings" USING btree ("published_at");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE INDEX "trainings_meta_meta_image_idx" ON "trainings_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "trainings_locales_locale_parent_id_unique" ON "trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_files_id_idx" ON "trainings_rels" USING btree ("files_id");
  CREATE INDEX "trainings_rels_themes_id_idx" ON "trainings_rels" USING btree ("themes_id");
  CREATE INDEX "_trainings_v_version_objectives_order_idx" ON "_trainings_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_objectives_parent_id_idx" ON "_trainings_v_version_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_trainings_v_version_objectives_locales_locale_parent_id_uni" ON "_trainings_v_version_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_version_modules_lessons_order_idx" ON "_trainings_v_version_modules_lessons" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_modules_lessons_parent_id_idx" ON "_trainings_v_version_modules_lessons" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_modules_lessons_video_idx" ON "_trainings_v_version_modules_lessons" USING btree ("video_id");
  CREATE UNIQUE INDEX "_trainings_v_version_modules_lessons_locales_locale_parent_i" ON "_trainings_v_version_modules_lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_version_modules_order_idx" ON "_trainings_v_version_modules" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_modules_parent_id_idx" ON "_trainings_v_version_modules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_trainings_v_version_modules_locales_locale_parent_id_unique" ON "_trainings_v_version_modules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_slug_idx" ON "_trainings_v" USING btree ("version_slug");
  CREATE INDEX "_trainings_v_version_version_kind_idx" ON "_trainings_v" USING btree ("version_kind");
  CREATE INDEX "_trainings_v_version_version_level_idx" ON "_trainings_v" USING btree ("version_level");
  CREATE INDEX "_trainings_v_version_version_cover_idx" ON "_trainings_v" USING btree ("version_cover_id");
  CREATE INDEX "_trainings_v_version_version_published_at_idx" ON "_trainings_v" USING btree ("version_published_at");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_snapshot_idx" ON "_trainings_v" USING btree ("snapshot");
  CREATE INDEX "_trainings_v_published_locale_idx" ON "_trainings_v" USING btree ("published_locale");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE INDEX "_trainings_v_version_meta_version_meta_image_idx" ON "_trainings_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_trainings_v_locales_locale_parent_id_unique" ON "_trainings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_files_id_idx" ON "_trainings_v_rels" USING btree ("files_id");
  CREATE INDEX "_trainings_v_rels_themes_id_idx" ON "_trainings_v_rels" USING btree ("themes_id");
  CREATE INDEX "videos_subtitles_order_idx" ON "videos_subtitles" USING btree ("_order");
  CREATE INDEX "videos_subtitles_parent_id_idx" ON "videos_subtitles" USING btree ("_parent_id");
  CREATE INDEX "videos_subtitles_file_idx" ON "videos_subtitles" USING btree ("file_id");
  CREATE UNIQUE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_file_idx" ON "videos" USING btree ("file_id");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_published_at_idx" ON "videos" USING btree ("published_at");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_meta_meta_image_idx" ON "videos_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_themes_id_idx" ON "videos_rels" USING btree ("themes_id");
  CREATE INDEX "_videos_v_version_subtitles_order_idx" ON "_videos_v_version_subtitles" USING btree ("_order");
  CREATE INDEX "_videos_v_version_subtitles_parent_id_idx" ON "_videos_v_version_subtitles" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_subtitles_file_idx" ON "_videos_v_version_subtitles" USING btree ("file_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_file_idx" ON "_videos_v" USING btree ("version_file_id");
  CREATE INDEX "_videos_v_version_version_poster_idx" ON "_videos_v" USING btree ("version_poster_id");
  CREATE INDEX "_videos_v_version_version_published_at_idx" ON "_videos_v" USING btree ("version_published_at");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_snapshot_idx" ON "_videos_v" USING btree ("snapshot");
  CREATE INDEX "_videos_v_published_locale_idx" ON "_videos_v" USING btree ("published_locale");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_version_meta_version_meta_image_idx" ON "_videos_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_videos_v_locales_locale_parent_id_unique" ON "_videos_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_themes_id_idx" ON "_videos_v_rels" USING btree ("themes_id");
  CREATE INDEX "infographics_sources_order_idx" ON "infographics_sources" USING btree ("_order");
  CREATE INDEX "infographics_sources_parent_id_idx" ON "infographics_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "infographics_slug_idx" ON "infographics" USING btree ("slug");
  CREATE INDEX "infographics_image_idx" ON "infographics" USING btree ("image_id");
  CREATE INDEX "infographics_high_resolution_idx" ON "infographics" USING btree ("high_resolution_id");
  CREATE INDEX "infographics_published_at_idx" ON "infographics" USING btree ("published_at");
  CREATE INDEX "infographics_updated_at_idx" ON "infographics" USING btree ("updated_at");
  CREATE INDEX "infographics_created_at_idx" ON "infographics" USING btree ("created_at");
  CREATE INDEX "infographics__status_idx" ON "infographics" USING btree ("_status");
  CREATE INDEX "infographics_meta_meta_image_idx" ON "infographics_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "infographics_locales_locale_parent_id_unique" ON "infographics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "infographics_rels_order_idx" ON "infographics_rels" USING btree ("order");
  CREATE INDEX "infographics_rels_parent_idx" ON "infographics_rels" USING btree ("parent_id");
  CREATE INDEX "infographics_rels_path_idx" ON "infographics_rels" USING btree ("path");
  CREATE INDEX "infographics_rels_themes_id_idx" ON "infographics_rels" USING btree ("themes_id");
  CREATE INDEX "_infographics_v_version_sources_order_idx" ON "_infographics_v_version_sources" USING btree ("_order");
  CREATE INDEX "_infographics_v_version_sources_parent_id_idx" ON "_infographics_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_infographics_v_parent_idx" ON "_infographics_v" USING btree ("parent_id");
  CREATE INDEX "_infographics_v_version_version_slug_idx" ON "_infographics_v" USING btree ("version_slug");
  CREATE INDEX "_infographics_v_version_version_image_idx" ON "_infographics_v" USING btree ("version_image_id");
  CREATE INDEX "_infographics_v_version_version_high_resolution_idx" ON "_infographics_v" USING btree ("version_high_resolution_id");
  CREATE INDEX "_infographics_v_version_version_published_at_idx" ON "_infographics_v" USING btree ("version_published_at");
  CREATE INDEX "_infographics_v_version_version_updated_at_idx" ON "_infographics_v" USING btree ("version_updated_at");
  CREATE INDEX "_infographics_v_version_version_created_at_idx" ON "_infographics_v" USING btree ("version_created_at");
  CREATE INDEX "_infographics_v_version_version__status_idx" ON "_infographics_v" USING btree ("version__status");
  CREATE INDEX "_infographics_v_created_at_idx" ON "_infographics_v" USING btree ("created_at");
  CREATE INDEX "_infographics_v_updated_at_idx" ON "_infographics_v" USING btree ("updated_at");
  CREATE INDEX "_infographics_v_snapshot_idx" ON "_infographics_v" USING btree ("snapshot");
  CREATE INDEX "_infographics_v_published_locale_idx" ON "_infographics_v" USING btree ("published_locale");
  CREATE INDEX "_infographics_v_latest_idx" ON "_infographics_v" USING btree ("latest");
  CREATE INDEX "_infographics_v_version_meta_version_meta_image_idx" ON "_infographics_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_infographics_v_locales_locale_parent_id_unique" ON "_infographics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_infographics_v_rels_order_idx" ON "_infographics_v_rels" USING btree ("order");
  CREATE INDEX "_infographics_v_rels_parent_idx" ON "_infographics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_infographics_v_rels_path_idx" ON "_infographics_v_rels" USING btree ("path");
  CREATE INDEX "_infographics_v_rels_themes_id_idx" ON "_infographics_v_rels" USING btree ("themes_id");
  CREATE INDEX "sheets_steps_order_idx" ON "sheets_steps" USING btree ("_order");
  CREATE INDEX "sheets_steps_parent_id_idx" ON "sheets_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sheets_steps_locales_locale_parent_id_unique" ON "sheets_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "sheets_slug_idx" ON "sheets" USING btree ("slug");
  CREATE INDEX "sheets_kind_idx" ON "sheets" USING btree ("kind");
  CREATE INDEX "sheets_published_at_idx" ON "sheets" USING btree ("published_at");
  CREATE INDEX "sheets_updated_at_idx" ON "sheets" USING btree ("updated_at");
  CREATE INDEX "sheets_created_at_idx" ON "sheets" USING btree ("created_at");
  CREATE INDEX "sheets__status_idx" ON "sheets" USING btree ("_status");
  CREATE INDEX "sheets_meta_meta_image_idx" ON "sheets_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "sheets_locales_locale_parent_id_unique" ON "sheets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sheets_rels_order_idx" ON "sheets_rels" USING btree ("order");
  CREATE INDEX "sheets_rels_parent_idx" ON "sheets_rels" USING btree ("parent_id");
  CREATE INDEX "sheets_rels_path_idx" ON "sheets_rels" USING btree ("path");
  CREATE INDEX "sheets_rels_files_id_idx" ON "sheets_rels" USING btree ("files_id");
  CREATE INDEX "sheets_rels_themes_id_idx" ON "sheets_rels" USING btree ("themes_id");
  CREATE INDEX "_sheets_v_version_steps_order_idx" ON "_sheets_v_version_steps" USING btree ("_order");
  CREATE INDEX "_sheets_v_version_steps_parent_id_idx" ON "_sheets_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_sheets_v_version_steps_locales_locale_parent_id_unique" ON "_sheets_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sheets_v_parent_idx" ON "_sheets_v" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_version_version_slug_idx" ON "_sheets_v" USING btree ("version_slug");
  CREATE INDEX "_sheets_v_version_version_kind_idx" ON "_sheets_v" USING btree ("version_kind");
  CREATE INDEX "_sheets_v_version_version_published_at_idx" ON "_sheets_v" USING btree ("version_published_at");
  CREATE INDEX "_sheets_v_version_version_updated_at_idx" ON "_sheets_v" USING btree ("version_updated_at");
  CREATE INDEX "_sheets_v_version_version_created_at_idx" ON "_sheets_v" USING btree ("version_created_at");
  CREATE INDEX "_sheets_v_version_version__status_idx" ON "_sheets_v" USING btree ("version__status");
  CREATE INDEX "_sheets_v_created_at_idx" ON "_sheets_v" USING btree ("created_at");
  CREATE INDEX "_sheets_v_updated_at_idx" ON "_sheets_v" USING btree ("updated_at");
  CREATE INDEX "_sheets_v_snapshot_idx" ON "_sheets_v" USING btree ("snapshot");
  CREATE INDEX "_sheets_v_published_locale_idx" ON "_sheets_v" USING btree ("published_locale");
  CREATE INDEX "_sheets_v_latest_idx" ON "_sheets_v" USING btree ("latest");
  CREATE INDEX "_sheets_v_version_meta_version_meta_image_idx" ON "_sheets_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_sheets_v_locales_locale_parent_id_unique" ON "_sheets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sheets_v_rels_order_idx" ON "_sheets_v_rels" USING btree ("order");
  CREATE INDEX "_sheets_v_rels_parent_idx" ON "_sheets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_rels_path_idx" ON "_sheets_v_rels" USING btree ("path");
  CREATE INDEX "_sheets_v_rels_files_id_idx" ON "_sheets_v_rels" USING btree ("files_id");
  CREATE INDEX "_sheets_v_rels_themes_id_idx" ON "_sheets_v_rels" USING btree ("themes_id");
  CREATE INDEX "bibliographies_entries_order_idx" ON "bibliographies_entries" USING btree ("_order");
  CREATE INDEX "bibliographies_entries_parent_id_idx" ON "bibliographies_entries" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "bibliographies_entries_locales_locale_parent_id_unique" ON "bibliographies_entries_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "bibliographies_slug_idx" ON "bibliographies" USING btree ("slug");
  CREATE INDEX "bibliographies_published_at_idx" ON "bibliographies" USING btree ("published_at");
  CREATE INDEX "bibliographies_updated_at_idx" ON "bibliographies" USING btree ("updated_at");
  CREATE INDEX "bibliographies_created_at_idx" ON "bibliographies" USING btree ("created_at");
  CREATE INDEX "bibliographies__status_idx" ON "bibliographies" USING btree ("_status");
  CREATE INDEX "bibliographies_meta_meta_image_idx" ON "bibliographies_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "bibliographies_locales_locale_parent_id_unique" ON "bibliographies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "bibliographies_rels_order_idx" ON "bibliographies_rels" USING btree ("order");
  CREATE INDEX "bibliographies_rels_parent_idx" ON "bibliographies_rels" USING btree ("parent_id");
  CREATE INDEX "bibliographies_rels_path_idx" ON "bibliographies_rels" USING btree ("path");
  CREATE INDEX "bibliographies_rels_themes_id_idx" ON "bibliographies_rels" USING btree ("themes_id");
  CREATE INDEX "_bibliographies_v_version_entries_order_idx" ON "_bibliographies_v_version_entries" USING btree ("_order");
  CREATE INDEX "_bibliographies_v_version_entries_parent_id_idx" ON "_bibliographies_v_version_entries" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_bibliographies_v_version_entries_locales_locale_parent_id_u" ON "_bibliographies_v_version_entries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_bibliographies_v_parent_idx" ON "_bibliographies_v" USING btree ("parent_id");
  CREATE INDEX "_bibliographies_v_version_version_slug_idx" ON "_bibliographies_v" USING btree ("version_slug");
  CREATE INDEX "_bibliographies_v_version_version_published_at_idx" ON "_bibliographies_v" USING btree ("version_published_at");
  CREATE INDEX "_bibliographies_v_version_version_updated_at_idx" ON "_bibliographies_v" USING btree ("version_updated_at");
  CREATE INDEX "_bibliographies_v_version_version_created_at_idx" ON "_bibliographies_v" USING btree ("version_created_at");
  CREATE INDEX "_bibliographies_v_version_version__status_idx" ON "_bibliographies_v" USING btree ("version__status");
  CREATE INDEX "_bibliographies_v_created_at_idx" ON "_bibliographies_v" USING btree ("created_at");
  CREATE INDEX "_bibliographies_v_updated_at_idx" ON "_bibliographies_v" USING btree ("updated_at");
  CREATE INDEX "_bibliographies_v_snapshot_idx" ON "_bibliographies_v" USING btree ("snapshot");
  CREATE INDEX "_bibliographies_v_published_locale_idx" ON "_bibliographies_v" USING btree ("published_locale");
  CREATE INDEX "_bibliographies_v_latest_idx" ON "_bibliographies_v" USING btree ("latest");
  CREATE INDEX "_bibliographies_v_version_meta_version_meta_image_idx" ON "_bibliographies_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_bibliographies_v_locales_locale_parent_id_unique" ON "_bibliographies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_bibliographies_v_rels_order_idx" ON "_bibliographies_v_rels" USING btree ("order");
  CREATE INDEX "_bibliographies_v_rels_parent_idx" ON "_bibliographies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bibliographies_v_rels_path_idx" ON "_bibliographies_v_rels" USING btree ("path");
  CREATE INDEX "_bibliographies_v_rels_themes_id_idx" ON "_bibliographies_v_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_category_idx" ON "faqs" USING btree ("category");
  CREATE INDEX "faqs_published_at_idx" ON "faqs" USING btree ("published_at");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "faqs_meta_meta_image_idx" ON "faqs_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_themes_id_idx" ON "faqs_rels" USING btree ("themes_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_category_idx" ON "_faqs_v" USING btree ("version_category");
  CREATE INDEX "_faqs_v_version_version_published_at_idx" ON "_faqs_v" USING btree ("version_published_at");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_version_meta_version_meta_image_idx" ON "_faqs_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_themes_id_idx" ON "_faqs_v_rels" USING btree ("themes_id");
  CREATE INDEX "programme_sections_measures_order_idx" ON "programme_sections_measures" USING btree ("_order");
  CREATE INDEX "programme_sections_measures_parent_id_idx" ON "programme_sections_measures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_sections_measures_locales_locale_parent_id_unique" ON "programme_sections_measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_sections_order_idx" ON "programme_sections" USING btree ("_order");
  CREATE INDEX "programme_sections_parent_id_idx" ON "programme_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programme_sections_locales_locale_parent_id_unique" ON "programme_sections_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "programme_number_idx" ON "programme" USING btree ("number");
  CREATE UNIQUE INDEX "programme_slug_idx" ON "programme" USING btree ("slug");
  CREATE INDEX "programme_published_at_idx" ON "programme" USING btree ("published_at");
  CREATE INDEX "programme_updated_at_idx" ON "programme" USING btree ("updated_at");
  CREATE INDEX "programme_created_at_idx" ON "programme" USING btree ("created_at");
  CREATE INDEX "programme__status_idx" ON "programme" USING btree ("_status");
  CREATE INDEX "programme_meta_meta_image_idx" ON "programme_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "programme_locales_locale_parent_id_unique" ON "programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programme_rels_order_idx" ON "programme_rels" USING btree ("order");
  CREATE INDEX "programme_rels_parent_idx" ON "programme_rels" USING btree ("parent_id");
  CREATE INDEX "programme_rels_path_idx" ON "programme_rels" USING btree ("path");
  CREATE INDEX "programme_rels_themes_id_idx" ON "programme_rels" USING btree ("themes_id");
  CREATE INDEX "_programme_v_version_sections_measures_order_idx" ON "_programme_v_version_sections_measures" USING btree ("_order");
  CREATE INDEX "_programme_v_version_sections_measures_parent_id_idx" ON "_programme_v_version_sections_measures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programme_v_version_sections_measures_locales_locale_parent" ON "_programme_v_version_sections_measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programme_v_version_sections_order_idx" ON "_programme_v_version_sections" USING btree ("_order");
  CREATE INDEX "_programme_v_version_sections_parent_id_idx" ON "_programme_v_version_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programme_v_version_sections_locales_locale_parent_id_uniqu" ON "_programme_v_version_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programme_v_parent_idx" ON "_programme_v" USING btree ("parent_id");
  CREATE INDEX "_programme_v_version_version_number_idx" ON "_programme_v" USING btree ("version_number");
  CREATE INDEX "_programme_v_version_version_slug_idx" ON "_programme_v" USING btree ("version_slug");
  CREATE INDEX "_programme_v_version_version_published_at_idx" ON "_programme_v" USING btree ("version_published_at");
  CREATE INDEX "_programme_v_version_version_updated_at_idx" ON "_programme_v" USING btree ("version_updated_at");
  CREATE INDEX "_programme_v_version_version_created_at_idx" ON "_programme_v" USING btree ("version_created_at");
  CREATE INDEX "_programme_v_version_version__status_idx" ON "_programme_v" USING btree ("version__status");
  CREATE INDEX "_programme_v_created_at_idx" ON "_programme_v" USING btree ("created_at");
  CREATE INDEX "_programme_v_updated_at_idx" ON "_programme_v" USING btree ("updated_at");
  CREATE INDEX "_programme_v_snapshot_idx" ON "_programme_v" USING btree ("snapshot");
  CREATE INDEX "_programme_v_published_locale_idx" ON "_programme_v" USING btree ("published_locale");
  CREATE INDEX "_programme_v_latest_idx" ON "_programme_v" USING btree ("latest");
  CREATE INDEX "_programme_v_version_meta_version_meta_image_idx" ON "_programme_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_programme_v_locales_locale_parent_id_unique" ON "_programme_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programme_v_rels_order_idx" ON "_programme_v_rels" USING btree ("order");
  CREATE INDEX "_programme_v_rels_parent_idx" ON "_programme_v_rels" USING btree ("parent_id");
  CREATE INDEX "_programme_v_rels_path_idx" ON "_programme_v_rels" USING btree ("path");
  CREATE INDEX "_programme_v_rels_themes_id_idx" ON "_programme_v_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "visuals_updated_at_idx" ON "visuals" USING btree ("updated_at");
  CREATE INDEX "visuals_created_at_idx" ON "visuals" USING btree ("created_at");
  CREATE UNIQUE INDEX "visuals_filename_idx" ON "visuals" USING btree ("filename");
  CREATE INDEX "visuals_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "visuals" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "visuals_sizes_card_sizes_card_filename_idx" ON "visuals" USING btree ("sizes_card_filename");
  CREATE INDEX "visuals_sizes_social_sizes_social_filename_idx" ON "visuals" USING btree ("sizes_social_filename");
  CREATE INDEX "visuals_sizes_square_sizes_square_filename_idx" ON "visuals" USING btree ("sizes_square_filename");
  CREATE INDEX "visuals_sizes_full_sizes_full_filename_idx" ON "visuals" USING btree ("sizes_full_filename");
  CREATE UNIQUE INDEX "visuals_locales_locale_parent_id_unique" ON "visuals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "visuals_rels_order_idx" ON "visuals_rels" USING btree ("order");
  CREATE INDEX "visuals_rels_parent_idx" ON "visuals_rels" USING btree ("parent_id");
  CREATE INDEX "visuals_rels_path_idx" ON "visuals_rels" USING btree ("path");
  CREATE INDEX "visuals_rels_themes_id_idx" ON "visuals_rels" USING btree ("themes_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE UNIQUE INDEX "files_locales_locale_parent_id_unique" ON "files_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_languages_order_idx" ON "users_languages" USING btree ("order");
  CREATE INDEX "users_languages_parent_idx" ON "users_languages" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_infographics_id_idx" ON "payload_locked_documents_rels" USING btree ("infographics_id");
  CREATE INDEX "payload_locked_documents_rels_sheets_id_idx" ON "payload_locked_documents_rels" USING btree ("sheets_id");
  CREATE INDEX "payload_locked_documents_rels_bibliographies_id_idx" ON "payload_locked_documents_rels" USING btree ("bibliographies_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_programme_id_idx" ON "payload_locked_documents_rels" USING btree ("programme_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_visuals_id_idx" ON "payload_locked_documents_rels" USING btree ("visuals_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "trainings_objectives" CASCADE;
  DROP TABLE "trainings_objectives_locales" CASCADE;
  DROP TABLE "trainings_modules_lessons" CASCADE;
  DROP TABLE "trainings_modules_lessons_locales" CASCADE;
  DROP TABLE "trainings_modules" CASCADE;
  DROP TABLE "trainings_modules_locales" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_locales" CASCADE;
  DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v_version_objectives" CASCADE;
  DROP TABLE "_trainings_v_version_objectives_locales" CASCADE;
  DROP TABLE "_trainings_v_version_modules_lessons" CASCADE;
  DROP TABLE "_trainings_v_version_modules_lessons_locales" CASCADE;
  DROP TABLE "_trainings_v_version_modules" CASCADE;
  DROP TABLE "_trainings_v_version_modules_locales" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_locales" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "videos_subtitles" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v_version_subtitles" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_locales" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "infographics_sources" CASCADE;
  DROP TABLE "infographics" CASCADE;
  DROP TABLE "infographics_locales" CASCADE;
  DROP TABLE "infographics_rels" CASCADE;
  DROP TABLE "_infographics_v_version_sources" CASCADE;
  DROP TABLE "_infographics_v" CASCADE;
  DROP TABLE "_infographics_v_locales" CASCADE;
  DROP TABLE "_infographics_v_rels" CASCADE;
  DROP TABLE "sheets_steps" CASCADE;
  DROP TABLE "sheets_steps_locales" CASCADE;
  DROP TABLE "sheets" CASCADE;
  DROP TABLE "sheets_locales" CASCADE;
  DROP TABLE "sheets_rels" CASCADE;
  DROP TABLE "_sheets_v_version_steps" CASCADE;
  DROP TABLE "_sheets_v_version_steps_locales" CASCADE;
  DROP TABLE "_sheets_v" CASCADE;
  DROP TABLE "_sheets_v_locales" CASCADE;
  DROP TABLE "_sheets_v_rels" CASCADE;
  DROP TABLE "bibliographies_entries" CASCADE;
  DROP TABLE "bibliographies_entries_locales" CASCADE;
  DROP TABLE "bibliographies" CASCADE;
  DROP TABLE "bibliographies_locales" CASCADE;
  DROP TABLE "bibliographies_rels" CASCADE;
  DROP TABLE "_bibliographies_v_version_entries" CASCADE;
  DROP TABLE "_bibliographies_v_version_entries_locales" CASCADE;
  DROP TABLE "_bibliographies_v" CASCADE;
  DROP TABLE "_bibliographies_v_locales" CASCADE;
  DROP TABLE "_bibliographies_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "programme_sections_measures" CASCADE;
  DROP TABLE "programme_sections_measures_locales" CASCADE;
  DROP TABLE "programme_sections" CASCADE;
  DROP TABLE "programme_sections_locales" CASCADE;
  DROP TABLE "programme" CASCADE;
  DROP TABLE "programme_locales" CASCADE;
  DROP TABLE "programme_rels" CASCADE;
  DROP TABLE "_programme_v_version_sections_measures" CASCADE;
  DROP TABLE "_programme_v_version_sections_measures_locales" CASCADE;
  DROP TABLE "_programme_v_version_sections" CASCADE;
  DROP TABLE "_programme_v_version_sections_locales" CASCADE;
  DROP TABLE "_programme_v" CASCADE;
  DROP TABLE "_programme_v_locales" CASCADE;
  DROP TABLE "_programme_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "visuals" CASCADE;
  DROP TABLE "visuals_locales" CASCADE;
  DROP TABLE "visuals_rels" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "files_locales" CASCADE;
  DROP TABLE "users_languages" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_trainings_kind";
  DROP TYPE "public"."enum_trainings_level";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_kind";
  DROP TYPE "public"."enum__trainings_v_version_level";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum__trainings_v_published_locale";
  DROP TYPE "public"."enum_videos_subtitles_language";
  DROP TYPE "public"."enum_videos_source";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_subtitles_language";
  DROP TYPE "public"."enum__videos_v_version_source";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum__videos_v_published_locale";
  DROP TYPE "public"."enum_infographics_status";
  DROP TYPE "public"."enum__infographics_v_version_status";
  DROP TYPE "public"."enum__infographics_v_published_locale";
  DROP TYPE "public"."enum_sheets_kind";
  DROP TYPE "public"."enum_sheets_status";
  DROP TYPE "public"."enum__sheets_v_version_kind";
  DROP TYPE "public"."enum__sheets_v_version_status";
  DROP TYPE "public"."enum__sheets_v_published_locale";
  DROP TYPE "public"."enum_bibliographies_status";
  DROP TYPE "public"."enum__bibliographies_v_version_status";
  DROP TYPE "public"."enum__bibliographies_v_published_locale";
  DROP TYPE "public"."enum_faqs_category";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_category";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_programme_status";
  DROP TYPE "public"."enum__programme_v_version_status";
  DROP TYPE "public"."enum__programme_v_published_locale";
  DROP TYPE "public"."enum_visuals_licence";
  DROP TYPE "public"."enum_users_languages";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
