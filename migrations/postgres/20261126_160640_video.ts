import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "video_id" integer;
  ALTER TABLE "articles_locales" ADD COLUMN "subtitles" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_video_id" integer;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_subtitles" varchar;
  ALTER TABLE "patient_stories" ADD COLUMN "video_id" integer;
  ALTER TABLE "patient_stories_locales" ADD COLUMN "subtitles" varchar;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_video_id" integer;
  ALTER TABLE "_patient_stories_v_locales" ADD COLUMN "version_subtitles" varchar;
  ALTER TABLE "media" ADD COLUMN "video_duration_seconds" numeric;
  ALTER TABLE "media" ADD COLUMN "video_width" numeric;
  ALTER TABLE "media" ADD COLUMN "video_height" numeric;
  ALTER TABLE "media" ADD COLUMN "video_codec" varchar;
  ALTER TABLE "media" ADD COLUMN "video_aspect" varchar;
  ALTER TABLE "media" ADD COLUMN "poster_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_stories" ADD CONSTRAINT "patient_stories_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patient_stories_v" ADD CONSTRAINT "_patient_stories_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_video_idx" ON "articles" USING btree ("video_id");
  CREATE INDEX "_articles_v_version_version_video_idx" ON "_articles_v" USING btree ("version_video_id");
  CREATE INDEX "patient_stories_video_idx" ON "patient_stories" USING btree ("video_id");
  CREATE INDEX "_patient_stories_v_version_version_video_idx" ON "_patient_stories_v" USING btree ("version_video_id");
  CREATE INDEX "media_poster_idx" ON "media" USING btree ("poster_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_video_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_video_id_media_id_fk";
  
  ALTER TABLE "patient_stories" DROP CONSTRAINT "patient_stories_video_id_media_id_fk";
  
  ALTER TABLE "_patient_stories_v" DROP CONSTRAINT "_patient_stories_v_version_video_id_media_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_poster_id_media_id_fk";
  
  DROP INDEX "articles_video_idx";
  DROP INDEX "_articles_v_version_version_video_idx";
  DROP INDEX "patient_stories_video_idx";
  DROP INDEX "_patient_stories_v_version_version_video_idx";
  DROP INDEX "media_poster_idx";
  ALTER TABLE "articles" DROP COLUMN "video_id";
  ALTER TABLE "articles_locales" DROP COLUMN "subtitles";
  ALTER TABLE "_articles_v" DROP COLUMN "version_video_id";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_subtitles";
  ALTER TABLE "patient_stories" DROP COLUMN "video_id";
  ALTER TABLE "patient_stories_locales" DROP COLUMN "subtitles";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_video_id";
  ALTER TABLE "_patient_stories_v_locales" DROP COLUMN "version_subtitles";
  ALTER TABLE "media" DROP COLUMN "video_duration_seconds";
  ALTER TABLE "media" DROP COLUMN "video_width";
  ALTER TABLE "media" DROP COLUMN "video_height";
  ALTER TABLE "media" DROP COLUMN "video_codec";
  ALTER TABLE "media" DROP COLUMN "video_aspect";
  ALTER TABLE "media" DROP COLUMN "poster_id";`)
}
