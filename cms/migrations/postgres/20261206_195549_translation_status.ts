import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_status_status" AS ENUM('missing', 'outdated', 'upToDate');
  CREATE TABLE "translation_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"title" varchar,
  	"status" "enum_translation_status_status" NOT NULL,
  	"missing" numeric DEFAULT 0 NOT NULL,
  	"outdated" numeric DEFAULT 0 NOT NULL,
  	"up_to_date" numeric DEFAULT 0 NOT NULL,
  	"fields" jsonb,
  	"sources" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "french_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"value" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_status_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "french_sources_id" integer;
  CREATE INDEX "translation_status_collection_idx" ON "translation_status" USING btree ("collection");
  CREATE INDEX "translation_status_locale_idx" ON "translation_status" USING btree ("locale");
  CREATE INDEX "translation_status_status_idx" ON "translation_status" USING btree ("status");
  CREATE INDEX "translation_status_updated_at_idx" ON "translation_status" USING btree ("updated_at");
  CREATE INDEX "translation_status_created_at_idx" ON "translation_status" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_document_locale_idx" ON "translation_status" USING btree ("collection","document","locale");
  CREATE UNIQUE INDEX "french_sources_hash_idx" ON "french_sources" USING btree ("hash");
  CREATE INDEX "french_sources_updated_at_idx" ON "french_sources" USING btree ("updated_at");
  CREATE INDEX "french_sources_created_at_idx" ON "french_sources" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_status_fk" FOREIGN KEY ("translation_status_id") REFERENCES "public"."translation_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_french_sources_fk" FOREIGN KEY ("french_sources_id") REFERENCES "public"."french_sources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_status_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_status_id");
  CREATE INDEX "payload_locked_documents_rels_french_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("french_sources_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "french_sources" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_status" CASCADE;
  DROP TABLE "french_sources" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_status_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_french_sources_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_status_id_idx";
  DROP INDEX "payload_locked_documents_rels_french_sources_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_status_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "french_sources_id";
  DROP TYPE "public"."enum_translation_status_status";`)
}
