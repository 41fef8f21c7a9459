import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`incident_id\` integer REFERENCES incidents(id);`)
  await db.run(sql`CREATE INDEX \`articles_incident_idx\` ON \`articles\` (\`incident_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`channels_id\` integer REFERENCES channels(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_channels_id_idx\` ON \`articles_rels\` (\`channels_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_incident_id\` integer REFERENCES incidents(id);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_incident_idx\` ON \`_articles_v\` (\`version_incident_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`channels_id\` integer REFERENCES channels(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_channels_id_idx\` ON \`_articles_v_rels\` (\`channels_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`layer\` text DEFAULT 'what',
  	\`format\` text DEFAULT 'graphic',
  	\`cover_id\` integer,
  	\`video_id\` integer,
  	\`department_id\` integer,
  	\`internal_notes\` text,
  	\`published_at\` text,
  	\`promotional\` integer DEFAULT false,
  	\`medical_ad\` integer DEFAULT false,
  	\`ad_certificate_number\` text,
  	\`ad_certificate_valid_until\` text,
  	\`kol_partner_id\` integer,
  	\`submission_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_version_hash\` text,
  	\`workflow_voided_reason\` text,
  	\`workflow_submitted_at\` text,
  	\`workflow_reviewed_by\` text,
  	\`workflow_last_reviewed_at\` text,
  	\`workflow_review_expires_at\` text,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_created_by_id\` integer,
  	\`workflow_contributors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "slug", "layer", "format", "cover_id", "video_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status") SELECT "id", "slug", "layer", "format", "cover_id", "video_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_layer_idx\` ON \`articles\` (\`layer\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_video_idx\` ON \`articles\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_department_idx\` ON \`articles\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_kol_partner_idx\` ON \`articles\` (\`kol_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submission_idx\` ON \`articles\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_workflow_workflow_review_expires_at_idx\` ON \`articles\` (\`workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_workflow_workflow_last_edited_by_idx\` ON \`articles\` (\`workflow_last_edited_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_workflow_workflow_created_by_idx\` ON \`articles\` (\`workflow_created_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`doctors_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doctors_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "topics_id", "audiences_id", "doctors_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "audiences_id", "doctors_id", "media_id" FROM \`articles_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_audiences_id_idx\` ON \`articles_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_doctors_id_idx\` ON \`articles_rels\` (\`doctors_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_layer\` text DEFAULT 'what',
  	\`version_format\` text DEFAULT 'graphic',
  	\`version_cover_id\` integer,
  	\`version_video_id\` integer,
  	\`version_department_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_published_at\` text,
  	\`version_promotional\` integer DEFAULT false,
  	\`version_medical_ad\` integer DEFAULT false,
  	\`version_ad_certificate_number\` text,
  	\`version_ad_certificate_valid_until\` text,
  	\`version_kol_partner_id\` integer,
  	\`version_submission_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_version_hash\` text,
  	\`version_workflow_voided_reason\` text,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_reviewed_by\` text,
  	\`version_workflow_last_reviewed_at\` text,
  	\`version_workflow_review_expires_at\` text,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_created_by_id\` integer,
  	\`version_workflow_contributors\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_video_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_video_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_layer_idx\` ON \`_articles_v\` (\`version_layer\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_video_idx\` ON \`_articles_v\` (\`version_video_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_department_idx\` ON \`_articles_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_kol_partner_idx\` ON \`_articles_v\` (\`version_kol_partner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_submission_idx\` ON \`_articles_v\` (\`version_submission_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_review_exp_idx\` ON \`_articles_v\` (\`version_workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_last_edite_idx\` ON \`_articles_v\` (\`version_workflow_last_edited_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_created_by_idx\` ON \`_articles_v\` (\`version_workflow_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`doctors_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doctors_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "topics_id", "audiences_id", "doctors_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "audiences_id", "doctors_id", "media_id" FROM \`_articles_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_audiences_id_idx\` ON \`_articles_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_doctors_id_idx\` ON \`_articles_v_rels\` (\`doctors_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
}
