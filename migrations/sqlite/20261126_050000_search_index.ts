import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The public search index (issue #15, src/public/payload/searchIndex.ts), kept outside Payload's
// schema: an FTS5 table of the terms of each public piece's published row per locale (Chinese
// cut into bigrams by the application, so unicode61 only splits on the spaces between terms),
// with rowid = search_texts.id, and the original plain text for snippets. The application fills
// it when a piece is published, withdrawn or expires, and backfills an empty index from the
// published rows on first use.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`search_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX IF NOT EXISTS \`search_texts_doc_locale_idx\` ON \`search_texts\` (\`collection\`, \`doc_id\`, \`locale\`);`,
  )
  await db.run(
    sql`CREATE VIRTUAL TABLE IF NOT EXISTS \`search_documents\` USING fts5(\`collection\` UNINDEXED, \`doc_id\` UNINDEXED, \`locale\` UNINDEXED, \`title\`, \`summary\`, \`body\`, tokenize = 'unicode61 remove_diacritics 2');`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`search_documents\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_texts\`;`)
}
