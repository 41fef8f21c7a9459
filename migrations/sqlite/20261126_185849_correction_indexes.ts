import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`story_createdAt_idx\` ON \`corrections\` (\`story_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_createdAt_idx\` ON \`corrections\` (\`article_id\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`story_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`article_createdAt_idx\`;`)
}
