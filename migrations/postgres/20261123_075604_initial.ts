import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh-CN', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_articles_layer" AS ENUM('what', 'howto', 'story');
  CREATE TYPE "public"."enum_articles_format" AS ENUM('graphic', 'long-image', 'video-script', 'live');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_layer" AS ENUM('what', 'howto', 'story');
  CREATE TYPE "public"."enum__articles_v_version_format" AS ENUM('graphic', 'long-image', 'video-script', 'live');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('zh-CN', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_patient_stories_intended_channels" AS ENUM('wechat-article', 'wechat-channels', 'weibo', 'douyin', 'xiaohongshu', 'sms', 'email', 'website', 'webhook');
  CREATE TYPE "public"."enum_patient_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__patient_stories_v_version_intended_channels" AS ENUM('wechat-article', 'wechat-channels', 'weibo', 'douyin', 'xiaohongshu', 'sms', 'email', 'website', 'webhook');
  CREATE TYPE "public"."enum__patient_stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__patient_stories_v_published_locale" AS ENUM('zh-CN', 'zh-TW', 'en');
  CREATE TYPE "public"."enum_consents_allowed_channels" AS ENUM('wechat-article', 'wechat-channels', 'weibo', 'douyin', 'xiaohongshu', 'sms', 'email', 'website', 'webhook');
  CREATE TYPE "public"."enum_consents_purposes" AS ENUM('health-education', 'publicity', 'social-media', 'academic', 'sensitive-health-info');
  CREATE TYPE "public"."enum_consents_status" AS ENUM('active', 'revoked', 'expired');
  CREATE TYPE "public"."enum_campaigns_kind" AS ENUM('observance', 'challenge', 'live', 'charity', 'discussion');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planning', 'active', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_kol_partners_platforms_platform" AS ENUM('wechat', 'weibo', 'douyin', 'xiaohongshu', 'bilibili', 'website');
  CREATE TYPE "public"."enum_kol_partners_kind" AS ENUM('medical-expert', 'influencer', 'community-koc', 'media', 'ngo');
  CREATE TYPE "public"."enum_kol_partners_status" AS ENUM('active', 'paused', 'ended');
  CREATE TYPE "public"."enum_channels_kind" AS ENUM('wechat-article', 'wechat-channels', 'weibo', 'douyin', 'xiaohongshu', 'sms', 'email', 'website', 'webhook');
  CREATE TYPE "public"."enum_audiences_lifecycle_stage" AS ENUM('pregnancy', 'infant', 'child', 'adolescent', 'adult', 'older-adult');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'medical-reviewer', 'privacy-officer', 'compliance-reviewer', 'publisher', 'analyst', 'api-client');
  CREATE TYPE "public"."enum_users_qualifications" AS ENUM('department-head', 'clinician', 'public-health');
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"source" varchar,
  	"url" varchar,
  	"guideline" varchar,
  	"accessed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"layer" "enum_articles_layer" DEFAULT 'what',
  	"format" "enum_articles_format" DEFAULT 'graphic',
  	"cover_id" integer,
  	"department_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"audiences_id" integer,
  	"doctors_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"source" varchar,
  	"url" varchar,
  	"guideline" varchar,
  	"accessed_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_layer" "enum__articles_v_version_layer" DEFAULT 'what',
  	"version_format" "enum__articles_v_version_format" DEFAULT 'graphic',
  	"version_cover_id" integer,
  	"version_department_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"audiences_id" integer,
  	"doctors_id" integer
  );
  
  CREATE TABLE "patient_stories_intended_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_patient_stories_intended_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "patient_stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"pseudonym" varchar,
  	"department_id" integer,
  	"consent_id" integer,
  	"deidentification_face_blurred" boolean DEFAULT false,
  	"deidentification_name_replaced" boolean DEFAULT false,
  	"deidentification_identifiers_removed" boolean DEFAULT false,
  	"deidentification_location_generalised" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_patient_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "patient_stories_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "patient_stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_patient_stories_v_version_intended_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__patient_stories_v_version_intended_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_patient_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_pseudonym" varchar,
  	"version_department_id" integer,
  	"version_consent_id" integer,
  	"version_deidentification_face_blurred" boolean DEFAULT false,
  	"version_deidentification_name_replaced" boolean DEFAULT false,
  	"version_deidentification_identifiers_removed" boolean DEFAULT false,
  	"version_deidentification_location_generalised" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__patient_stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__patient_stories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_patient_stories_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_patient_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "consents_allowed_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_consents_allowed_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "consents_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_consents_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"patient_name" varchar NOT NULL,
  	"patient_contact" varchar,
  	"patient_age_years" numeric NOT NULL,
  	"guardian_name" varchar,
  	"guardian_relationship" varchar,
  	"document_id" integer,
  	"sensitive_purpose_statement" varchar,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"status" "enum_consents_status" DEFAULT 'active' NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"revocation_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consent_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"prefix" varchar DEFAULT 'consent-documents',
  	"_objectkey" varchar,
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
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_campaigns_kind" NOT NULL,
  	"observance" varchar,
  	"observance_date" timestamp(3) with time zone,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone NOT NULL,
  	"kpi_targets_reach" numeric,
  	"kpi_targets_interactions" numeric,
  	"kpi_targets_conversions" numeric,
  	"budget" numeric,
  	"status" "enum_campaigns_status" DEFAULT 'planning' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer,
  	"channels_id" integer,
  	"articles_id" integer,
  	"patient_stories_id" integer,
  	"kol_partners_id" integer
  );
  
  CREATE TABLE "kol_partners_platforms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_kol_partners_platforms_platform" NOT NULL,
  	"handle" varchar NOT NULL,
  	"followers" numeric
  );
  
  CREATE TABLE "kol_partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_kol_partners_kind" NOT NULL,
  	"credential_number" varchar,
  	"credential_verified" boolean DEFAULT false,
  	"contract_start" timestamp(3) with time zone,
  	"contract_end" timestamp(3) with time zone,
  	"paid" boolean DEFAULT false,
  	"disclosure" varchar,
  	"conflict_of_interest" varchar,
  	"status" "enum_kol_partners_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kol_partners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_channels_kind" NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wechat_cover_url" varchar,
  	"sizes_wechat_cover_width" numeric,
  	"sizes_wechat_cover_height" numeric,
  	"sizes_wechat_cover_mime_type" varchar,
  	"sizes_wechat_cover_filesize" numeric,
  	"sizes_wechat_cover_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar,
  	"sizes_portrait_url" varchar,
  	"sizes_portrait_width" numeric,
  	"sizes_portrait_height" numeric,
  	"sizes_portrait_mime_type" varchar,
  	"sizes_portrait_filesize" numeric,
  	"sizes_portrait_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"head_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"dual_expert_review" boolean DEFAULT false,
  	"re_review_months" numeric DEFAULT 12 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audiences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"lifecycle_stage" "enum_audiences_lifecycle_stage" NOT NULL,
  	"child_age_months_min" numeric,
  	"child_age_months_max" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audiences_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "doctors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"photo_id" integer,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "doctors_locales" (
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"specialty" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_qualifications" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_qualifications",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"patient_stories_id" integer,
  	"consents_id" integer,
  	"consent_documents_id" integer,
  	"campaigns_id" integer,
  	"kol_partners_id" integer,
  	"channels_id" integer,
  	"media_id" integer,
  	"departments_id" integer,
  	"topics_id" integer,
  	"audiences_id" integer,
  	"doctors_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_doctors_fk" FOREIGN KEY ("doctors_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_doctors_fk" FOREIGN KEY ("doctors_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories_intended_channels" ADD CONSTRAINT "patient_stories_intended_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories_locales" ADD CONSTRAINT "patient_stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories_rels" ADD CONSTRAINT "patient_stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories_rels" ADD CONSTRAINT "patient_stories_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories_rels" ADD CONSTRAINT "patient_stories_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patient_stories_v_version_intended_channels" ADD CONSTRAINT "_patient_stories_v_version_intended_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_patient_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_parent_id_patient_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."patient_stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_consent_id_consents_id_fk" FOREIGN KEY ("version_consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v_locales" ADD CONSTRAINT "_patient_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_patient_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patient_stories_v_rels" ADD CONSTRAINT "_patient_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_patient_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patient_stories_v_rels" ADD CONSTRAINT "_patient_stories_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patient_stories_v_rels" ADD CONSTRAINT "_patient_stories_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consents_allowed_channels" ADD CONSTRAINT "consents_allowed_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consents_purposes" ADD CONSTRAINT "consents_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consents" ADD CONSTRAINT "consents_document_id_consent_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_patient_stories_fk" FOREIGN KEY ("patient_stories_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_kol_partners_fk" FOREIGN KEY ("kol_partners_id") REFERENCES "public"."kol_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kol_partners_platforms" ADD CONSTRAINT "kol_partners_platforms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kol_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kol_partners_rels" ADD CONSTRAINT "kol_partners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kol_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kol_partners_rels" ADD CONSTRAINT "kol_partners_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_head_id_users_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments_locales" ADD CONSTRAINT "departments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audiences_locales" ADD CONSTRAINT "audiences_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "doctors" ADD CONSTRAINT "doctors_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "doctors" ADD CONSTRAINT "doctors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "doctors" ADD CONSTRAINT "doctors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "doctors_locales" ADD CONSTRAINT "doctors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_qualifications" ADD CONSTRAINT "users_qualifications_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patient_stories_fk" FOREIGN KEY ("patient_stories_id") REFERENCES "public"."patient_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consents_fk" FOREIGN KEY ("consents_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_documents_fk" FOREIGN KEY ("consent_documents_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kol_partners_fk" FOREIGN KEY ("kol_partners_id") REFERENCES "public"."kol_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_doctors_fk" FOREIGN KEY ("doctors_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_layer_idx" ON "articles" USING btree ("layer");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_department_idx" ON "articles" USING btree ("department_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_audiences_id_idx" ON "articles_rels" USING btree ("audiences_id");
  CREATE INDEX "articles_rels_doctors_id_idx" ON "articles_rels" USING btree ("doctors_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_layer_idx" ON "_articles_v" USING btree ("version_layer");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_department_idx" ON "_articles_v" USING btree ("version_department_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_audiences_id_idx" ON "_articles_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_articles_v_rels_doctors_id_idx" ON "_articles_v_rels" USING btree ("doctors_id");
  CREATE INDEX "patient_stories_intended_channels_order_idx" ON "patient_stories_intended_channels" USING btree ("order");
  CREATE INDEX "patient_stories_intended_channels_parent_idx" ON "patient_stories_intended_channels" USING btree ("parent_id");
  CREATE INDEX "patient_stories_department_idx" ON "patient_stories" USING btree ("department_id");
  CREATE INDEX "patient_stories_consent_idx" ON "patient_stories" USING btree ("consent_id");
  CREATE INDEX "patient_stories_published_at_idx" ON "patient_stories" USING btree ("published_at");
  CREATE INDEX "patient_stories_updated_at_idx" ON "patient_stories" USING btree ("updated_at");
  CREATE INDEX "patient_stories_created_at_idx" ON "patient_stories" USING btree ("created_at");
  CREATE INDEX "patient_stories__status_idx" ON "patient_stories" USING btree ("_status");
  CREATE UNIQUE INDEX "patient_stories_locales_locale_parent_id_unique" ON "patient_stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "patient_stories_rels_order_idx" ON "patient_stories_rels" USING btree ("order");
  CREATE INDEX "patient_stories_rels_parent_idx" ON "patient_stories_rels" USING btree ("parent_id");
  CREATE INDEX "patient_stories_rels_path_idx" ON "patient_stories_rels" USING btree ("path");
  CREATE INDEX "patient_stories_rels_topics_id_idx" ON "patient_stories_rels" USING btree ("topics_id");
  CREATE INDEX "patient_stories_rels_media_id_idx" ON "patient_stories_rels" USING btree ("media_id");
  CREATE INDEX "_patient_stories_v_version_intended_channels_order_idx" ON "_patient_stories_v_version_intended_channels" USING btree ("order");
  CREATE INDEX "_patient_stories_v_version_intended_channels_parent_idx" ON "_patient_stories_v_version_intended_channels" USING btree ("parent_id");
  CREATE INDEX "_patient_stories_v_parent_idx" ON "_patient_stories_v" USING btree ("parent_id");
  CREATE INDEX "_patient_stories_v_version_version_department_idx" ON "_patient_stories_v" USING btree ("version_department_id");
  CREATE INDEX "_patient_stories_v_version_version_consent_idx" ON "_patient_stories_v" USING btree ("version_consent_id");
  CREATE INDEX "_patient_stories_v_version_version_published_at_idx" ON "_patient_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_patient_stories_v_version_version_updated_at_idx" ON "_patient_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_patient_stories_v_version_version_created_at_idx" ON "_patient_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_patient_stories_v_version_version__status_idx" ON "_patient_stories_v" USING btree ("version__status");
  CREATE INDEX "_patient_stories_v_created_at_idx" ON "_patient_stories_v" USING btree ("created_at");
  CREATE INDEX "_patient_stories_v_updated_at_idx" ON "_patient_stories_v" USING btree ("updated_at");
  CREATE INDEX "_patient_stories_v_snapshot_idx" ON "_patient_stories_v" USING btree ("snapshot");
  CREATE INDEX "_patient_stories_v_published_locale_idx" ON "_patient_stories_v" USING btree ("published_locale");
  CREATE INDEX "_patient_stories_v_latest_idx" ON "_patient_stories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_patient_stories_v_locales_locale_parent_id_unique" ON "_patient_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_patient_stories_v_rels_order_idx" ON "_patient_stories_v_rels" USING btree ("order");
  CREATE INDEX "_patient_stories_v_rels_parent_idx" ON "_patient_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_patient_stories_v_rels_path_idx" ON "_patient_stories_v_rels" USING btree ("path");
  CREATE INDEX "_patient_stories_v_rels_topics_id_idx" ON "_patient_stories_v_rels" USING btree ("topics_id");
  CREATE INDEX "_patient_stories_v_rels_media_id_idx" ON "_patient_stories_v_rels" USING btree ("media_id");
  CREATE INDEX "consents_allowed_channels_order_idx" ON "consents_allowed_channels" USING btree ("order");
  CREATE INDEX "consents_allowed_channels_parent_idx" ON "consents_allowed_channels" USING btree ("parent_id");
  CREATE INDEX "consents_purposes_order_idx" ON "consents_purposes" USING btree ("order");
  CREATE INDEX "consents_purposes_parent_idx" ON "consents_purposes" USING btree ("parent_id");
  CREATE UNIQUE INDEX "consents_reference_idx" ON "consents" USING btree ("reference");
  CREATE INDEX "consents_document_idx" ON "consents" USING btree ("document_id");
  CREATE INDEX "consents_valid_from_idx" ON "consents" USING btree ("valid_from");
  CREATE INDEX "consents_valid_until_idx" ON "consents" USING btree ("valid_until");
  CREATE INDEX "consents_status_idx" ON "consents" USING btree ("status");
  CREATE INDEX "consents_updated_at_idx" ON "consents" USING btree ("updated_at");
  CREATE INDEX "consents_created_at_idx" ON "consents" USING btree ("created_at");
  CREATE INDEX "consent_documents_updated_at_idx" ON "consent_documents" USING btree ("updated_at");
  CREATE INDEX "consent_documents_created_at_idx" ON "consent_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "consent_documents_filename_idx" ON "consent_documents" USING btree ("filename");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_observance_date_idx" ON "campaigns" USING btree ("observance_date");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_audiences_id_idx" ON "campaigns_rels" USING btree ("audiences_id");
  CREATE INDEX "campaigns_rels_channels_id_idx" ON "campaigns_rels" USING btree ("channels_id");
  CREATE INDEX "campaigns_rels_articles_id_idx" ON "campaigns_rels" USING btree ("articles_id");
  CREATE INDEX "campaigns_rels_patient_stories_id_idx" ON "campaigns_rels" USING btree ("patient_stories_id");
  CREATE INDEX "campaigns_rels_kol_partners_id_idx" ON "campaigns_rels" USING btree ("kol_partners_id");
  CREATE INDEX "kol_partners_platforms_order_idx" ON "kol_partners_platforms" USING btree ("_order");
  CREATE INDEX "kol_partners_platforms_parent_id_idx" ON "kol_partners_platforms" USING btree ("_parent_id");
  CREATE INDEX "kol_partners_updated_at_idx" ON "kol_partners" USING btree ("updated_at");
  CREATE INDEX "kol_partners_created_at_idx" ON "kol_partners" USING btree ("created_at");
  CREATE INDEX "kol_partners_rels_order_idx" ON "kol_partners_rels" USING btree ("order");
  CREATE INDEX "kol_partners_rels_parent_idx" ON "kol_partners_rels" USING btree ("parent_id");
  CREATE INDEX "kol_partners_rels_path_idx" ON "kol_partners_rels" USING btree ("path");
  CREATE INDEX "kol_partners_rels_topics_id_idx" ON "kol_partners_rels" USING btree ("topics_id");
  CREATE INDEX "channels_kind_idx" ON "channels" USING btree ("kind");
  CREATE INDEX "channels_updated_at_idx" ON "channels" USING btree ("updated_at");
  CREATE INDEX "channels_created_at_idx" ON "channels" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wechat_cover_sizes_wechat_cover_filename_idx" ON "media" USING btree ("sizes_wechat_cover_filename");
  CREATE INDEX "media_sizes_square_sizes_square_filename_idx" ON "media" USING btree ("sizes_square_filename");
  CREATE INDEX "media_sizes_portrait_sizes_portrait_filename_idx" ON "media" USING btree ("sizes_portrait_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_head_idx" ON "departments" USING btree ("head_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_locales_locale_parent_id_unique" ON "departments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "audiences_key_idx" ON "audiences" USING btree ("key");
  CREATE INDEX "audiences_updated_at_idx" ON "audiences" USING btree ("updated_at");
  CREATE INDEX "audiences_created_at_idx" ON "audiences" USING btree ("created_at");
  CREATE UNIQUE INDEX "audiences_locales_locale_parent_id_unique" ON "audiences_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "doctors_department_idx" ON "doctors" USING btree ("department_id");
  CREATE INDEX "doctors_photo_idx" ON "doctors" USING btree ("photo_id");
  CREATE INDEX "doctors_user_idx" ON "doctors" USING btree ("user_id");
  CREATE INDEX "doctors_updated_at_idx" ON "doctors" USING btree ("updated_at");
  CREATE INDEX "doctors_created_at_idx" ON "doctors" USING btree ("created_at");
  CREATE UNIQUE INDEX "doctors_locales_locale_parent_id_unique" ON "doctors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_qualifications_order_idx" ON "users_qualifications" USING btree ("order");
  CREATE INDEX "users_qualifications_parent_idx" ON "users_qualifications" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_patient_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("patient_stories_id");
  CREATE INDEX "payload_locked_documents_rels_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("consents_id");
  CREATE INDEX "payload_locked_documents_rels_consent_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_documents_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_kol_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("kol_partners_id");
  CREATE INDEX "payload_locked_documents_rels_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("channels_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_audiences_id_idx" ON "payload_locked_documents_rels" USING btree ("audiences_id");
  CREATE INDEX "payload_locked_documents_rels_doctors_id_idx" ON "payload_locked_documents_rels" USING btree ("doctors_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "patient_stories_intended_channels" CASCADE;
  DROP TABLE "patient_stories" CASCADE;
  DROP TABLE "patient_stories_locales" CASCADE;
  DROP TABLE "patient_stories_rels" CASCADE;
  DROP TABLE "_patient_stories_v_version_intended_channels" CASCADE;
  DROP TABLE "_patient_stories_v" CASCADE;
  DROP TABLE "_patient_stories_v_locales" CASCADE;
  DROP TABLE "_patient_stories_v_rels" CASCADE;
  DROP TABLE "consents_allowed_channels" CASCADE;
  DROP TABLE "consents_purposes" CASCADE;
  DROP TABLE "consents" CASCADE;
  DROP TABLE "consent_documents" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "kol_partners_platforms" CASCADE;
  DROP TABLE "kol_partners" CASCADE;
  DROP TABLE "kol_partners_rels" CASCADE;
  DROP TABLE "channels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "departments_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "audiences" CASCADE;
  DROP TABLE "audiences_locales" CASCADE;
  DROP TABLE "doctors" CASCADE;
  DROP TABLE "doctors_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_qualifications" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_layer";
  DROP TYPE "public"."enum_articles_format";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_layer";
  DROP TYPE "public"."enum__articles_v_version_format";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_patient_stories_intended_channels";
  DROP TYPE "public"."enum_patient_stories_status";
  DROP TYPE "public"."enum__patient_stories_v_version_intended_channels";
  DROP TYPE "public"."enum__patient_stories_v_version_status";
  DROP TYPE "public"."enum__patient_stories_v_published_locale";
  DROP TYPE "public"."enum_consents_allowed_channels";
  DROP TYPE "public"."enum_consents_purposes";
  DROP TYPE "public"."enum_consents_status";
  DROP TYPE "public"."enum_campaigns_kind";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_kol_partners_platforms_platform";
  DROP TYPE "public"."enum_kol_partners_kind";
  DROP TYPE "public"."enum_kol_partners_status";
  DROP TYPE "public"."enum_channels_kind";
  DROP TYPE "public"."enum_audiences_lifecycle_stage";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_qualifications";`)
}
