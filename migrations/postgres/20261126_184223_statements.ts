import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_articles_layer" ADD VALUE 'statement';
  ALTER TYPE "public"."enum__articles_v_version_layer" ADD VALUE 'statement';
  ALTER TABLE "articles" ADD COLUMN "incident_id" integer;
  ALTER TABLE "articles_rels" ADD COLUMN "channels_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_incident_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "channels_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_incident_id_incidents_id_fk" FOREIGN KEY ("version_incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_incident_idx" ON "articles" USING btree ("incident_id");
  CREATE INDEX "articles_rels_channels_id_idx" ON "articles_rels" USING btree ("channels_id");
  CREATE INDEX "_articles_v_version_version_incident_idx" ON "_articles_v" USING btree ("version_incident_id");
  CREATE INDEX "_articles_v_rels_channels_id_idx" ON "_articles_v_rels" USING btree ("channels_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_incident_id_incidents_id_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_channels_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_incident_id_incidents_id_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_channels_fk";
  
  ALTER TABLE "articles" ALTER COLUMN "layer" SET DATA TYPE text;
  ALTER TABLE "articles" ALTER COLUMN "layer" SET DEFAULT 'what'::text;
  DROP TYPE "public"."enum_articles_layer";
  CREATE TYPE "public"."enum_articles_layer" AS ENUM('what', 'howto', 'story');
  ALTER TABLE "articles" ALTER COLUMN "layer" SET DEFAULT 'what'::"public"."enum_articles_layer";
  ALTER TABLE "articles" ALTER COLUMN "layer" SET DATA TYPE "public"."enum_articles_layer" USING "layer"::"public"."enum_articles_layer";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_layer" SET DATA TYPE text;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_layer" SET DEFAULT 'what'::text;
  DROP TYPE "public"."enum__articles_v_version_layer";
  CREATE TYPE "public"."enum__articles_v_version_layer" AS ENUM('what', 'howto', 'story');
  ALTER TABLE "_articles_v" ALTER COLUMN "version_layer" SET DEFAULT 'what'::"public"."enum__articles_v_version_layer";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_layer" SET DATA TYPE "public"."enum__articles_v_version_layer" USING "version_layer"::"public"."enum__articles_v_version_layer";
  DROP INDEX "articles_incident_idx";
  DROP INDEX "articles_rels_channels_id_idx";
  DROP INDEX "_articles_v_version_version_incident_idx";
  DROP INDEX "_articles_v_rels_channels_id_idx";
  ALTER TABLE "articles" DROP COLUMN "incident_id";
  ALTER TABLE "articles_rels" DROP COLUMN "channels_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_incident_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "channels_id";`)
}
