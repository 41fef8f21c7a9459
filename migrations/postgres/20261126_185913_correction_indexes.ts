import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "story_createdAt_idx" ON "corrections" USING btree ("story_id","created_at");
  CREATE INDEX "article_createdAt_idx" ON "corrections" USING btree ("article_id","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "story_createdAt_idx";
  DROP INDEX "article_createdAt_idx";`)
}
