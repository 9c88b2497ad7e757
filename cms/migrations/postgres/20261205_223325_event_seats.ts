import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "event_seats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"confirmed_seats" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_seats_id" integer;
  ALTER TABLE "event_seats" ADD CONSTRAINT "event_seats_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "event_seats_event_idx" ON "event_seats" USING btree ("event_id");
  CREATE INDEX "event_seats_updated_at_idx" ON "event_seats" USING btree ("updated_at");
  CREATE INDEX "event_seats_created_at_idx" ON "event_seats" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_seats_fk" FOREIGN KEY ("event_seats_id") REFERENCES "public"."event_seats"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_event_seats_id_idx" ON "payload_locked_documents_rels" USING btree ("event_seats_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "event_seats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "event_seats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_seats_fk";
  
  DROP INDEX "payload_locked_documents_rels_event_seats_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_seats_id";`)
}
