import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tract_templates_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tract_templates_languages_order_idx\` ON \`tract_templates_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_languages_parent_idx\` ON \`tract_templates_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tract_templates_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`type\` text DEFAULT 'line',
  	\`box_x\` numeric,
  	\`box_y\` numeric,
  	\`box_width\` numeric,
  	\`box_height\` numeric,
  	\`style_font\` text DEFAULT 'inter',
  	\`style_align\` text DEFAULT 'start',
  	\`style_min_size\` numeric DEFAULT 8,
  	\`style_max_size\` numeric DEFAULT 16,
  	\`style_colour\` text DEFAULT '#000000',
  	\`max_length\` numeric DEFAULT 80,
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tract_templates_fields_order_idx\` ON \`tract_templates_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_fields_parent_id_idx\` ON \`tract_templates_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tract_templates_fields_locales\` (
  	\`label\` text,
  	\`help\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tract_templates_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tract_templates_fields_locales_locale_parent_id_unique\` ON \`tract_templates_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_fields_locales_parent_id_idx\` ON \`tract_templates_fields_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tract_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`format\` text DEFAULT 'A5',
  	\`background\` text DEFAULT '#ffffff',
  	\`custom_size_unit\` text DEFAULT 'mm',
  	\`custom_size_width\` numeric,
  	\`custom_size_height\` numeric,
  	\`artwork_id\` integer,
  	\`artwork_image_id\` integer,
  	\`legal_box_x\` numeric,
  	\`legal_box_y\` numeric,
  	\`legal_box_width\` numeric,
  	\`legal_box_height\` numeric,
  	\`legal_style_font\` text DEFAULT 'inter',
  	\`legal_style_align\` text DEFAULT 'start',
  	\`legal_style_min_size\` numeric DEFAULT 5,
  	\`legal_style_max_size\` numeric DEFAULT 7,
  	\`legal_style_colour\` text DEFAULT '#000000',
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`artwork_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artwork_image_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tract_templates_slug_idx\` ON \`tract_templates\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_artwork_idx\` ON \`tract_templates\` (\`artwork_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_artwork_image_idx\` ON \`tract_templates\` (\`artwork_image_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_published_at_idx\` ON \`tract_templates\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_updated_at_idx\` ON \`tract_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_created_at_idx\` ON \`tract_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates__status_idx\` ON \`tract_templates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tract_templates_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tract_templates_locales_locale_parent_id_unique\` ON \`tract_templates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_locales_parent_id_idx\` ON \`tract_templates_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tract_templates_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tract_templates_rels_order_idx\` ON \`tract_templates_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_rels_parent_idx\` ON \`tract_templates_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_rels_path_idx\` ON \`tract_templates_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tract_templates_rels_themes_id_idx\` ON \`tract_templates_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tract_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_languages_order_idx\` ON \`_tract_templates_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_languages_parent_idx\` ON \`_tract_templates_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v_version_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`type\` text DEFAULT 'line',
  	\`box_x\` numeric,
  	\`box_y\` numeric,
  	\`box_width\` numeric,
  	\`box_height\` numeric,
  	\`style_font\` text DEFAULT 'inter',
  	\`style_align\` text DEFAULT 'start',
  	\`style_min_size\` numeric DEFAULT 8,
  	\`style_max_size\` numeric DEFAULT 16,
  	\`style_colour\` text DEFAULT '#000000',
  	\`max_length\` numeric DEFAULT 80,
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tract_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_fields_order_idx\` ON \`_tract_templates_v_version_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_fields_parent_id_idx\` ON \`_tract_templates_v_version_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v_version_fields_locales\` (
  	\`label\` text,
  	\`help\` text,
  	\`default_value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tract_templates_v_version_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tract_templates_v_version_fields_locales_locale_parent_id_u\` ON \`_tract_templates_v_version_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_fields_locales_parent_id_idx\` ON \`_tract_templates_v_version_fields_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_format\` text DEFAULT 'A5',
  	\`version_background\` text DEFAULT '#ffffff',
  	\`version_custom_size_unit\` text DEFAULT 'mm',
  	\`version_custom_size_width\` numeric,
  	\`version_custom_size_height\` numeric,
  	\`version_artwork_id\` integer,
  	\`version_artwork_image_id\` integer,
  	\`version_legal_box_x\` numeric,
  	\`version_legal_box_y\` numeric,
  	\`version_legal_box_width\` numeric,
  	\`version_legal_box_height\` numeric,
  	\`version_legal_style_font\` text DEFAULT 'inter',
  	\`version_legal_style_align\` text DEFAULT 'start',
  	\`version_legal_style_min_size\` numeric DEFAULT 5,
  	\`version_legal_style_max_size\` numeric DEFAULT 7,
  	\`version_legal_style_colour\` text DEFAULT '#000000',
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tract_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_artwork_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_artwork_image_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_parent_idx\` ON \`_tract_templates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_slug_idx\` ON \`_tract_templates_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_artwork_idx\` ON \`_tract_templates_v\` (\`version_artwork_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_artwork_image_idx\` ON \`_tract_templates_v\` (\`version_artwork_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_published_at_idx\` ON \`_tract_templates_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_updated_at_idx\` ON \`_tract_templates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version_created_at_idx\` ON \`_tract_templates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_version_version__status_idx\` ON \`_tract_templates_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_created_at_idx\` ON \`_tract_templates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_updated_at_idx\` ON \`_tract_templates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_snapshot_idx\` ON \`_tract_templates_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_published_locale_idx\` ON \`_tract_templates_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_latest_idx\` ON \`_tract_templates_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tract_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tract_templates_v_locales_locale_parent_id_unique\` ON \`_tract_templates_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_locales_parent_id_idx\` ON \`_tract_templates_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tract_templates_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tract_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_rels_order_idx\` ON \`_tract_templates_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_rels_parent_idx\` ON \`_tract_templates_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_rels_path_idx\` ON \`_tract_templates_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tract_templates_v_rels_themes_id_idx\` ON \`_tract_templates_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`tract_artwork\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
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
  await db.run(sql`CREATE INDEX \`tract_artwork_updated_at_idx\` ON \`tract_artwork\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tract_artwork_created_at_idx\` ON \`tract_artwork\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tract_artwork_filename_idx\` ON \`tract_artwork\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`tract_artwork_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tract_artwork\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tract_artwork_locales_locale_parent_id_unique\` ON \`tract_artwork_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tract_artwork_locales_parent_id_idx\` ON \`tract_artwork_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tract_templates_id\` integer REFERENCES tract_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tract_artwork_id\` integer REFERENCES tract_artwork(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tract_artwork_id_idx\` ON \`payload_locked_documents_rels\` (\`tract_artwork_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tract_templates_languages\`;`)
  await db.run(sql`DROP TABLE \`tract_templates_fields\`;`)
  await db.run(sql`DROP TABLE \`tract_templates_fields_locales\`;`)
  await db.run(sql`DROP TABLE \`tract_templates\`;`)
  await db.run(sql`DROP TABLE \`tract_templates_locales\`;`)
  await db.run(sql`DROP TABLE \`tract_templates_rels\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v_version_fields\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v_version_fields_locales\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tract_templates_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tract_artwork\`;`)
  await db.run(sql`DROP TABLE \`tract_artwork_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`site_builds_id\` integer,
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
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "visuals_id", "files_id", "site_builds_id", "users_id") SELECT "id", "order", "parent_id", "path", "trainings_id", "videos_id", "infographics_id", "sheets_id", "bibliographies_id", "faqs_id", "programme_id", "themes_id", "visuals_id", "files_id", "site_builds_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
