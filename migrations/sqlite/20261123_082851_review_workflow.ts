import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`banned_claims_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`banned_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`banned_claims_kinds_order_idx\` ON \`banned_claims_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`banned_claims_kinds_parent_idx\` ON \`banned_claims_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`banned_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`is_pattern\` integer DEFAULT false,
  	\`category\` text NOT NULL,
  	\`severity\` text DEFAULT 'block' NOT NULL,
  	\`suggestion\` text,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`banned_claims_enabled_idx\` ON \`banned_claims\` (\`enabled\`);`)
  await db.run(sql`CREATE INDEX \`banned_claims_updated_at_idx\` ON \`banned_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`banned_claims_created_at_idx\` ON \`banned_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sign_offs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`version_hash\` text NOT NULL,
  	\`stage\` text NOT NULL,
  	\`decision\` text NOT NULL,
  	\`reviewer_id\` integer NOT NULL,
  	\`reviewer_name\` text,
  	\`qualifications\` text,
  	\`comment\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sign_offs_target_collection_idx\` ON \`sign_offs\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`sign_offs_target_id_idx\` ON \`sign_offs\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_offs_version_hash_idx\` ON \`sign_offs\` (\`version_hash\`);`)
  await db.run(sql`CREATE INDEX \`sign_offs_reviewer_idx\` ON \`sign_offs\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_offs_updated_at_idx\` ON \`sign_offs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_offs_created_at_idx\` ON \`sign_offs\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`targetCollection_targetId_versionHash_idx\` ON \`sign_offs\` (\`target_collection\`,\`target_id\`,\`version_hash\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`promotional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`kol_partner_id\` integer REFERENCES kol_partners(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_version_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_voided_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_reviewed_by\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_review_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_kol_partner_idx\` ON \`articles\` (\`kol_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_workflow_workflow_review_expires_at_idx\` ON \`articles\` (\`workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_workflow_workflow_last_edited_by_idx\` ON \`articles\` (\`workflow_last_edited_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_promotional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_kol_partner_id\` integer REFERENCES kol_partners(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_version_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_voided_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_reviewed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_review_expires_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`,
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
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`promotional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`kol_partner_id\` integer REFERENCES kol_partners(id);`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_version_hash\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_voided_reason\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_reviewed_by\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_review_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`patient_stories\` ADD \`workflow_last_edited_by_id\` integer REFERENCES users(id);`)
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
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_promotional\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_kol_partner_id\` integer REFERENCES kol_partners(id);`,
  )
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_version_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_voided_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_reviewed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_review_expires_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_patient_stories_v\` ADD \`version_workflow_last_edited_by_id\` integer REFERENCES users(id);`,
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
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`banned_claims_id\` integer REFERENCES banned_claims(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sign_offs_id\` integer REFERENCES sign_offs(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_banned_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`banned_claims_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sign_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_offs_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`banned_claims_kinds\`;`)
  await db.run(sql`DROP TABLE \`banned_claims\`;`)
  await db.run(sql`DROP TABLE \`sign_offs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`layer\` text DEFAULT 'what',
  	\`format\` text DEFAULT 'graphic',
  	\`cover_id\` integer,
  	\`department_id\` integer,
  	\`published_at\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "slug", "layer", "format", "cover_id", "department_id", "published_at", "internal_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "layer", "format", "cover_id", "department_id", "published_at", "internal_notes", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_layer_idx\` ON \`articles\` (\`layer\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_department_idx\` ON \`articles\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
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
  	\`version_published_at\` text,
  	\`version_internal_notes\` text,
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
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_published_at", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_layer", "version_format", "version_cover_id", "version_department_id", "version_published_at", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`,
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
  	\`published_at\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_patient_stories\`("id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "published_at", "internal_notes", "updated_at", "created_at", "_status") SELECT "id", "pseudonym", "department_id", "consent_id", "deidentification_face_blurred", "deidentification_name_replaced", "deidentification_identifiers_removed", "deidentification_location_generalised", "published_at", "internal_notes", "updated_at", "created_at", "_status" FROM \`patient_stories\`;`,
  )
  await db.run(sql`DROP TABLE \`patient_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_patient_stories\` RENAME TO \`patient_stories\`;`)
  await db.run(sql`CREATE INDEX \`patient_stories_department_idx\` ON \`patient_stories\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_consent_idx\` ON \`patient_stories\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`patient_stories_published_at_idx\` ON \`patient_stories\` (\`published_at\`);`)
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
  	\`version_published_at\` text,
  	\`version_internal_notes\` text,
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
  	FOREIGN KEY (\`version_consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__patient_stories_v\`("id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_published_at", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_pseudonym", "version_department_id", "version_consent_id", "version_deidentification_face_blurred", "version_deidentification_name_replaced", "version_deidentification_identifiers_removed", "version_deidentification_location_generalised", "version_published_at", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_patient_stories_v\`;`,
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
  	\`media_id\` integer,
  	\`corrections_id\` integer,
  	\`departments_id\` integer,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`doctors_id\` integer,
  	\`users_id\` integer,
  	\`audit_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patient_stories_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_documents_id\`) REFERENCES \`consent_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kol_partners_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doctors_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "media_id", "corrections_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "media_id", "corrections_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`,
  )
}
