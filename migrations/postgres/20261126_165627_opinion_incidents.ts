import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_incidents_severity" AS ENUM('general', 'major', 'critical');
  CREATE TYPE "public"."enum_incidents_status" AS ENUM('open', 'responded', 'closed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'incidentDeadlines';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'incidentDeadlines';
  CREATE TABLE "incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"severity" "enum_incidents_severity" NOT NULL,
  	"status" "enum_incidents_status" DEFAULT 'open' NOT NULL,
  	"owner_id" integer,
  	"department_id" integer,
  	"summary" varchar,
  	"opened_at" timestamp(3) with time zone,
  	"clock_started_at" timestamp(3) with time zone,
  	"response_due_at" timestamp(3) with time zone,
  	"responded_at" timestamp(3) with time zone,
  	"closing_review" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incidents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"patient_stories_id" integer
  );
  
  CREATE TABLE "opinion_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"response_hours_general" numeric DEFAULT 24,
  	"response_hours_major" numeric DEFAULT 12,
  	"response_hours_critical" numeric DEFAULT 4,
  	"remind_fraction" numeric DEFAULT 0.75,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "mentions" ADD COLUMN "incident_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "incidents_id" integer;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_patient_stories_fk" FOREIGN KEY ("patient_stories_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "incidents_severity_idx" ON "incidents" USING btree ("severity");
  CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");
  CREATE INDEX "incidents_owner_idx" ON "incidents" USING btree ("owner_id");
  CREATE INDEX "incidents_department_idx" ON "incidents" USING btree ("department_id");
  CREATE INDEX "incidents_opened_at_idx" ON "incidents" USING btree ("opened_at");
  CREATE INDEX "incidents_response_due_at_idx" ON "incidents" USING btree ("response_due_at");
  CREATE INDEX "incidents_updated_at_idx" ON "incidents" USING btree ("updated_at");
  CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");
  CREATE INDEX "incidents_rels_order_idx" ON "incidents_rels" USING btree ("order");
  CREATE INDEX "incidents_rels_parent_idx" ON "incidents_rels" USING btree ("parent_id");
  CREATE INDEX "incidents_rels_path_idx" ON "incidents_rels" USING btree ("path");
  CREATE INDEX "incidents_rels_articles_id_idx" ON "incidents_rels" USING btree ("articles_id");
  CREATE INDEX "incidents_rels_patient_stories_id_idx" ON "incidents_rels" USING btree ("patient_stories_id");
  ALTER TABLE "mentions" ADD CONSTRAINT "mentions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incidents_fk" FOREIGN KEY ("incidents_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "mentions_incident_idx" ON "mentions" USING btree ("incident_id");
  CREATE INDEX "payload_locked_documents_rels_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("incidents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "incidents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "incidents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opinion_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "incidents_rels" CASCADE;
  DROP TABLE "opinion_settings" CASCADE;
  ALTER TABLE "mentions" DROP CONSTRAINT "mentions_incident_id_incidents_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_incidents_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures', 'notifySubmitter', 'reviewDeadlines');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews', 'deliverDistribution', 'planningReminders', 'proposeErasures', 'notifySubmitter', 'reviewDeadlines');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "mentions_incident_idx";
  DROP INDEX "payload_locked_documents_rels_incidents_id_idx";
  ALTER TABLE "mentions" DROP COLUMN "incident_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "incidents_id";
  DROP TYPE "public"."enum_incidents_severity";
  DROP TYPE "public"."enum_incidents_status";`)
}
