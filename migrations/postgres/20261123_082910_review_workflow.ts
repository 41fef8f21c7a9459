import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn', 'review_expired');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn', 'review_expired');
  CREATE TYPE "public"."enum_patient_stories_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn', 'review_expired');
  CREATE TYPE "public"."enum__patient_stories_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn', 'review_expired');
  CREATE TYPE "public"."enum_banned_claims_kinds" AS ENUM('article', 'patient-story', 'campaign');
  CREATE TYPE "public"."enum_banned_claims_category" AS ENUM('efficacy-guarantee', 'cure-rate', 'comparison', 'absolute', 'endorsement');
  CREATE TYPE "public"."enum_banned_claims_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_sign_offs_decision" AS ENUM('approve', 'reject');
  CREATE TABLE "banned_claims_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_banned_claims_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "banned_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"is_pattern" boolean DEFAULT false,
  	"category" "enum_banned_claims_category" NOT NULL,
  	"severity" "enum_banned_claims_severity" DEFAULT 'block' NOT NULL,
  	"suggestion" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sign_offs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"target_id" varchar NOT NULL,
  	"version_hash" varchar NOT NULL,
  	"stage" varchar NOT NULL,
  	"decision" "enum_sign_offs_decision" NOT NULL,
  	"reviewer_id" integer NOT NULL,
  	"reviewer_name" varchar,
  	"qualifications" jsonb,
  	"comment" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "promotional" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "kol_partner_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_state" "enum_articles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "workflow_version_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_voided_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_reviewed_by" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow_review_expires_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_promotional" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_kol_partner_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_version_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_voided_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_reviewed_by" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_review_expires_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "patient_stories" ADD COLUMN "promotional" boolean DEFAULT false;
  ALTER TABLE "patient_stories" ADD COLUMN "kol_partner_id" integer;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_state" "enum_patient_stories_workflow_state" DEFAULT 'draft';
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_version_hash" varchar;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_voided_reason" varchar;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_reviewed_by" varchar;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_review_expires_at" timestamp(3) with time zone;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_last_edited_by_id" integer;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_promotional" boolean DEFAULT false;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_kol_partner_id" integer;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_state" "enum__patient_stories_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_version_hash" varchar;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_voided_reason" varchar;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_reviewed_by" varchar;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_review_expires_at" timestamp(3) with time zone;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_last_edited_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "banned_claims_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_offs_id" integer;
  ALTER TABLE "banned_claims_kinds" ADD CONSTRAINT "banned_claims_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."banned_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "banned_claims_kinds_order_idx" ON "banned_claims_kinds" USING btree ("order");
  CREATE INDEX "banned_claims_kinds_parent_idx" ON "banned_claims_kinds" USING btree ("parent_id");
  CREATE INDEX "banned_claims_enabled_idx" ON "banned_claims" USING btree ("enabled");
  CREATE INDEX "banned_claims_updated_at_idx" ON "banned_claims" USING btree ("updated_at");
  CREATE INDEX "banned_claims_created_at_idx" ON "banned_claims" USING btree ("created_at");
  CREATE INDEX "sign_offs_target_collection_idx" ON "sign_offs" USING btree ("target_collection");
  CREATE INDEX "sign_offs_target_id_idx" ON "sign_offs" USING btree ("target_id");
  CREATE INDEX "sign_offs_version_hash_idx" ON "sign_offs" USING btree ("version_hash");
  CREATE INDEX "sign_offs_reviewer_idx" ON "sign_offs" USING btree ("reviewer_id");
  CREATE INDEX "sign_offs_updated_at_idx" ON "sign_offs" USING btree ("updated_at");
  CREATE INDEX "sign_offs_created_at_idx" ON "sign_offs" USING btree ("created_at");
  CREATE INDEX "targetCollection_targetId_versionHash_idx" ON "sign_offs" USING btree ("target_collection","target_id","version_hash");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("version_kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("version_kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_banned_claims_fk" FOREIGN KEY ("banned_claims_id") REFERENCES "public"."banned_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_offs_fk" FOREIGN KEY ("sign_offs_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_kol_partner_idx" ON "articles" USING btree ("kol_partner_id");
  CREATE INDEX "articles_workflow_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_workflow_workflow_review_expires_at_idx" ON "articles" USING btree ("workflow_review_expires_at");
  CREATE INDEX "articles_workflow_workflow_last_edited_by_idx" ON "articles" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_kol_partner_idx" ON "_articles_v" USING btree ("version_kol_partner_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_review_exp_idx" ON "_articles_v" USING btree ("version_workflow_review_expires_at");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_last_edite_idx" ON "_articles_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "patient_stories_kol_partner_idx" ON "patient_stories" USING btree ("kol_partner_id");
  CREATE INDEX "patient_stories_workflow_workflow_state_idx" ON "patient_stories" USING btree ("workflow_state");
  CREATE INDEX "patient_stories_workflow_workflow_review_expires_at_idx" ON "patient_stories" USING btree ("workflow_review_expires_at");
  CREATE INDEX "patient_stories_workflow_workflow_last_edited_by_idx" ON "patient_stories" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "_patient_stories_v_version_version_kol_partner_idx" ON "_patient_stories_v" USING btree ("version_kol_partner_id");
  CREATE INDEX "_patient_stories_v_version_workflow_version_workflow_sta_idx" ON "_patient_stories_v" USING btree ("version_workflow_state");
  CREATE INDEX "_patient_stories_v_version_workflow_version_workflow_rev_idx" ON "_patient_stories_v" USING btree ("version_workflow_review_expires_at");
  CREATE INDEX "_patient_stories_v_version_workflow_version_workflow_las_idx" ON "_patient_stories_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "payload_locked_documents_rels_banned_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("banned_claims_id");
  CREATE INDEX "payload_locked_documents_rels_sign_offs_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_offs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "banned_claims_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "banned_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_offs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "banned_claims_kinds" CASCADE;
  DROP TABLE "banned_claims" CASCADE;
  DROP TABLE "sign_offs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_kol_partner_id_kol_partners_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_kol_partner_id_kol_partners_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "patient_stories" DROP CONSTRAINT "patient_stories_kol_partner_id_kol_partners_id_fk";
  
  ALTER TABLE "patient_stories" DROP CONSTRAINT "patient_stories_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_patient_stories_v" DROP CONSTRAINT "_patient_stories_v_version_kol_partner_id_kol_partners_id_fk";
  
  ALTER TABLE "_patient_stories_v" DROP CONSTRAINT "_patient_stories_v_version_workflow_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_banned_claims_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_offs_fk";
  
  DROP INDEX "articles_kol_partner_idx";
  DROP INDEX "articles_workflow_workflow_state_idx";
  DROP INDEX "articles_workflow_workflow_review_expires_at_idx";
  DROP INDEX "articles_workflow_workflow_last_edited_by_idx";
  DROP INDEX "_articles_v_version_version_kol_partner_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_review_exp_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_last_edite_idx";
  DROP INDEX "patient_stories_kol_partner_idx";
  DROP INDEX "patient_stories_workflow_workflow_state_idx";
  DROP INDEX "patient_stories_workflow_workflow_review_expires_at_idx";
  DROP INDEX "patient_stories_workflow_workflow_last_edited_by_idx";
  DROP INDEX "_patient_stories_v_version_version_kol_partner_idx";
  DROP INDEX "_patient_stories_v_version_workflow_version_workflow_sta_idx";
  DROP INDEX "_patient_stories_v_version_workflow_version_workflow_rev_idx";
  DROP INDEX "_patient_stories_v_version_workflow_version_workflow_las_idx";
  DROP INDEX "payload_locked_documents_rels_banned_claims_id_idx";
  DROP INDEX "payload_locked_documents_rels_sign_offs_id_idx";
  ALTER TABLE "articles" DROP COLUMN "promotional";
  ALTER TABLE "articles" DROP COLUMN "kol_partner_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "workflow_version_hash";
  ALTER TABLE "articles" DROP COLUMN "workflow_voided_reason";
  ALTER TABLE "articles" DROP COLUMN "workflow_reviewed_by";
  ALTER TABLE "articles" DROP COLUMN "workflow_last_reviewed_at";
  ALTER TABLE "articles" DROP COLUMN "workflow_review_expires_at";
  ALTER TABLE "articles" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_promotional";
  ALTER TABLE "_articles_v" DROP COLUMN "version_kol_partner_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_version_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_voided_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_reviewed_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_last_reviewed_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_review_expires_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "patient_stories" DROP COLUMN "promotional";
  ALTER TABLE "patient_stories" DROP COLUMN "kol_partner_id";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_state";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_version_hash";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_voided_reason";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_reviewed_by";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_last_reviewed_at";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_review_expires_at";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_last_edited_by_id";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_promotional";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_kol_partner_id";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_version_hash";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_voided_reason";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_reviewed_by";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_last_reviewed_at";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_review_expires_at";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_last_edited_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "banned_claims_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_offs_id";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum_patient_stories_workflow_state";
  DROP TYPE "public"."enum__patient_stories_v_version_workflow_state";
  DROP TYPE "public"."enum_banned_claims_kinds";
  DROP TYPE "public"."enum_banned_claims_category";
  DROP TYPE "public"."enum_banned_claims_severity";
  DROP TYPE "public"."enum_sign_offs_decision";`)
}
