import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Indexes Payload's field config cannot express, so public reads cost what their page costs
// (issue #15): every locales table by its parent (the correlated subquery loading a document's
// locales otherwise scans the table), relation tables by (parent, path) and by the related id
// with the parent (covering, for filters), and the public read rule's columns followed by the sort
// columns in the exact order Payload asks for (publishedAt either way, then createdAt DESC, then id,
// which Postgres' DISTINCT adds to the sort), so a filtered page is read from an index in order and
// the scan stops after the page instead of sorting every public row; the re-review date last, so
// the read rule is checked inside the index; and the read rule alone, so counting public rows
// reads one compact index. ANALYZE afterwards, so the planner knows them.
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['articles_locales_parent_id_idx', 'articles_locales', ['_parent_id']],
  ['_articles_v_locales_parent_id_idx', '_articles_v_locales', ['_parent_id']],
  ['patient_stories_locales_parent_id_idx', 'patient_stories_locales', ['_parent_id']],
  ['_patient_stories_v_locales_parent_id_idx', '_patient_stories_v_locales', ['_parent_id']],
  ['media_locales_parent_id_idx', 'media_locales', ['_parent_id']],
  ['departments_locales_parent_id_idx', 'departments_locales', ['_parent_id']],
  ['topics_locales_parent_id_idx', 'topics_locales', ['_parent_id']],
  ['audiences_locales_parent_id_idx', 'audiences_locales', ['_parent_id']],
  ['doctors_locales_parent_id_idx', 'doctors_locales', ['_parent_id']],
  ['campaigns_locales_parent_id_idx', 'campaigns_locales', ['_parent_id']],
  ['articles_rels_parent_path_idx', 'articles_rels', ['parent_id', 'path']],
  ['_articles_v_rels_parent_path_idx', '_articles_v_rels', ['parent_id', 'path']],
  ['patient_stories_rels_parent_path_idx', 'patient_stories_rels', ['parent_id', 'path']],
  ['_patient_stories_v_rels_parent_path_idx', '_patient_stories_v_rels', ['parent_id', 'path']],
  ['articles_rels_topics_parent_idx', 'articles_rels', ['topics_id', 'parent_id', 'path']],
  ['articles_rels_audiences_parent_idx', 'articles_rels', ['audiences_id', 'parent_id', 'path']],
  ['patient_stories_rels_topics_parent_idx', 'patient_stories_rels', ['topics_id', 'parent_id', 'path']],
  [
    'articles_public_published_at_desc_idx',
    'articles',
    ['_status', 'workflow_state', 'published_at DESC', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  [
    'articles_public_published_at_asc_idx',
    'articles',
    ['_status', 'workflow_state', 'published_at', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  ['articles_public_count_idx', 'articles', ['_status', 'workflow_state', 'workflow_review_expires_at']],
  [
    'articles_public_created_at_idx',
    'articles',
    ['_status', 'workflow_state', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  [
    'articles_department_public_idx',
    'articles',
    [
      'department_id',
      '_status',
      'workflow_state',
      'published_at DESC',
      'created_at DESC',
      'id',
      'workflow_review_expires_at',
    ],
  ],
  [
    'patient_stories_public_published_at_desc_idx',
    'patient_stories',
    ['_status', 'workflow_state', 'published_at DESC', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  [
    'patient_stories_public_published_at_asc_idx',
    'patient_stories',
    ['_status', 'workflow_state', 'published_at', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  ['patient_stories_public_count_idx', 'patient_stories', ['_status', 'workflow_state', 'workflow_review_expires_at']],
  [
    'patient_stories_public_created_at_idx',
    'patient_stories',
    ['_status', 'workflow_state', 'created_at DESC', 'id', 'workflow_review_expires_at'],
  ],
  [
    'patient_stories_department_public_idx',
    'patient_stories',
    [
      'department_id',
      '_status',
      'workflow_state',
      'published_at DESC',
      'created_at DESC',
      'id',
      'workflow_review_expires_at',
    ],
  ],
]

const column = (spec: string) => spec.replace(/^(\w+)/, '"$1"')

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "audiences_lifecycle_stage_idx" ON "audiences" USING btree ("lifecycle_stage");`)
  for (const [name, table, columns] of INDEXES) {
    await db.execute(
      sql.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING btree (${columns.map(column).join(', ')});`),
    )
  }
  await db.execute(sql`ANALYZE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const [name] of INDEXES) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${name}";`))
  await db.execute(sql`
   DROP INDEX "audiences_lifecycle_stage_idx";`)
}
