import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`medical_ad\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`ad_certificate_number\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`ad_certificate_valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_medical_ad\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_ad_certificate_number\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_ad_certificate_valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`medical_ad\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`ad_certificate_number\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`ad_certificate_valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_medical_ad\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_ad_certificate_number\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_ad_certificate_valid_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`medical_ad\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`ad_certificate_number\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`ad_certificate_valid_until\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_medical_ad\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_ad_certificate_number\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_ad_certificate_valid_until\`;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` DROP COLUMN \`medical_ad\`;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` DROP COLUMN \`ad_certificate_number\`;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` DROP COLUMN \`ad_certificate_valid_until\`;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` DROP COLUMN \`version_medical_ad\`;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` DROP COLUMN \`version_ad_certificate_number\`;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` DROP COLUMN \`version_ad_certificate_valid_until\`;`)
}
