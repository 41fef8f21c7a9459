import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consents_allowed_materials\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`consents_allowed_materials_order_idx\` ON \`consents_allowed_materials\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`consents_allowed_materials_parent_idx\` ON \`consents_allowed_materials\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`kind\` text NOT NULL,
  	\`submitter_role\` text,
  	\`source\` text,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`department_id\` integer,
  	\`submitter_name\` text,
  	\`contact\` text,
  	\`organisation\` text,
  	\`submitted_by_id\` integer,
  	\`consent_id\` integer,
  	\`pii_findings\` text,
  	\`triage_note\` text,
  	\`history\` text,
  	\`notifications\` text,
  	\`tracking_hash\` text,
  	\`challenge_hash\` text,
  	\`client_hash\` text,
  	\`data_key_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_reference_idx\` ON \`submissions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_department_idx\` ON \`submissions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_submitted_by_idx\` ON \`submissions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_consent_idx\` ON \`submissions\` (\`consent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_tracking_hash_idx\` ON \`submissions\` (\`tracking_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_challenge_hash_idx\` ON \`submissions\` (\`challenge_hash\`);`)
  await db.run(sql`CREATE INDEX \`submissions_client_hash_idx\` ON \`submissions\` (\`client_hash\`);`)
  await db.run(sql`CREATE INDEX \`submissions_data_key_id_idx\` ON \`submissions\` (\`data_key_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`submission_files_id\` integer,
  	\`patient_stories_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patient_stories_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_rels_order_idx\` ON \`submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_parent_idx\` ON \`submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_path_idx\` ON \`submissions_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`submissions_rels_submission_files_id_idx\` ON \`submissions_rels\` (\`submission_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`submissions_rels_patient_stories_id_idx\` ON \`submissions_rels\` (\`patient_stories_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`submissions_rels_articles_id_idx\` ON \`submissions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`submission_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`submission_id\` integer,
  	\`prefix\` text DEFAULT 'submission-files',
  	\`_objectkey\` text,
  	\`data_key_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_files_submission_idx\` ON \`submission_files\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_data_key_id_idx\` ON \`submission_files\` (\`data_key_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_updated_at_idx\` ON \`submission_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_created_at_idx\` ON \`submission_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submission_files_filename_idx\` ON \`submission_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_topics_id_idx\` ON \`users_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`review_settings_compliance_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`review_settings_compliance_kinds_order_idx\` ON \`review_settings_compliance_kinds\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_settings_compliance_kinds_parent_idx\` ON \`review_settings_compliance_kinds\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`review_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sla_hours_operations\` numeric DEFAULT 24,
  	\`sla_hours_initial\` numeric DEFAULT 48,
  	\`sla_hours_privacy\` numeric DEFAULT 48,
  	\`sla_hours_medical\` numeric DEFAULT 72,
  	\`sla_hours_compliance\` numeric DEFAULT 48,
  	\`reminder_hours_before\` numeric DEFAULT 8,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`story_id\` integer,
  	\`kind\` text DEFAULT 'correction' NOT NULL,
  	\`message\` text NOT NULL,
  	\`contact\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`response\` text,
  	\`client_hash\` text,
  	\`data_key_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_corrections\`("id", "article_id", "kind", "message", "contact", "status", "response", "client_hash", "data_key_id", "updated_at", "created_at") SELECT "id", "article_id", "kind", "message", "contact", "status", "response", "client_hash", "data_key_id", "updated_at", "created_at" FROM \`corrections\`;`,
  )
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`ALTER TABLE \`__new_corrections\` RENAME TO \`corrections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`corrections_article_idx\` ON \`corrections\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_story_idx\` ON \`corrections\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_kind_idx\` ON \`corrections\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`corrections_status_idx\` ON \`corrections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`corrections_client_hash_idx\` ON \`corrections\` (\`client_hash\`);`)
  await db.run(sql`CREATE INDEX \`corrections_data_key_id_idx\` ON \`corrections\` (\`data_key_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submission_id\` integer REFERENCES submissions(id);`)
  await db.run(sql`CREATE INDEX \`articles_submission_idx\` ON \`articles\` (\`submission_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submission_id\` integer REFERENCES submissions(id);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_submission_idx\` ON \`_articles_v\` (\`version_submission_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`submission_id\` integer REFERENCES submissions(id);`)
  await db.run(sql`CREATE INDEX \`patient_stories_submission_idx\` ON \`patient_stories\` (\`submission_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_submission_id\` integer REFERENCES submissions(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_submission_idx\` ON \`_patient_stories_v\` (\`version_submission_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_method\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_signer\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_at\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_name\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_address\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_text_version\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_text_hash\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submissions_id\` integer REFERENCES submissions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submission_files_id\` integer REFERENCES submission_files(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consents_allowed_materials\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`submission_files\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`review_settings_compliance_kinds\`;`)
  await db.run(sql`DROP TABLE \`review_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`layer\` text DEFAULT 'what',
  	\`format\` text DEFAULT 'graphic',
  	\`cover_id\` integer,
  	\`department_id\` integer,
  	\`internal_notes\` text,
  	\`published_at\` text,
  	\`promotional\` integer DEFAULT false,
  	\`medical_ad\` integer DEFAULT false,
  	\`ad_certificate_number\` text,
  	\`ad_certificate_valid_until\` text,
  	\`kol_partner_id\` integer,
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
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "slug", "layer", "format", "cover_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status") SELECT "id", "slug", "layer", "format", "cover_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_layer_idx\` ON \`articles\` (\`layer\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_department_idx\` ON \`articles\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_kol_partner_idx\` ON \`articles\` (\`kol_partner_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_layer\` text DEFAULT 'what',
  	\`version_format\` text DEFAULT 'graphic',
  	\`version_cover_id\` integer,
  	\`version_department_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_published_at\` text,
  	\`version_promotional\` integer DEFAULT false,
  	\`version_medical_ad\` integer DEFAULT false,
  	\`version_ad_certificate_number\` text,
  	\`version_ad_certificate_valid_until\` text,
  	\`version_kol_partner_id\` integer,
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
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_layer_idx\` ON \`_articles_v\` (\`version_layer\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_patient_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pseudonym\` text,
  	\`department_id\` integer,
  	\`consent_id\` integer,
  	\`deidentification_face_blurred\` integer DEFAULT false,
  	\`deidentification_name_replaced\` integer DEFAULT false,
  	\`deidentification_identifiers_removed\` integer DEFAULT false,
  	\`deidentification_location_generalised\` integer DEFAULT false,
  	\`internal_notes\` text,
  	\`published_at\` text,
  	\`promotional\` integer DEFAULT false,
  	\`medical_ad\` integer DEFAULT false,
  	\`ad_certificate_number\` text,
  	\`ad_certificate_valid_until\` text,
  	\`kol_partner_id\` integer,
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
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_patient_stories\`("id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status") SELECT "id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status" FROM \`patient_stories\`;`,
  )
  await db.run(sql`DROP TABLE \`patient_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_patient_stories\` RENAME TO \`patient_stories\`;`)
  await db.run(sql`CREATE INDEX \`patient_stories_department_idx\` ON \`patient_stories\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_consent_idx\` ON \`patient_stories\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_published_at_idx\` ON \`patient_stories\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_kol_partner_idx\` ON \`patient_stories\` (\`kol_partner_id\`);`)
  await db.run(
    sql`CREATE INDEX \`patient_stories_workflow_workflow_state_idx\` ON \`patient_stories\` (\`workflow_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`patient_stories_workflow_workflow_review_expires_at_idx\` ON \`patient_stories\` (\`workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`patient_stories_workflow_workflow_last_edited_by_idx\` ON \`patient_stories\` (\`workflow_last_edited_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`patient_stories_workflow_workflow_created_by_idx\` ON \`patient_stories\` (\`workflow_created_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`patient_stories_updated_at_idx\` ON \`patient_stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_created_at_idx\` ON \`patient_stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories__status_idx\` ON \`patient_stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__patient_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_pseudonym\` text,
  	\`version_department_id\` integer,
  	\`version_consent_id\` integer,
  	\`version_deidentification_face_blurred\` integer DEFAULT false,
  	\`version_deidentification_name_replaced\` integer DEFAULT false,
  	\`version_deidentification_identifiers_removed\` integer DEFAULT false,
  	\`version_deidentification_location_generalised\` integer DEFAULT false,
  	\`version_internal_notes\` text,
  	\`version_published_at\` text,
  	\`version_promotional\` integer DEFAULT false,
  	\`version_medical_ad\` integer DEFAULT false,
  	\`version_ad_certificate_number\` text,
  	\`version_ad_certificate_valid_until\` text,
  	\`version_kol_partner_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__patient_stories_v\`("id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_patient_stories_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_patient_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__patient_stories_v\` RENAME TO \`_patient_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_patient_stories_v_parent_idx\` ON \`_patient_stories_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_department_idx\` ON \`_patient_stories_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_consent_idx\` ON \`_patient_stories_v\` (\`version_consent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_published_at_idx\` ON \`_patient_stories_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_kol_partner_idx\` ON \`_patient_stories_v\` (\`version_kol_partner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_workflow_version_workflow_sta_idx\` ON \`_patient_stories_v\` (\`version_workflow_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_workflow_version_workflow_rev_idx\` ON \`_patient_stories_v\` (\`version_workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_workflow_version_workflow_las_idx\` ON \`_patient_stories_v\` (\`version_workflow_last_edited_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_workflow_version_workflow_cre_idx\` ON \`_patient_stories_v\` (\`version_workflow_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_updated_at_idx\` ON \`_patient_stories_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_created_at_idx\` ON \`_patient_stories_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version__status_idx\` ON \`_patient_stories_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_patient_stories_v_created_at_idx\` ON \`_patient_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_patient_stories_v_updated_at_idx\` ON \`_patient_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_patient_stories_v_snapshot_idx\` ON \`_patient_stories_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_published_locale_idx\` ON \`_patient_stories_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_patient_stories_v_latest_idx\` ON \`_patient_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'correction' NOT NULL,
  	\`message\` text NOT NULL,
  	\`contact\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`response\` text,
  	\`client_hash\` text,
  	\`data_key_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_corrections\`("id", "article_id", "kind", "message", "contact", "status", "response", "client_hash", "data_key_id", "updated_at", "created_at") SELECT "id", "article_id", "kind", "message", "contact", "status", "response", "client_hash", "data_key_id", "updated_at", "created_at" FROM \`corrections\`;`,
  )
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`ALTER TABLE \`__new_corrections\` RENAME TO \`corrections\`;`)
  await db.run(sql`CREATE INDEX \`corrections_article_idx\` ON \`corrections\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_kind_idx\` ON \`corrections\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`corrections_status_idx\` ON \`corrections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`corrections_client_hash_idx\` ON \`corrections\` (\`client_hash\`);`)
  await db.run(sql`CREATE INDEX \`corrections_data_key_id_idx\` ON \`corrections\` (\`data_key_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`patient_stories_id\` integer,
  	\`consents_id\` integer,
  	\`consent_documents_id\` integer,
  	\`campaigns_id\` integer,
  	\`kol_partners_id\` integer,
  	\`channels_id\` integer,
  	\`distributions_id\` integer,
  	\`site_subscriptions_id\` integer,
  	\`channel_metrics_id\` integer,
  	\`planning_reminders_id\` integer,
  	\`media_id\` integer,
  	\`corrections_id\` integer,
  	\`banned_claims_id\` integer,
  	\`claim_frames_id\` integer,
  	\`departments_id\` integer,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`doctors_id\` integer,
  	\`users_id\` integer,
  	\`sign_offs_id\` integer,
  	\`audit_events_id\` integer,
  	\`public_changes_id\` integer,
  	\`data_keys_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patient_stories_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_documents_id\`) REFERENCES \`consent_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kol_partners_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`distributions_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_subscriptions_id\`) REFERENCES \`site_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_metrics_id\`) REFERENCES \`channel_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`planning_reminders_id\`) REFERENCES \`planning_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`banned_claims_id\`) REFERENCES \`banned_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`claim_frames_id\`) REFERENCES \`claim_frames\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doctors_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_offs_id\`) REFERENCES \`sign_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_keys_id\`) REFERENCES \`data_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_patient_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`patient_stories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consent_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_kol_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`kol_partners_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_distributions_id_idx\` ON \`payload_locked_documents_rels\` (\`distributions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`site_subscriptions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_channel_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_metrics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_planning_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`planning_reminders_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_banned_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`banned_claims_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_claim_frames_id_idx\` ON \`payload_locked_documents_rels\` (\`claim_frames_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_doctors_id_idx\` ON \`payload_locked_documents_rels\` (\`doctors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sign_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_offs_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_data_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`data_keys_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_method\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_signer\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_at\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_name\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_address\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_text_version\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_text_hash\`;`)
}
