import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`kind\` text DEFAULT 'correction' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`corrections_kind_idx\` ON \`corrections\` (\`kind\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`corrections_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`corrections\` DROP COLUMN \`kind\`;`)
}
