import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consents_allowed_materials" AS ENUM('text', 'photos', 'voice', 'face');
  CREATE TYPE "public"."enum_consents_signature_method" AS ENUM('typed-name');
  CREATE TYPE "public"."enum_consents_signature_signer" AS ENUM('patient', 'guardian');
  CREATE TYPE "public"."enum_submissions_status" AS ENUM('received', 'changes-requested', 'accepted', 'declined', 'published');
  CREATE TYPE "public"."enum_submissions_kind" AS ENUM('story', 'clip', 'tip', 'proposal');
  CREATE TYPE "public"."enum_submissions_submitter_role" AS ENUM('patient', 'family', 'staff', 'partner');
  CREATE TYPE "public"."enum_submissions_source" AS ENUM('public', 'staff');
  CREATE TYPE "public"."enum_review_settings_compliance_kinds" AS ENUM('co-created', 'promotional', 'kol', 'routine');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'operations' BEFORE 'publisher';
  ALTER TYPE "public"."enum_users_qualifications" ADD VALUE 'pharmacist';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifySubmitter';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reviewDeadlines';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifySubmitter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reviewDeadlines';
  CREATE TABLE "consents_allowed_materials" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_consents_allowed_materials",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_submissions_status" DEFAULT 'received' NOT NULL,
  	"kind" "enum_submissions_kind" NOT NULL,
  	"submitter_role" "enum_submissions_submitter_role",
  	"source" "enum_submissions_source",
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"department_id" integer,
  	"submitter_name" varchar,
  	"contact" varchar,
  	"organisation" varchar,
  	"submitted_by_id" integer,
  	"consent_id" integer,
  	"pii_findings" jsonb,
  	"triage_note" varchar,
  	"history" jsonb,
  	"notifications" jsonb,
  	"tracking_hash" varchar,
  	"challenge_hash" varchar,
  	"client_hash" varchar,
  	"data_key_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submission_files_id" integer,
  	"patient_stories_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "submission_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submission_id" integer,
  	"prefix" varchar DEFAULT 'submission-files',
  	"_objectkey" varchar,
  	"data_key_id" varchar,
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
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "review_settings_compliance_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_review_settings_compliance_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "review_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sla_hours_operations" numeric DEFAULT 24,
  	"sla_hours_initial" numeric DEFAULT 48,
  	"sla_hours_privacy" numeric DEFAULT 48,
  	"sla_hours_medical" numeric DEFAULT 72,
  	"sla_hours_compliance" numeric DEFAULT 48,
  	"reminder_hours_before" numeric DEFAULT 8,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "corrections" ALTER COLUMN "article_id" DROP NOT NULL;
  ALTER TABLE "articles" ADD COLUMN "submission_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submission_id" integer;
  ALTER TABLE "patient_stories" ADD COLUMN "submission_id" integer;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_submission_id" integer;
  ALTER TABLE "consents" ADD COLUMN "signature_method" "enum_consents_signature_method";
  ALTER TABLE "consents" ADD COLUMN "signature_signer" "enum_consents_signature_signer";
  ALTER TABLE "consents" ADD COLUMN "signature_at" timestamp(3) with time zone;
  ALTER TABLE "consents" ADD COLUMN "signature_name" varchar;
  ALTER TABLE "consents" ADD COLUMN "signature_address" varchar;
  ALTER TABLE "consents" ADD COLUMN "signature_text_version" varchar;
  ALTER TABLE "consents" ADD COLUMN "signature_text_hash" varchar;
  ALTER TABLE "corrections" ADD COLUMN "story_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submissions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_files_id" integer;
  ALTER TABLE "consents_allowed_materials" ADD CONSTRAINT "consents_allowed_materials_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_patient_stories_fk" FOREIGN KEY ("patient_stories_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_settings_compliance_kinds" ADD CONSTRAINT "review_settings_compliance_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "consents_allowed_materials_order_idx" ON "consents_allowed_materials" USING btree ("order");
  CREATE INDEX "consents_allowed_materials_parent_idx" ON "consents_allowed_materials" USING btree ("parent_id");
  CREATE UNIQUE INDEX "submissions_reference_idx" ON "submissions" USING btree ("reference");
  CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");
  CREATE INDEX "submissions_department_idx" ON "submissions" USING btree ("department_id");
  CREATE INDEX "submissions_submitted_by_idx" ON "submissions" USING btree ("submitted_by_id");
  CREATE INDEX "submissions_consent_idx" ON "submissions" USING btree ("consent_id");
  CREATE UNIQUE INDEX "submissions_tracking_hash_idx" ON "submissions" USING btree ("tracking_hash");
  CREATE UNIQUE INDEX "submissions_challenge_hash_idx" ON "submissions" USING btree ("challenge_hash");
  CREATE INDEX "submissions_client_hash_idx" ON "submissions" USING btree ("client_hash");
  CREATE INDEX "submissions_data_key_id_idx" ON "submissions" USING btree ("data_key_id");
  CREATE INDEX "submissions_updated_at_idx" ON "submissions" USING btree ("updated_at");
  CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_submission_files_id_idx" ON "submissions_rels" USING btree ("submission_files_id");
  CREATE INDEX "submissions_rels_patient_stories_id_idx" ON "submissions_rels" USING btree ("patient_stories_id");
  CREATE INDEX "submissions_rels_articles_id_idx" ON "submissions_rels" USING btree ("articles_id");
  CREATE INDEX "submission_files_submission_idx" ON "submission_files" USING btree ("submission_id");
  CREATE INDEX "submission_files_data_key_id_idx" ON "submission_files" USING btree ("data_key_id");
  CREATE INDEX "submission_files_updated_at_idx" ON "submission_files" USING btree ("updated_at");
  CREATE INDEX "submission_files_created_at_idx" ON "submission_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "submission_files_filename_idx" ON "submission_files" USING btree ("filename");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_topics_id_idx" ON "users_rels" USING btree ("topics_id");
  CREATE INDEX "review_settings_compliance_kinds_order_idx" ON "review_settings_compliance_kinds" USING btree ("order");
  CREATE INDEX "review_settings_compliance_kinds_parent_idx" ON "review_settings_compliance_kinds" USING btree ("parent_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submission_id_submissions_id_fk" FOREIGN KEY ("version_submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_submission_id_submissions_id_fk" FOREIGN KEY ("version_submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_story_id_patient_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."patient_stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_submission_idx" ON "articles" USING btree ("submission_id");
  CREATE INDEX "_articles_v_version_version_submission_idx" ON "_articles_v" USING btree ("version_submission_id");
  CREATE INDEX "patient_stories_submission_idx" ON "patient_stories" USING btree ("submission_id");
  CREATE INDEX "_patient_stories_v_version_version_submission_idx" ON "_patient_stories_v" USING btree ("version_submission_id");
  CREATE INDEX "corrections_story_idx" ON "corrections" USING btree ("story_id");
  CREATE INDEX "payload_locked_documents_rels_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("submissions_id");
  CREATE INDEX "payload_locked_documents_rels_submission_files_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consents_allowed_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings_compliance_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consents_allowed_materials" CASCADE;
  DROP TABLE "submissions" CASCADE;
  DROP TABLE "submissions_rels" CASCADE;
  DROP TABLE "submission_files" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "review_settings_compliance_kinds" CASCADE;
  DROP TABLE "review_settings" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_submission_id_submissions_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_submission_id_submissions_id_fk";
  
  ALTER TABLE "patient_stories" DROP CONSTRAINT "patient_stories_submission_id_submissions_id_fk";
  
  ALTER TABLE "_patient_stories_v" DROP CONSTRAINT "_patient_stories_v_version_submission_id_submissions_id_fk";
  
  ALTER TABLE "corrections" DROP CONSTRAINT "corrections_story_id_patient_stories_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_files_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'medical-reviewer', 'privacy-officer', 'compliance-reviewer', 'publisher', 'analyst', 'api-client');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "users_qualifications" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_qualifications";
  CREATE TYPE "public"."enum_users_qualifications" AS ENUM('department-head', 'clinician', 'public-health');
  ALTER TABLE "users_qualifications" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_qualifications" USING "value"::"public"."enum_users_qualifications";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_submission_idx";
  DROP INDEX "_articles_v_version_version_submission_idx";
  DROP INDEX "patient_stories_submission_idx";
  DROP INDEX "_patient_stories_v_version_version_submission_idx";
  DROP INDEX "corrections_story_idx";
  DROP INDEX "payload_locked_documents_rels_submissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_submission_files_id_idx";
  ALTER TABLE "corrections" ALTER COLUMN "article_id" SET NOT NULL;
  ALTER TABLE "articles" DROP COLUMN "submission_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submission_id";
  ALTER TABLE "patient_stories" DROP COLUMN "submission_id";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_submission_id";
  ALTER TABLE "consents" DROP COLUMN "signature_method";
  ALTER TABLE "consents" DROP COLUMN "signature_signer";
  ALTER TABLE "consents" DROP COLUMN "signature_at";
  ALTER TABLE "consents" DROP COLUMN "signature_name";
  ALTER TABLE "consents" DROP COLUMN "signature_address";
  ALTER TABLE "consents" DROP COLUMN "signature_text_version";
  ALTER TABLE "consents" DROP COLUMN "signature_text_hash";
  ALTER TABLE "corrections" DROP COLUMN "story_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_files_id";
  DROP TYPE "public"."enum_consents_allowed_materials";
  DROP TYPE "public"."enum_consents_signature_method";
  DROP TYPE "public"."enum_consents_signature_signer";
  DROP TYPE "public"."enum_submissions_status";
  DROP TYPE "public"."enum_submissions_kind";
  DROP TYPE "public"."enum_submissions_submitter_role";
  DROP TYPE "public"."enum_submissions_source";
  DROP TYPE "public"."enum_review_settings_compliance_kinds";`)
}
