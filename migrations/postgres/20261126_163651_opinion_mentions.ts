import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_mentions_platform" AS ENUM('weibo', 'wechat', 'douyin', 'xiaohongshu', 'zhihu', 'news', 'forum', 'other');
  CREATE TYPE "public"."enum_mentions_sentiment" AS ENUM('negative', 'neutral', 'positive');
  CREATE TYPE "public"."enum_mentions_suggested_severity" AS ENUM('general', 'major', 'critical');
  CREATE TYPE "public"."enum_monitoring_rules_severity_floor" AS ENUM('general', 'major', 'critical');
  ALTER TYPE "public"."enum_users_api_scopes" ADD VALUE 'mentions-write';
  CREATE TABLE "mentions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_mentions_platform" NOT NULL,
  	"source_id" varchar NOT NULL,
  	"source_key" varchar,
  	"url" varchar,
  	"author" varchar,
  	"text" varchar NOT NULL,
  	"posted_at" timestamp(3) with time zone NOT NULL,
  	"engagement_likes" numeric DEFAULT 0,
  	"engagement_comments" numeric DEFAULT 0,
  	"engagement_shares" numeric DEFAULT 0,
  	"engagement_plays" numeric DEFAULT 0,
  	"relevant" boolean,
  	"sentiment" "enum_mentions_sentiment",
  	"suggested_severity" "enum_mentions_suggested_severity",
  	"matched_rules" jsonb,
  	"linked_content" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monitoring_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"exclude" boolean DEFAULT false,
  	"severity_floor" "enum_monitoring_rules_severity_floor",
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monitoring_rules_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mentions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monitoring_rules_id" integer;
  ALTER TABLE "monitoring_rules_texts" ADD CONSTRAINT "monitoring_rules_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monitoring_rules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "mentions_source_key_idx" ON "mentions" USING btree ("source_key");
  CREATE INDEX "mentions_posted_at_idx" ON "mentions" USING btree ("posted_at");
  CREATE INDEX "mentions_relevant_idx" ON "mentions" USING btree ("relevant");
  CREATE INDEX "mentions_sentiment_idx" ON "mentions" USING btree ("sentiment");
  CREATE INDEX "mentions_suggested_severity_idx" ON "mentions" USING btree ("suggested_severity");
  CREATE INDEX "mentions_updated_at_idx" ON "mentions" USING btree ("updated_at");
  CREATE INDEX "mentions_created_at_idx" ON "mentions" USING btree ("created_at");
  CREATE INDEX "monitoring_rules_enabled_idx" ON "monitoring_rules" USING btree ("enabled");
  CREATE INDEX "monitoring_rules_updated_at_idx" ON "monitoring_rules" USING btree ("updated_at");
  CREATE INDEX "monitoring_rules_created_at_idx" ON "monitoring_rules" USING btree ("created_at");
  CREATE INDEX "monitoring_rules_texts_order_parent" ON "monitoring_rules_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mentions_fk" FOREIGN KEY ("mentions_id") REFERENCES "public"."mentions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitoring_rules_fk" FOREIGN KEY ("monitoring_rules_id") REFERENCES "public"."monitoring_rules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mentions_id_idx" ON "payload_locked_documents_rels" USING btree ("mentions_id");
  CREATE INDEX "payload_locked_documents_rels_monitoring_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("monitoring_rules_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mentions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_rules_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mentions" CASCADE;
  DROP TABLE "monitoring_rules" CASCADE;
  DROP TABLE "monitoring_rules_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mentions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monitoring_rules_fk";
  
  ALTER TABLE "users_api_scopes" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_api_scopes";
  CREATE TYPE "public"."enum_users_api_scopes" AS ENUM('metrics-write', 'drafts-read');
  ALTER TABLE "users_api_scopes" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_api_scopes" USING "value"::"public"."enum_users_api_scopes";
  DROP INDEX "payload_locked_documents_rels_mentions_id_idx";
  DROP INDEX "payload_locked_documents_rels_monitoring_rules_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mentions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monitoring_rules_id";
  DROP TYPE "public"."enum_mentions_platform";
  DROP TYPE "public"."enum_mentions_sentiment";
  DROP TYPE "public"."enum_mentions_suggested_severity";
  DROP TYPE "public"."enum_monitoring_rules_severity_floor";`)
}
