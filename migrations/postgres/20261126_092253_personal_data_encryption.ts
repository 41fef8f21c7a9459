import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_keys_purpose" AS ENUM('person', 'index');
  ALTER TYPE "public"."enum_consents_status" ADD VALUE 'erased';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'proposeErasures';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'proposeErasures';
  CREATE TABLE "data_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key_id" varchar NOT NULL,
  	"purpose" "enum_data_keys_purpose" NOT NULL,
  	"wrapped" varchar NOT NULL,
  	"master_key_id" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "consents" ADD COLUMN "erasure_due_at" timestamp(3) with time zone;
  ALTER TABLE "consents" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "consents" ADD COLUMN "data_key_id" varchar;
  ALTER TABLE "consents" ADD COLUMN "patient_name_hash" varchar;
  ALTER TABLE "consent_documents" ADD COLUMN "data_key_id" varchar;
  ALTER TABLE "corrections" ADD COLUMN "data_key_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_keys_id" integer;
  CREATE UNIQUE INDEX "data_keys_key_id_idx" ON "data_keys" USING btree ("key_id");
  CREATE INDEX "data_keys_master_key_id_idx" ON "data_keys" USING btree ("master_key_id");
  CREATE INDEX "data_keys_updated_at_idx" ON "data_keys" USING btree ("updated_at");
  CREATE INDEX "data_keys_created_at_idx" ON "data_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_keys_fk" FOREIGN KEY ("data_keys_id") REFERENCES "public"."data_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "consents_erasure_due_at_idx" ON "consents" USING btree ("erasure_due_at");
  CREATE INDEX "consents_data_key_id_idx" ON "consents" USING btree ("data_key_id");
  CREATE INDEX "consents_patient_name_hash_idx" ON "consents" USING btree ("patient_name_hash");
  CREATE INDEX "consent_documents_data_key_id_idx" ON "consent_documents" USING btree ("data_key_id");
  CREATE INDEX "corrections_data_key_id_idx" ON "corrections" USING btree ("data_key_id");
  CREATE INDEX "payload_locked_documents_rels_data_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("data_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "data_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "data_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_keys_fk";
  
  ALTER TABLE "consents" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "consents" ALTER COLUMN "status" SET DEFAULT 'active'::text;
  DROP TYPE "public"."enum_consents_status";
  CREATE TYPE "public"."enum_consents_status" AS ENUM('active', 'revoked', 'expired');
  ALTER TABLE "consents" ALTER COLUMN "status" SET DEFAULT 'active'::"public"."enum_consents_status";
  ALTER TABLE "consents" ALTER COLUMN "status" SET DATA TYPE "public"."enum_consents_status" USING "status"::"public"."enum_consents_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "consents_erasure_due_at_idx";
  DROP INDEX "consents_data_key_id_idx";
  DROP INDEX "consents_patient_name_hash_idx";
  DROP INDEX "consent_documents_data_key_id_idx";
  DROP INDEX "corrections_data_key_id_idx";
  DROP INDEX "payload_locked_documents_rels_data_keys_id_idx";
  ALTER TABLE "consents" DROP COLUMN "erasure_due_at";
  ALTER TABLE "consents" DROP COLUMN "erased_at";
  ALTER TABLE "consents" DROP COLUMN "data_key_id";
  ALTER TABLE "consents" DROP COLUMN "patient_name_hash";
  ALTER TABLE "consent_documents" DROP COLUMN "data_key_id";
  ALTER TABLE "corrections" DROP COLUMN "data_key_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_keys_id";
  DROP TYPE "public"."enum_data_keys_purpose";`)
}
