import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_business_events_kind" AS ENUM('appointment', 'consultation', 'sign-up');
  CREATE TYPE "public"."enum_business_events_attribution" AS ENUM('distribution', 'utm-content', 'utm-campaign', 'none');
  CREATE TYPE "public"."enum_social_indicators_indicator" AS ENUM('screening-uptake', 'vaccination-uptake', 'quiz-score', 'volunteer-hours');
  CREATE TABLE "account_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"account" varchar NOT NULL,
  	"date" varchar NOT NULL,
  	"channel_id" integer,
  	"doctor_id" integer,
  	"followers" numeric DEFAULT 0,
  	"follower_growth" numeric DEFAULT 0,
  	"brand_search_volume" numeric DEFAULT 0,
  	"mentions" numeric DEFAULT 0,
  	"category_mentions" numeric DEFAULT 0,
  	"sentiment_positive" numeric DEFAULT 0,
  	"sentiment_neutral" numeric DEFAULT 0,
  	"sentiment_negative" numeric DEFAULT 0,
  	"nps_promoters" numeric DEFAULT 0,
  	"nps_passives" numeric DEFAULT 0,
  	"nps_detractors" numeric DEFAULT 0,
  	"received_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "business_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"event_id" varchar,
  	"kind" "enum_business_events_kind" NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"date" varchar,
  	"attribution" "enum_business_events_attribution" NOT NULL,
  	"campaign_id" integer,
  	"distribution_id" integer,
  	"channel_id" integer,
  	"kol_partner_id" integer,
  	"content_collection" varchar,
  	"content_id" varchar,
  	"utm_source" varchar,
  	"utm_medium" varchar,
  	"utm_campaign" varchar,
  	"utm_content" varchar,
  	"utm_term" varchar,
  	"landing_page" varchar,
  	"received_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"indicator" "enum_social_indicators_indicator" NOT NULL,
  	"date" varchar NOT NULL,
  	"community" varchar,
  	"label" varchar,
  	"baseline" numeric,
  	"value" numeric NOT NULL,
  	"sample_size" numeric,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_impressions" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_shares" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_engagement_rate" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_follower_growth" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_brand_search_volume" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_mention_share" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_positive_share" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_nps" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_appointments" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_consultations" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_sign_ups" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_screening_uptake" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_vaccination_uptake" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_quiz_score" numeric;
  ALTER TABLE "campaigns" ADD COLUMN "kpi_targets_volunteer_hours" numeric;
  ALTER TABLE "channel_metrics" ADD COLUMN "impressions" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_metrics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "business_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_indicators_id" integer;
  ALTER TABLE "account_metrics" ADD CONSTRAINT "account_metrics_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_metrics" ADD CONSTRAINT "account_metrics_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_events" ADD CONSTRAINT "business_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_events" ADD CONSTRAINT "business_events_distribution_id_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."distributions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_events" ADD CONSTRAINT "business_events_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "business_events" ADD CONSTRAINT "business_events_kol_partner_id_kol_partners_id_fk" FOREIGN KEY ("kol_partner_id") REFERENCES "public"."kol_partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_indicators" ADD CONSTRAINT "social_indicators_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "account_metrics_key_idx" ON "account_metrics" USING btree ("key");
  CREATE INDEX "account_metrics_account_idx" ON "account_metrics" USING btree ("account");
  CREATE INDEX "account_metrics_date_idx" ON "account_metrics" USING btree ("date");
  CREATE INDEX "account_metrics_channel_idx" ON "account_metrics" USING btree ("channel_id");
  CREATE INDEX "account_metrics_doctor_idx" ON "account_metrics" USING btree ("doctor_id");
  CREATE INDEX "account_metrics_updated_at_idx" ON "account_metrics" USING btree ("updated_at");
  CREATE INDEX "account_metrics_created_at_idx" ON "account_metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "business_events_key_idx" ON "business_events" USING btree ("key");
  CREATE INDEX "business_events_kind_idx" ON "business_events" USING btree ("kind");
  CREATE INDEX "business_events_date_idx" ON "business_events" USING btree ("date");
  CREATE INDEX "business_events_attribution_idx" ON "business_events" USING btree ("attribution");
  CREATE INDEX "business_events_campaign_idx" ON "business_events" USING btree ("campaign_id");
  CREATE INDEX "business_events_distribution_idx" ON "business_events" USING btree ("distribution_id");
  CREATE INDEX "business_events_channel_idx" ON "business_events" USING btree ("channel_id");
  CREATE INDEX "business_events_kol_partner_idx" ON "business_events" USING btree ("kol_partner_id");
  CREATE INDEX "business_events_content_collection_idx" ON "business_events" USING btree ("content_collection");
  CREATE INDEX "business_events_content_id_idx" ON "business_events" USING btree ("content_id");
  CREATE INDEX "business_events_updated_at_idx" ON "business_events" USING btree ("updated_at");
  CREATE INDEX "business_events_created_at_idx" ON "business_events" USING btree ("created_at");
  CREATE INDEX "social_indicators_campaign_idx" ON "social_indicators" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "social_indicators_key_idx" ON "social_indicators" USING btree ("key");
  CREATE INDEX "social_indicators_updated_at_idx" ON "social_indicators" USING btree ("updated_at");
  CREATE INDEX "social_indicators_created_at_idx" ON "social_indicators" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_metrics_fk" FOREIGN KEY ("account_metrics_id") REFERENCES "public"."account_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_business_events_fk" FOREIGN KEY ("business_events_id") REFERENCES "public"."business_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_indicators_fk" FOREIGN KEY ("social_indicators_id") REFERENCES "public"."social_indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_account_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("account_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_business_events_id_idx" ON "payload_locked_documents_rels" USING btree ("business_events_id");
  CREATE INDEX "payload_locked_documents_rels_social_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("social_indicators_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "account_metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "business_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_indicators" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "account_metrics" CASCADE;
  DROP TABLE "business_events" CASCADE;
  DROP TABLE "social_indicators" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_metrics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_business_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_social_indicators_fk";
  
  DROP INDEX "payload_locked_documents_rels_account_metrics_id_idx";
  DROP INDEX "payload_locked_documents_rels_business_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_social_indicators_id_idx";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_impressions";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_shares";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_engagement_rate";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_follower_growth";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_brand_search_volume";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_mention_share";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_positive_share";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_nps";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_appointments";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_consultations";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_sign_ups";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_screening_uptake";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_vaccination_uptake";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_quiz_score";
  ALTER TABLE "campaigns" DROP COLUMN "kpi_targets_volunteer_hours";
  ALTER TABLE "channel_metrics" DROP COLUMN "impressions";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_metrics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "business_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_indicators_id";
  DROP TYPE "public"."enum_business_events_kind";
  DROP TYPE "public"."enum_business_events_attribution";
  DROP TYPE "public"."enum_social_indicators_indicator";`)
}
