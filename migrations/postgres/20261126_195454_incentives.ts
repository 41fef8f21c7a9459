import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contributors_kind" AS ENUM('staff', 'family', 'kol', 'partner');
  CREATE TYPE "public"."enum_incentive_rules_trigger" AS ENUM('published', 'reach', 'manual', 'balance');
  CREATE TYPE "public"."enum_point_ledger_kind" AS ENUM('grant', 'approval', 'rejection', 'reversal');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'publicity-manager' BEFORE 'api-client';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'incentiveReach';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'incentiveReach';
  CREATE TABLE "contributors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar NOT NULL,
  	"kind" "enum_contributors_kind" NOT NULL,
  	"user_id" integer,
  	"kol_partner_id" integer,
  	"organisation" varchar,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contributors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submissions_id" integer
  );
  
  CREATE TABLE "incentive_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"trigger" "enum_incentive_rules_trigger" NOT NULL,
  	"points" numeric NOT NULL,
  	"reward_cny" numeric DEFAULT 0,
  	"threshold" numeric,
  	"honour" varchar,
  	"active" boolean DEFAULT true,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "point_ledger" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seq" numeric NOT NULL,
  	"kind" "enum_point_ledger_kind" NOT NULL,
  	"contributor_id" integer NOT NULL,
  	"beneficiary_user_id" integer,
  	"rule_id" integer,
  	"points" numeric NOT NULL,
  	"amount_cny" numeric NOT NULL,
  	"settled" boolean DEFAULT false NOT NULL,
  	"refers_to_id" integer,
  	"cause_collection" varchar,
  	"cause_id" varchar,
  	"cause" varchar,
  	"reason" varchar,
  	"requested_by_id" integer,
  	"actor_id" integer,
  	"key" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"month" varchar NOT NULL,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "honours" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contributor_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"reason" varchar,
  	"rule_id" integer,
  	"awarded_by_id" integer,
  	"at" timestamp(3) with time zone,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "submissions" ADD COLUMN "incentives_opt_in" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contributors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "incentive_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "point_ledger_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "honours_id" integer;
  ALTER TABLE "contributors" ADD CONSTRAINT "contributors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contributors" ADD CONSTRAINT "contributors_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contributors_rels" ADD CONSTRAINT "contributors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contributors_rels" ADD CONSTRAINT "contributors_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_contributor_id_contributors_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."contributors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_beneficiary_user_id_users_id_fk" FOREIGN KEY ("beneficiary_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_rule_id_incentive_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."incentive_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_refers_to_id_point_ledger_id_fk" FOREIGN KEY ("refers_to_id") REFERENCES "public"."point_ledger"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_ledger" ADD CONSTRAINT "point_ledger_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honours" ADD CONSTRAINT "honours_contributor_id_contributors_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."contributors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honours" ADD CONSTRAINT "honours_rule_id_incentive_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."incentive_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honours" ADD CONSTRAINT "honours_awarded_by_id_users_id_fk" FOREIGN KEY ("awarded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contributors_kind_idx" ON "contributors" USING btree ("kind");
  CREATE INDEX "contributors_user_idx" ON "contributors" USING btree ("user_id");
  CREATE INDEX "contributors_kol_partner_idx" ON "contributors" USING btree ("kol_partner_id");
  CREATE UNIQUE INDEX "contributors_key_idx" ON "contributors" USING btree ("key");
  CREATE INDEX "contributors_updated_at_idx" ON "contributors" USING btree ("updated_at");
  CREATE INDEX "contributors_created_at_idx" ON "contributors" USING btree ("created_at");
  CREATE INDEX "contributors_rels_order_idx" ON "contributors_rels" USING btree ("order");
  CREATE INDEX "contributors_rels_parent_idx" ON "contributors_rels" USING btree ("parent_id");
  CREATE INDEX "contributors_rels_path_idx" ON "contributors_rels" USING btree ("path");
  CREATE INDEX "contributors_rels_submissions_id_idx" ON "contributors_rels" USING btree ("submissions_id");
  CREATE INDEX "incentive_rules_trigger_idx" ON "incentive_rules" USING btree ("trigger");
  CREATE INDEX "incentive_rules_active_idx" ON "incentive_rules" USING btree ("active");
  CREATE INDEX "incentive_rules_updated_at_idx" ON "incentive_rules" USING btree ("updated_at");
  CREATE INDEX "incentive_rules_created_at_idx" ON "incentive_rules" USING btree ("created_at");
  CREATE UNIQUE INDEX "point_ledger_seq_idx" ON "point_ledger" USING btree ("seq");
  CREATE INDEX "point_ledger_contributor_idx" ON "point_ledger" USING btree ("contributor_id");
  CREATE INDEX "point_ledger_beneficiary_user_idx" ON "point_ledger" USING btree ("beneficiary_user_id");
  CREATE INDEX "point_ledger_rule_idx" ON "point_ledger" USING btree ("rule_id");
  CREATE INDEX "point_ledger_settled_idx" ON "point_ledger" USING btree ("settled");
  CREATE INDEX "point_ledger_refers_to_idx" ON "point_ledger" USING btree ("refers_to_id");
  CREATE INDEX "point_ledger_cause_collection_idx" ON "point_ledger" USING btree ("cause_collection");
  CREATE INDEX "point_ledger_cause_id_idx" ON "point_ledger" USING btree ("cause_id");
  CREATE INDEX "point_ledger_requested_by_idx" ON "point_ledger" USING btree ("requested_by_id");
  CREATE INDEX "point_ledger_actor_idx" ON "point_ledger" USING btree ("actor_id");
  CREATE UNIQUE INDEX "point_ledger_key_idx" ON "point_ledger" USING btree ("key");
  CREATE INDEX "point_ledger_at_idx" ON "point_ledger" USING btree ("at");
  CREATE INDEX "point_ledger_month_idx" ON "point_ledger" USING btree ("month");
  CREATE INDEX "point_ledger_updated_at_idx" ON "point_ledger" USING btree ("updated_at");
  CREATE INDEX "point_ledger_created_at_idx" ON "point_ledger" USING btree ("created_at");
  CREATE INDEX "month_settled_idx" ON "point_ledger" USING btree ("month","settled");
  CREATE INDEX "honours_contributor_idx" ON "honours" USING btree ("contributor_id");
  CREATE INDEX "honours_rule_idx" ON "honours" USING btree ("rule_id");
  CREATE INDEX "honours_awarded_by_idx" ON "honours" USING btree ("awarded_by_id");
  CREATE INDEX "honours_at_idx" ON "honours" USING btree ("at");
  CREATE UNIQUE INDEX "honours_key_idx" ON "honours" USING btree ("key");
  CREATE INDEX "honours_updated_at_idx" ON "honours" USING btree ("updated_at");
  CREATE INDEX "honours_created_at_idx" ON "honours" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contributors_fk" FOREIGN KEY ("contributors_id") REFERENCES "public"."contributors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incentive_rules_fk" FOREIGN KEY ("incentive_rules_id") REFERENCES "public"."incentive_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_point_ledger_fk" FOREIGN KEY ("point_ledger_id") REFERENCES "public"."point_ledger"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_honours_fk" FOREIGN KEY ("honours_id") REFERENCES "public"."honours"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contributors_id_idx" ON "payload_locked_documents_rels" USING btree ("contributors_id");
  CREATE INDEX "payload_locked_documents_rels_incentive_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("incentive_rules_id");
  CREATE INDEX "payload_locked_documents_rels_point_ledger_id_idx" ON "payload_locked_documents_rels" USING btree ("point_ledger_id");
  CREATE INDEX "payload_locked_documents_rels_honours_id_idx" ON "payload_locked_documents_rels" USING btree ("honours_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contributors_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "incentive_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "point_ledger" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "honours" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contributors" CASCADE;
  DROP TABLE "contributors_rels" CASCADE;
  DROP TABLE "incentive_rules" CASCADE;
  DROP TABLE "point_ledger" CASCADE;
  DROP TABLE "honours" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contributors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_incentive_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_point_ledger_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_honours_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'medical-reviewer', 'privacy-officer', 'compliance-reviewer', 'operations', 'publisher', 'analyst', 'api-client');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures', 'notifySubmitter', 'reviewDeadlines', 'incidentDeadlines');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures', 'notifySubmitter', 'reviewDeadlines', 'incidentDeadlines');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_contributors_id_idx";
  DROP INDEX "payload_locked_documents_rels_incentive_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_point_ledger_id_idx";
  DROP INDEX "payload_locked_documents_rels_honours_id_idx";
  ALTER TABLE "submissions" DROP COLUMN "incentives_opt_in";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contributors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "incentive_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "point_ledger_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "honours_id";
  DROP TYPE "public"."enum_contributors_kind";
  DROP TYPE "public"."enum_incentive_rules_trigger";
  DROP TYPE "public"."enum_point_ledger_kind";`)
}
