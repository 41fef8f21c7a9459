import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_submitted_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` DROP COLUMN \`workflow_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` DROP COLUMN \`version_workflow_submitted_at\`;`)
}
