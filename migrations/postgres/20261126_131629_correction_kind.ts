import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_corrections_kind" AS ENUM('correction', 'feedback', 'thanks');
  ALTER TABLE "corrections" ADD COLUMN "kind" "enum_corrections_kind" DEFAULT 'correction' NOT NULL;
  CREATE INDEX "corrections_kind_idx" ON "corrections" USING btree ("kind");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "corrections_kind_idx";
  ALTER TABLE "corrections" DROP COLUMN "kind";
  DROP TYPE "public"."enum_corrections_kind";`)
}
