import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The public search index (issue #15, src/public/payload/searchIndex.ts), kept outside Payload's
// schema: one row per public piece's published row per locale, with the original plain text for
// snippets and a stored tsvector of its terms (Chinese cut into bigrams by the application, which
// writes the tsvector literally, so no text search configuration or server locale is involved),
// weighted A title, B summary, D body, behind a GIN index. The application fills it when a piece
// is published, withdrawn or expires, and backfills an empty index from the published rows.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "search_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"title" text,
  	"summary" text,
  	"body" text,
  	"terms" tsvector NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS "search_documents_doc_locale_idx" ON "search_documents" USING btree ("collection", "doc_id", "locale");
  CREATE INDEX IF NOT EXISTS "search_documents_terms_idx" ON "search_documents" USING gin ("terms");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_documents";`)
}
