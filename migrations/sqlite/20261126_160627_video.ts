import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`video_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`articles_video_idx\` ON \`articles\` (\`video_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`subtitles\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_video_idx\` ON \`_articles_v\` (\`version_video_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_subtitles\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`video_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`patient_stories_video_idx\` ON \`patient_stories\` (\`video_id\`);`)
  await db.run(sql`ALTER TABLE \`patient_stories_locales\` ADD \`subtitles\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_video_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`CREATE INDEX \`_patient_stories_v_version_version_video_idx\` ON \`_patient_stories_v\` (\`version_video_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_patient_stories_v_locales\` ADD \`version_subtitles\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_codec\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_aspect\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`poster_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`media_poster_idx\` ON \`media\` (\`poster_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "slug", "layer", "format", "cover_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status") SELECT "id", "slug", "layer", "format", "cover_id", "department_id", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status" FROM \`articles\`;`,
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
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`,
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
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_patient_stories\`("id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status") SELECT "id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "internal_notes", "published_at", "promotional", "medical_ad", "ad_certificate_number", "ad_certificate_valid_until", "kol_partner_id", "submission_id", "workflow_state", "workflow_version_hash", "workflow_voided_reason", "workflow_submitted_at", "workflow_reviewed_by", "workflow_last_reviewed_at", "workflow_review_expires_at", "workflow_last_edited_by_id", "workflow_created_by_id", "workflow_contributors", "updated_at", "created_at", "_status" FROM \`patient_stories\`;`,
  )
  await db.run(sql`DROP TABLE \`patient_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_patient_stories\` RENAME TO \`patient_stories\`;`)
  await db.run(sql`CREATE INDEX \`patient_stories_department_idx\` ON \`patient_stories\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_consent_idx\` ON \`patient_stories\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_published_at_idx\` ON \`patient_stories\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_kol_partner_idx\` ON \`patient_stories\` (\`kol_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_submission_idx\` ON \`patient_stories\` (\`submission_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__patient_stories_v\`("id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_internal_notes", "version_published_at", "version_promotional", "version_medical_ad", "version_ad_certificate_number", "version_ad_certificate_valid_until", "version_kol_partner_id", "version_submission_id", "version_workflow_state", "version_workflow_version_hash", "version_workflow_voided_reason", "version_workflow_submitted_at", "version_workflow_reviewed_by", "version_workflow_last_reviewed_at", "version_workflow_review_expires_at", "version_workflow_last_edited_by_id", "version_workflow_created_by_id", "version_workflow_contributors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_patient_stories_v\`;`,
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
    sql`CREATE INDEX \`_patient_stories_v_version_version_submission_idx\` ON \`_patient_stories_v\` (\`version_submission_id\`);`,
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
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`public_until\` text,
  	\`sha256\` text,
  	\`prefix\` text DEFAULT 'media',
  	\`_objectkey\` text,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wechat_cover_url\` text,
  	\`sizes_wechat_cover_width\` numeric,
  	\`sizes_wechat_cover_height\` numeric,
  	\`sizes_wechat_cover_mime_type\` text,
  	\`sizes_wechat_cover_filesize\` numeric,
  	\`sizes_wechat_cover_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	\`sizes_portrait_url\` text,
  	\`sizes_portrait_width\` numeric,
  	\`sizes_portrait_height\` numeric,
  	\`sizes_portrait_mime_type\` text,
  	\`sizes_portrait_filesize\` numeric,
  	\`sizes_portrait_filename\` text
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_media\`("id", "credit", "public_until", "sha256", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wechat_cover_url", "sizes_wechat_cover_width", "sizes_wechat_cover_height", "sizes_wechat_cover_mime_type", "sizes_wechat_cover_filesize", "sizes_wechat_cover_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename", "sizes_portrait_url", "sizes_portrait_width", "sizes_portrait_height", "sizes_portrait_mime_type", "sizes_portrait_filesize", "sizes_portrait_filename") SELECT "id", "credit", "public_until", "sha256", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wechat_cover_url", "sizes_wechat_cover_width", "sizes_wechat_cover_height", "sizes_wechat_cover_mime_type", "sizes_wechat_cover_filesize", "sizes_wechat_cover_filename", "sizes_square_url", "sizes_square_width", "sizes_square_height", "sizes_square_mime_type", "sizes_square_filesize", "sizes_square_filename", "sizes_portrait_url", "sizes_portrait_width", "sizes_portrait_height", "sizes_portrait_mime_type", "sizes_portrait_filesize", "sizes_portrait_filename" FROM \`media\`;`,
  )
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_public_until_idx\` ON \`media\` (\`public_until\`);`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_wechat_cover_sizes_wechat_cover_filename_idx\` ON \`media\` (\`sizes_wechat_cover_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_portrait_sizes_portrait_filename_idx\` ON \`media\` (\`sizes_portrait_filename\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`subtitles\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_subtitles\`;`)
  await db.run(sql`ALTER TABLE \`patient_stories_locales\` DROP COLUMN \`subtitles\`;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v_locales\` DROP COLUMN \`version_subtitles\`;`)
}
