import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channels_delivery_adapter" AS ENUM('webhook', 's3', 'outbox');
  CREATE TYPE "public"."enum_distributions_attempts_outcome" AS ENUM('delivered', 'retry', 'failed', 'disabled', 'deferred');
  CREATE TYPE "public"."enum_distributions_content_collection" AS ENUM('articles', 'patient-stories');
  CREATE TYPE "public"."enum_distributions_status" AS ENUM('scheduled', 'delivering', 'delivered', 'failed', 'cancelled', 'retracted');
  CREATE TYPE "public"."enum_distributions_event" AS ENUM('content.published', 'content.retracted');
  CREATE TYPE "public"."enum_planning_reminders_status" AS ENUM('open', 'done');
  CREATE TYPE "public"."enum_users_api_scopes" AS ENUM('metrics-write');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverDistribution';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'planningReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverDistribution';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'planningReminders';
  CREATE TABLE "distributions_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"outcome" "enum_distributions_attempts_outcome" NOT NULL,
  	"http_status" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"worker" varchar
  );
  
  CREATE TABLE "distributions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"content_collection" "enum_distributions_content_collection" NOT NULL,
  	"content_id" varchar NOT NULL,
  	"version_hash" varchar,
  	"channel_id" integer NOT NULL,
  	"campaign_id" integer,
  	"scheduled_at" timestamp(3) with time zone NOT NULL,
  	"title" varchar,
  	"status" "enum_distributions_status" DEFAULT 'scheduled' NOT NULL,
  	"event" "enum_distributions_event" DEFAULT 'content.published' NOT NULL,
  	"retraction_of_id" integer,
  	"message_id" varchar,
  	"next_attempt_at" timestamp(3) with time zone,
  	"lease_owner" varchar,
  	"lease_expires_at" timestamp(3) with time zone,
  	"attempt_count" numeric DEFAULT 0,
  	"delivered_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"cancel_reason" varchar,
  	"retract_pending" boolean DEFAULT false,
  	"created_by_id" integer,
  	"rendered_content_type" varchar,
  	"rendered_ext" varchar,
  	"rendered_body" varchar,
  	"rendered_object_key" varchar,
  	"rendered_date" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channel_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"distribution_id" integer NOT NULL,
  	"date" varchar NOT NULL,
  	"channel_id" integer,
  	"campaign_id" integer,
  	"kol_partner_id" integer,
  	"content_collection" varchar,
  	"content_id" varchar,
  	"views" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"comments" numeric DEFAULT 0,
  	"shares" numeric DEFAULT 0,
  	"saves" numeric DEFAULT 0,
  	"clicks" numeric DEFAULT 0,
  	"conversions" numeric DEFAULT 0,
  	"sentiment_positive" numeric DEFAULT 0,
  	"sentiment_neutral" numeric DEFAULT 0,
  	"sentiment_negative" numeric DEFAULT 0,
  	"received_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "planning_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"observance_date" timestamp(3) with time zone NOT NULL,
  	"days_before" numeric NOT NULL,
  	"message" varchar NOT NULL,
  	"status" "enum_planning_reminders_status" DEFAULT 'open' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_api_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_api_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "channels" ADD COLUMN "delivery_adapter" "enum_channels_delivery_adapter" DEFAULT 'outbox' NOT NULL;
  ALTER TABLE "channels" ADD COLUMN "delivery_url" varchar;
  ALTER TABLE "channels" ADD COLUMN "delivery_secret" varchar;
  ALTER TABLE "channels" ADD COLUMN "delivery_previous_secret" varchar;
  ALTER TABLE "channels" ADD COLUMN "delivery_previous_secret_expires_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "delivery_secret_hint" varchar;
  ALTER TABLE "channels" ADD COLUMN "delivery_prefix" varchar;
  ALTER TABLE "channels" ADD COLUMN "delivery_disabled_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "delivery_disabled_reason" varchar;
  ALTER TABLE "channels" ADD COLUMN "limits" jsonb;
  ALTER TABLE "channels" ADD COLUMN "utm_medium" varchar;
  ALTER TABLE "channels" ADD COLUMN "sms_signature" varchar;
  ALTER TABLE "channels" ADD COLUMN "sms_opt_out" varchar DEFAULT '拒收请回复R';
  ALTER TABLE "channels" ADD COLUMN "sms_marketing" boolean DEFAULT true;
  ALTER TABLE "channels" ADD COLUMN "sms_timezone" varchar DEFAULT 'Asia/Shanghai';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "distributions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "channel_metrics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "planning_reminders_id" integer;
  ALTER TABLE "distributions_attempts" ADD CONSTRAINT "distributions_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_retraction_of_id_distributions_id_fk" FOREIGN KEY ("retraction_of_id") REFERENCES "public"."distributions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_metrics" ADD CONSTRAINT "channel_metrics_distribution_id_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."distributions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_metrics" ADD CONSTRAINT "channel_metrics_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_metrics" ADD CONSTRAINT "channel_metrics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_metrics" ADD CONSTRAINT "channel_metrics_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "planning_reminders" ADD CONSTRAINT "planning_reminders_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_api_scopes" ADD CONSTRAINT "users_api_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "distributions_attempts_order_idx" ON "distributions_attempts" USING btree ("_order");
  CREATE INDEX "distributions_attempts_parent_id_idx" ON "distributions_attempts" USING btree ("_parent_id");
  CREATE INDEX "distributions_content_collection_idx" ON "distributions" USING btree ("content_collection");
  CREATE INDEX "distributions_content_id_idx" ON "distributions" USING btree ("content_id");
  CREATE INDEX "distributions_version_hash_idx" ON "distributions" USING btree ("version_hash");
  CREATE INDEX "distributions_channel_idx" ON "distributions" USING btree ("channel_id");
  CREATE INDEX "distributions_campaign_idx" ON "distributions" USING btree ("campaign_id");
  CREATE INDEX "distributions_scheduled_at_idx" ON "distributions" USING btree ("scheduled_at");
  CREATE INDEX "distributions_status_idx" ON "distributions" USING btree ("status");
  CREATE INDEX "distributions_event_idx" ON "distributions" USING btree ("event");
  CREATE INDEX "distributions_retraction_of_idx" ON "distributions" USING btree ("retraction_of_id");
  CREATE UNIQUE INDEX "distributions_message_id_idx" ON "distributions" USING btree ("message_id");
  CREATE INDEX "distributions_next_attempt_at_idx" ON "distributions" USING btree ("next_attempt_at");
  CREATE INDEX "distributions_lease_expires_at_idx" ON "distributions" USING btree ("lease_expires_at");
  CREATE INDEX "distributions_delivered_at_idx" ON "distributions" USING btree ("delivered_at");
  CREATE INDEX "distributions_created_by_idx" ON "distributions" USING btree ("created_by_id");
  CREATE INDEX "distributions_updated_at_idx" ON "distributions" USING btree ("updated_at");
  CREATE INDEX "distributions_created_at_idx" ON "distributions" USING btree ("created_at");
  CREATE UNIQUE INDEX "channel_metrics_key_idx" ON "channel_metrics" USING btree ("key");
  CREATE INDEX "channel_metrics_distribution_idx" ON "channel_metrics" USING btree ("distribution_id");
  CREATE INDEX "channel_metrics_date_idx" ON "channel_metrics" USING btree ("date");
  CREATE INDEX "channel_metrics_channel_idx" ON "channel_metrics" USING btree ("channel_id");
  CREATE INDEX "channel_metrics_campaign_idx" ON "channel_metrics" USING btree ("campaign_id");
  CREATE INDEX "channel_metrics_kol_partner_idx" ON "channel_metrics" USING btree ("kol_partner_id");
  CREATE INDEX "channel_metrics_content_collection_idx" ON "channel_metrics" USING btree ("content_collection");
  CREATE INDEX "channel_metrics_content_id_idx" ON "channel_metrics" USING btree ("content_id");
  CREATE INDEX "channel_metrics_updated_at_idx" ON "channel_metrics" USING btree ("updated_at");
  CREATE INDEX "channel_metrics_created_at_idx" ON "channel_metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "planning_reminders_key_idx" ON "planning_reminders" USING btree ("key");
  CREATE INDEX "planning_reminders_campaign_idx" ON "planning_reminders" USING btree ("campaign_id");
  CREATE INDEX "planning_reminders_observance_date_idx" ON "planning_reminders" USING btree ("observance_date");
  CREATE INDEX "planning_reminders_status_idx" ON "planning_reminders" USING btree ("status");
  CREATE INDEX "planning_reminders_updated_at_idx" ON "planning_reminders" USING btree ("updated_at");
  CREATE INDEX "planning_reminders_created_at_idx" ON "planning_reminders" USING btree ("created_at");
  CREATE INDEX "users_api_scopes_order_idx" ON "users_api_scopes" USING btree ("order");
  CREATE INDEX "users_api_scopes_parent_idx" ON "users_api_scopes" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_distributions_fk" FOREIGN KEY ("distributions_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channel_metrics_fk" FOREIGN KEY ("channel_metrics_id") REFERENCES "public"."channel_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_planning_reminders_fk" FOREIGN KEY ("planning_reminders_id") REFERENCES "public"."planning_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_distributions_id_idx" ON "payload_locked_documents_rels" USING btree ("distributions_id");
  CREATE INDEX "payload_locked_documents_rels_channel_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("channel_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_planning_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("planning_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "distributions_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channel_metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "planning_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_api_scopes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "distributions_attempts" CASCADE;
  DROP TABLE "distributions" CASCADE;
  DROP TABLE "channel_metrics" CASCADE;
  DROP TABLE "planning_reminders" CASCADE;
  DROP TABLE "users_api_scopes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_distributions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_channel_metrics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_planning_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireConsents', 'expireReviews');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_distributions_id_idx";
  DROP INDEX "payload_locked_documents_rels_channel_metrics_id_idx";
  DROP INDEX "payload_locked_documents_rels_planning_reminders_id_idx";
  ALTER TABLE "channels" DROP COLUMN "delivery_adapter";
  ALTER TABLE "channels" DROP COLUMN "delivery_url";
  ALTER TABLE "channels" DROP COLUMN "delivery_secret";
  ALTER TABLE "channels" DROP COLUMN "delivery_previous_secret";
  ALTER TABLE "channels" DROP COLUMN "delivery_previous_secret_expires_at";
  ALTER TABLE "channels" DROP COLUMN "delivery_secret_hint";
  ALTER TABLE "channels" DROP COLUMN "delivery_prefix";
  ALTER TABLE "channels" DROP COLUMN "delivery_disabled_at";
  ALTER TABLE "channels" DROP COLUMN "delivery_disabled_reason";
  ALTER TABLE "channels" DROP COLUMN "limits";
  ALTER TABLE "channels" DROP COLUMN "utm_medium";
  ALTER TABLE "channels" DROP COLUMN "sms_signature";
  ALTER TABLE "channels" DROP COLUMN "sms_opt_out";
  ALTER TABLE "channels" DROP COLUMN "sms_marketing";
  ALTER TABLE "channels" DROP COLUMN "sms_timezone";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "distributions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "channel_metrics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "planning_reminders_id";
  DROP TYPE "public"."enum_channels_delivery_adapter";
  DROP TYPE "public"."enum_distributions_attempts_outcome";
  DROP TYPE "public"."enum_distributions_content_collection";
  DROP TYPE "public"."enum_distributions_status";
  DROP TYPE "public"."enum_distributions_event";
  DROP TYPE "public"."enum_planning_reminders_status";
  DROP TYPE "public"."enum_users_api_scopes";`)
}
