import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`trainings_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_objectives_order_idx\` ON \`trainings_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_objectives_parent_id_idx\` ON \`trainings_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_objectives_locales_locale_parent_id_unique\` ON \`trainings_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_modules_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`video_id\` integer,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_modules_lessons_order_idx\` ON \`trainings_modules_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_modules_lessons_parent_id_idx\` ON \`trainings_modules_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_modules_lessons_video_idx\` ON \`trainings_modules_lessons\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_modules_lessons_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings_modules_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_modules_lessons_locales_locale_parent_id_unique\` ON \`trainings_modules_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_modules_order_idx\` ON \`trainings_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_modules_parent_id_idx\` ON \`trainings_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_modules_locales_locale_parent_id_unique\` ON \`trainings_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`level\` text,
  	\`duration_minutes\` numeric,
  	\`cover_id\` integer,
  	\`featured\` integer DEFAULT false,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_slug_idx\` ON \`trainings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`trainings_kind_idx\` ON \`trainings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`trainings_level_idx\` ON \`trainings\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`trainings_cover_idx\` ON \`trainings\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_published_at_idx\` ON \`trainings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_updated_at_idx\` ON \`trainings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_at_idx\` ON \`trainings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings__status_idx\` ON \`trainings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`trainings_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_meta_meta_image_idx\` ON \`trainings_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_locales_locale_parent_id_unique\` ON \`trainings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_rels_order_idx\` ON \`trainings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_parent_idx\` ON \`trainings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_path_idx\` ON \`trainings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_files_id_idx\` ON \`trainings_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_themes_id_idx\` ON \`trainings_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_objectives_order_idx\` ON \`_trainings_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_objectives_parent_id_idx\` ON \`_trainings_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_trainings_v_version_objectives_locales_locale_parent_id_uni\` ON \`_trainings_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_modules_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`video_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v_version_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_modules_lessons_order_idx\` ON \`_trainings_v_version_modules_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_modules_lessons_parent_id_idx\` ON \`_trainings_v_version_modules_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_modules_lessons_video_idx\` ON \`_trainings_v_version_modules_lessons\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_modules_lessons_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v_version_modules_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_trainings_v_version_modules_lessons_locales_locale_parent_i\` ON \`_trainings_v_version_modules_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_modules_order_idx\` ON \`_trainings_v_version_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_modules_parent_id_idx\` ON \`_trainings_v_version_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v_version_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_trainings_v_version_modules_locales_locale_parent_id_unique\` ON \`_trainings_v_version_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_level\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_cover_id\` integer,
  	\`version_featured\` integer DEFAULT false,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_parent_idx\` ON \`_trainings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_slug_idx\` ON \`_trainings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_kind_idx\` ON \`_trainings_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_level_idx\` ON \`_trainings_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_cover_idx\` ON \`_trainings_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_published_at_idx\` ON \`_trainings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_updated_at_idx\` ON \`_trainings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_created_at_idx\` ON \`_trainings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version__status_idx\` ON \`_trainings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_created_at_idx\` ON \`_trainings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_updated_at_idx\` ON \`_trainings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_snapshot_idx\` ON \`_trainings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_published_locale_idx\` ON \`_trainings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_latest_idx\` ON \`_trainings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_meta_version_meta_image_idx\` ON \`_trainings_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_trainings_v_locales_locale_parent_id_unique\` ON \`_trainings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_order_idx\` ON \`_trainings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_parent_idx\` ON \`_trainings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_path_idx\` ON \`_trainings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_files_id_idx\` ON \`_trainings_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_themes_id_idx\` ON \`_trainings_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_subtitles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_subtitles_order_idx\` ON \`videos_subtitles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_subtitles_parent_id_idx\` ON \`videos_subtitles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_subtitles_file_idx\` ON \`videos_subtitles\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`source\` text DEFAULT 'peertube',
  	\`file_id\` integer,
  	\`provider_id\` text,
  	\`duration_seconds\` numeric,
  	\`poster_id\` integer,
  	\`featured\` integer DEFAULT false,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_file_idx\` ON \`videos\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_published_at_idx\` ON \`videos\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`videos_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`transcript\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_meta_meta_image_idx\` ON \`videos_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_themes_id_idx\` ON \`videos_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_subtitles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_subtitles_order_idx\` ON \`_videos_v_version_subtitles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_subtitles_parent_id_idx\` ON \`_videos_v_version_subtitles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_subtitles_file_idx\` ON \`_videos_v_version_subtitles\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_source\` text DEFAULT 'peertube',
  	\`version_file_id\` integer,
  	\`version_provider_id\` text,
  	\`version_duration_seconds\` numeric,
  	\`version_poster_id\` integer,
  	\`version_featured\` integer DEFAULT false,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_file_idx\` ON \`_videos_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_idx\` ON \`_videos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_published_at_idx\` ON \`_videos_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_transcript\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_meta_version_meta_image_idx\` ON \`_videos_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_locales_locale_parent_id_unique\` ON \`_videos_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_themes_id_idx\` ON \`_videos_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`infographics_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`infographics_sources_order_idx\` ON \`infographics_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`infographics_sources_parent_id_idx\` ON \`infographics_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`infographics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`image_id\` integer,
  	\`high_resolution_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`high_resolution_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`infographics_slug_idx\` ON \`infographics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`infographics_image_idx\` ON \`infographics\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`infographics_high_resolution_idx\` ON \`infographics\` (\`high_resolution_id\`);`)
  await db.run(sql`CREATE INDEX \`infographics_published_at_idx\` ON \`infographics\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`infographics_updated_at_idx\` ON \`infographics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`infographics_created_at_idx\` ON \`infographics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`infographics__status_idx\` ON \`infographics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`infographics_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`alt_text\` text,
  	\`long_description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`infographics_meta_meta_image_idx\` ON \`infographics_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`infographics_locales_locale_parent_id_unique\` ON \`infographics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`infographics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`infographics_rels_order_idx\` ON \`infographics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`infographics_rels_parent_idx\` ON \`infographics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`infographics_rels_path_idx\` ON \`infographics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`infographics_rels_themes_id_idx\` ON \`infographics_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_infographics_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_infographics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_sources_order_idx\` ON \`_infographics_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_sources_parent_id_idx\` ON \`_infographics_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_infographics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_image_id\` integer,
  	\`version_high_resolution_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_high_resolution_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_infographics_v_parent_idx\` ON \`_infographics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_slug_idx\` ON \`_infographics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_image_idx\` ON \`_infographics_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_high_resolution_idx\` ON \`_infographics_v\` (\`version_high_resolution_id\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_published_at_idx\` ON \`_infographics_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_updated_at_idx\` ON \`_infographics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version_created_at_idx\` ON \`_infographics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_version__status_idx\` ON \`_infographics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_created_at_idx\` ON \`_infographics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_updated_at_idx\` ON \`_infographics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_snapshot_idx\` ON \`_infographics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_published_locale_idx\` ON \`_infographics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_latest_idx\` ON \`_infographics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_infographics_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_alt_text\` text,
  	\`version_long_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_infographics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_infographics_v_version_meta_version_meta_image_idx\` ON \`_infographics_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_infographics_v_locales_locale_parent_id_unique\` ON \`_infographics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_infographics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_infographics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_infographics_v_rels_order_idx\` ON \`_infographics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_rels_parent_idx\` ON \`_infographics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_rels_path_idx\` ON \`_infographics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_infographics_v_rels_themes_id_idx\` ON \`_infographics_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`sheets_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sheets_steps_order_idx\` ON \`sheets_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sheets_steps_parent_id_idx\` ON \`sheets_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sheets_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sheets_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sheets_steps_locales_locale_parent_id_unique\` ON \`sheets_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sheets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'sheet',
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sheets_slug_idx\` ON \`sheets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sheets_kind_idx\` ON \`sheets\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`sheets_published_at_idx\` ON \`sheets\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`sheets_updated_at_idx\` ON \`sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sheets_created_at_idx\` ON \`sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sheets__status_idx\` ON \`sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sheets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sheets_meta_meta_image_idx\` ON \`sheets_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sheets_locales_locale_parent_id_unique\` ON \`sheets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sheets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sheets_rels_order_idx\` ON \`sheets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sheets_rels_parent_idx\` ON \`sheets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sheets_rels_path_idx\` ON \`sheets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sheets_rels_files_id_idx\` ON \`sheets_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`sheets_rels_themes_id_idx\` ON \`sheets_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_sheets_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_steps_order_idx\` ON \`_sheets_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_steps_parent_id_idx\` ON \`_sheets_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sheets_v_version_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sheets_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sheets_v_version_steps_locales_locale_parent_id_unique\` ON \`_sheets_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sheets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'sheet',
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sheets_v_parent_idx\` ON \`_sheets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_slug_idx\` ON \`_sheets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_kind_idx\` ON \`_sheets_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_published_at_idx\` ON \`_sheets_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_updated_at_idx\` ON \`_sheets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_created_at_idx\` ON \`_sheets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version__status_idx\` ON \`_sheets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_created_at_idx\` ON \`_sheets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_updated_at_idx\` ON \`_sheets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_snapshot_idx\` ON \`_sheets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_published_locale_idx\` ON \`_sheets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_latest_idx\` ON \`_sheets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_sheets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_meta_version_meta_image_idx\` ON \`_sheets_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_sheets_v_locales_locale_parent_id_unique\` ON \`_sheets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sheets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sheets_v_rels_order_idx\` ON \`_sheets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_rels_parent_idx\` ON \`_sheets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_rels_path_idx\` ON \`_sheets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_rels_files_id_idx\` ON \`_sheets_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_rels_themes_id_idx\` ON \`_sheets_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`bibliographies_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author\` text,
  	\`title\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`isbn\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bibliographies_entries_order_idx\` ON \`bibliographies_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_entries_parent_id_idx\` ON \`bibliographies_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bibliographies_entries_locales\` (
  	\`annotation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bibliographies_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bibliographies_entries_locales_locale_parent_id_unique\` ON \`bibliographies_entries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bibliographies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bibliographies_slug_idx\` ON \`bibliographies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_published_at_idx\` ON \`bibliographies\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_updated_at_idx\` ON \`bibliographies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_created_at_idx\` ON \`bibliographies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies__status_idx\` ON \`bibliographies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bibliographies_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bibliographies_meta_meta_image_idx\` ON \`bibliographies_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bibliographies_locales_locale_parent_id_unique\` ON \`bibliographies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bibliographies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bibliographies_rels_order_idx\` ON \`bibliographies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_rels_parent_idx\` ON \`bibliographies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_rels_path_idx\` ON \`bibliographies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bibliographies_rels_themes_id_idx\` ON \`bibliographies_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_bibliographies_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`author\` text,
  	\`title\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`isbn\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bibliographies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_entries_order_idx\` ON \`_bibliographies_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_entries_parent_id_idx\` ON \`_bibliographies_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bibliographies_v_version_entries_locales\` (
  	\`annotation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bibliographies_v_version_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bibliographies_v_version_entries_locales_locale_parent_id_u\` ON \`_bibliographies_v_version_entries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bibliographies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_parent_idx\` ON \`_bibliographies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_version_slug_idx\` ON \`_bibliographies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_version_published_at_idx\` ON \`_bibliographies_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_version_updated_at_idx\` ON \`_bibliographies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_version_created_at_idx\` ON \`_bibliographies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_version__status_idx\` ON \`_bibliographies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_created_at_idx\` ON \`_bibliographies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_updated_at_idx\` ON \`_bibliographies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_snapshot_idx\` ON \`_bibliographies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_published_locale_idx\` ON \`_bibliographies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_latest_idx\` ON \`_bibliographies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_bibliographies_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bibliographies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_version_meta_version_meta_image_idx\` ON \`_bibliographies_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_bibliographies_v_locales_locale_parent_id_unique\` ON \`_bibliographies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bibliographies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bibliographies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_rels_order_idx\` ON \`_bibliographies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_rels_parent_idx\` ON \`_bibliographies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_rels_path_idx\` ON \`_bibliographies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bibliographies_v_rels_themes_id_idx\` ON \`_bibliographies_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`order\` numeric DEFAULT 1,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_category_idx\` ON \`faqs\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_at_idx\` ON \`faqs\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`faqs_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_meta_meta_image_idx\` ON \`faqs_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_locales_locale_parent_id_unique\` ON \`faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_themes_id_idx\` ON \`faqs_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_category_idx\` ON \`_faqs_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_at_idx\` ON \`_faqs_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_snapshot_idx\` ON \`_faqs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_published_locale_idx\` ON \`_faqs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_locales\` (
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_meta_version_meta_image_idx\` ON \`_faqs_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_faqs_v_locales_locale_parent_id_unique\` ON \`_faqs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_themes_id_idx\` ON \`_faqs_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_sections_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_sections_measures_order_idx\` ON \`programme_sections_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programme_sections_measures_parent_id_idx\` ON \`programme_sections_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_sections_measures_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_sections_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_sections_measures_locales_locale_parent_id_unique\` ON \`programme_sections_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_sections_order_idx\` ON \`programme_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programme_sections_parent_id_idx\` ON \`programme_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_sections_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_sections_locales_locale_parent_id_unique\` ON \`programme_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_number_idx\` ON \`programme\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_slug_idx\` ON \`programme\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programme_published_at_idx\` ON \`programme\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`programme_updated_at_idx\` ON \`programme\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programme_created_at_idx\` ON \`programme\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programme__status_idx\` ON \`programme\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programme_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_meta_meta_image_idx\` ON \`programme_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_locales_locale_parent_id_unique\` ON \`programme_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_rels_order_idx\` ON \`programme_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programme_rels_parent_idx\` ON \`programme_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programme_rels_path_idx\` ON \`programme_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`programme_rels_themes_id_idx\` ON \`programme_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_version_sections_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programme_v_version_sections_measures_order_idx\` ON \`_programme_v_version_sections_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_sections_measures_parent_id_idx\` ON \`_programme_v_version_sections_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_version_sections_measures_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_v_version_sections_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programme_v_version_sections_measures_locales_locale_parent\` ON \`_programme_v_version_sections_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programme_v_version_sections_order_idx\` ON \`_programme_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_sections_parent_id_idx\` ON \`_programme_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_version_sections_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programme_v_version_sections_locales_locale_parent_id_uniqu\` ON \`_programme_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programme_v_parent_idx\` ON \`_programme_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version_number_idx\` ON \`_programme_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version_slug_idx\` ON \`_programme_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version_published_at_idx\` ON \`_programme_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version_updated_at_idx\` ON \`_programme_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version_created_at_idx\` ON \`_programme_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_version_version__status_idx\` ON \`_programme_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_created_at_idx\` ON \`_programme_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_updated_at_idx\` ON \`_programme_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_snapshot_idx\` ON \`_programme_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_published_locale_idx\` ON \`_programme_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_latest_idx\` ON \`_programme_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programme_v_version_meta_version_meta_image_idx\` ON \`_programme_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_programme_v_locales_locale_parent_id_unique\` ON \`_programme_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programme_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programme_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programme_v_rels_order_idx\` ON \`_programme_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_rels_parent_idx\` ON \`_programme_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_rels_path_idx\` ON \`_programme_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_programme_v_rels_themes_id_idx\` ON \`_programme_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`colour\` text DEFAULT '#8a2a1f' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`visuals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text NOT NULL,
  	\`licence\` text DEFAULT 'CC-BY-SA-4.0' NOT NULL,
  	\`downloadable\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	\`sizes_full_url\` text,
  	\`sizes_full_width\` numeric,
  	\`sizes_full_height\` numeric,
  	\`sizes_full_mime_type\` text,
  	\`sizes_full_filesize\` numeric,
  	\`sizes_full_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`visuals_updated_at_idx\` ON \`visuals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visuals_created_at_idx\` ON \`visuals\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`visuals_filename_idx\` ON \`visuals\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`visuals_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`visuals\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`visuals_sizes_card_sizes_card_filename_idx\` ON \`visuals\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`visuals_sizes_social_sizes_social_filename_idx\` ON \`visuals\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`visuals_sizes_square_sizes_square_filename_idx\` ON \`visuals\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE INDEX \`visuals_sizes_full_sizes_full_filename_idx\` ON \`visuals\` (\`sizes_full_filename\`);`)
  await db.run(sql`CREATE TABLE \`visuals_locales\` (
  	\`title\` text NOT NULL,
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`visuals_locales_locale_parent_id_unique\` ON \`visuals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`visuals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visuals_rels_order_idx\` ON \`visuals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`visuals_rels_parent_idx\` ON \`visuals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visuals_rels_path_idx\` ON \`visuals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`visuals_rels_themes_id_idx\` ON \`visuals_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`files_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`files_locales_locale_parent_id_unique\` ON \`files_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_languages_order_idx\` ON \`users_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_languages_parent_idx\` ON \`users_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`trainings_id\` integer,
  	\`videos_id\` integer,
  	\`infographics_id\` integer,
  	\`sheets_id\` integer,
  	\`bibliographies_id\` integer,
  	\`faqs_id\` integer,
  	\`programme_id\` integer,
  	\`themes_id\` integer,
  	\`visuals_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`infographics_id\`) REFERENCES \`infographics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sheets_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bibliographies_id\`) REFERENCES \`bibliographies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programme\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visuals_id\`) REFERENCES \`visuals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_infographics_id_idx\` ON \`payload_locked_documents_rels\` (\`infographics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bibliographies_id_idx\` ON \`payload_locked_documents_rels\` (\`bibliographies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visuals_id_idx\` ON \`payload_locked_documents_rels\` (\`visuals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`trainings_objectives\`;`)
  await db.run(sql`DROP TABLE \`trainings_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings_modules_lessons\`;`)
  await db.run(sql`DROP TABLE \`trainings_modules_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings_modules\`;`)
  await db.run(sql`DROP TABLE \`trainings_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings\`;`)
  await db.run(sql`DROP TABLE \`trainings_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings_rels\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_modules_lessons\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_modules_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_modules\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_subtitles\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_subtitles\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`infographics_sources\`;`)
  await db.run(sql`DROP TABLE \`infographics\`;`)
  await db.run(sql`DROP TABLE \`infographics_locales\`;`)
  await db.run(sql`DROP TABLE \`infographics_rels\`;`)
  await db.run(sql`DROP TABLE \`_infographics_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_infographics_v\`;`)
  await db.run(sql`DROP TABLE \`_infographics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_infographics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sheets_steps\`;`)
  await db.run(sql`DROP TABLE \`sheets_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`sheets\`;`)
  await db.run(sql`DROP TABLE \`sheets_locales\`;`)
  await db.run(sql`DROP TABLE \`sheets_rels\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`bibliographies_entries\`;`)
  await db.run(sql`DROP TABLE \`bibliographies_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`bibliographies\`;`)
  await db.run(sql`DROP TABLE \`bibliographies_locales\`;`)
  await db.run(sql`DROP TABLE \`bibliographies_rels\`;`)
  await db.run(sql`DROP TABLE \`_bibliographies_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_bibliographies_v_version_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`_bibliographies_v\`;`)
  await db.run(sql`DROP TABLE \`_bibliographies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_bibliographies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`programme_sections_measures\`;`)
  await db.run(sql`DROP TABLE \`programme_sections_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_sections\`;`)
  await db.run(sql`DROP TABLE \`programme_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`programme\`;`)
  await db.run(sql`DROP TABLE \`programme_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_rels\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_version_sections_measures\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_version_sections_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_programme_v\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_programme_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`visuals\`;`)
  await db.run(sql`DROP TABLE \`visuals_locales\`;`)
  await db.run(sql`DROP TABLE \`visuals_rels\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`DROP TABLE \`files_locales\`;`)
  await db.run(sql`DROP TABLE \`users_languages\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
