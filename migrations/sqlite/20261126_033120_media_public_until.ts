import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_until\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_until_idx\` ON \`media\` (\`public_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_until\`;`)
}
