import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "medical_ad" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "ad_certificate_number" varchar;
  ALTER TABLE "articles" ADD COLUMN "ad_certificate_valid_until" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_ad" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_ad_certificate_number" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_ad_certificate_valid_until" timestamp(3) with time zone;
  ALTER TABLE "patient_stories" ADD COLUMN "medical_ad" boolean DEFAULT false;
  ALTER TABLE "patient_stories" ADD COLUMN "ad_certificate_number" varchar;
  ALTER TABLE "patient_stories" ADD COLUMN "ad_certificate_valid_until" timestamp(3) with time zone;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_medical_ad" boolean DEFAULT false;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_ad_certificate_number" varchar;
  ALTER TABLE "_patient_stories_v" ADD COLUMN "version_ad_certificate_valid_until" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "medical_ad";
  ALTER TABLE "articles" DROP COLUMN "ad_certificate_number";
  ALTER TABLE "articles" DROP COLUMN "ad_certificate_valid_until";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_ad";
  ALTER TABLE "_articles_v" DROP COLUMN "version_ad_certificate_number";
  ALTER TABLE "_articles_v" DROP COLUMN "version_ad_certificate_valid_until";
  ALTER TABLE "patient_stories" DROP COLUMN "medical_ad";
  ALTER TABLE "patient_stories" DROP COLUMN "ad_certificate_number";
  ALTER TABLE "patient_stories" DROP COLUMN "ad_certificate_valid_until";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_medical_ad";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_ad_certificate_number";
  ALTER TABLE "_patient_stories_v" DROP COLUMN "version_ad_certificate_valid_until";`)
}
