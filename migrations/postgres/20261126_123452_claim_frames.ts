import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "claim_frames" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"frame_id" varchar NOT NULL,
  	"title" varchar,
  	"enabled" boolean DEFAULT true,
  	"suggestion" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "claim_frames_id" integer;
  CREATE UNIQUE INDEX "claim_frames_frame_id_idx" ON "claim_frames" USING btree ("frame_id");
  CREATE INDEX "claim_frames_updated_at_idx" ON "claim_frames" USING btree ("updated_at");
  CREATE INDEX "claim_frames_created_at_idx" ON "claim_frames" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_claim_frames_fk" FOREIGN KEY ("claim_frames_id") REFERENCES "public"."claim_frames"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_claim_frames_id_idx" ON "payload_locked_documents_rels" USING btree ("claim_frames_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claim_frames" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "claim_frames" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_claim_frames_fk";
  
  DROP INDEX "payload_locked_documents_rels_claim_frames_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "claim_frames_id";`)
}
