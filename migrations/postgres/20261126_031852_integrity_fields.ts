import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "articles_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "patient_stories" ADD COLUMN "workflow_contributors" jsonb;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_workflow_contributors" jsonb;
  ALTER TABLE "media" ADD COLUMN "sha256" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_expires_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "deactivated" boolean DEFAULT false;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_workflow_workflow_created_by_idx" ON "articles" USING btree ("workflow_created_by_id");
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_created_by_idx" ON "_articles_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "patient_stories_workflow_workflow_created_by_idx" ON "patient_stories" USING btree ("workflow_created_by_id");
  CREATE INDEX "_patient_stories_v_version_workflow_version_workflow_cre_idx" ON "_patient_stories_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_media_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_media_fk";
  
  ALTER TABLE "patient_stories" DROP CONSTRAINT "patient_stories_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_patient_stories_v" DROP CONSTRAINT "_patient_stories_v_version_workflow_created_by_id_users_id_fk";
  
  DROP INDEX "articles_workflow_workflow_created_by_idx";
  DROP INDEX "articles_rels_media_id_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_created_by_idx";
  DROP INDEX "_articles_v_rels_media_id_idx";
  DROP INDEX "patient_stories_workflow_workflow_created_by_idx";
  DROP INDEX "_patient_stories_v_version_workflow_version_workflow_cre_idx";
  DROP INDEX "media_sha256_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_contributors";
  ALTER TABLE "articles_rels" DROP COLUMN "media_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "patient_stories" DROP COLUMN "workflow_contributors";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_workflow_contributors";
  ALTER TABLE "media" DROP COLUMN "sha256";
  ALTER TABLE "users" DROP COLUMN "api_key_expires_at";
  ALTER TABLE "users" DROP COLUMN "deactivated";`)
}
