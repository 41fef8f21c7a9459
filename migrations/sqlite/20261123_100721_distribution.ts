import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`distributions_attempts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`http_status\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`worker\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`distributions_attempts_order_idx\` ON \`distributions_attempts\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`distributions_attempts_parent_id_idx\` ON \`distributions_attempts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`distributions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content_collection\` text NOT NULL,
  	\`content_id\` text NOT NULL,
  	\`version_hash\` text,
  	\`channel_id\` integer NOT NULL,
  	\`campaign_id\` integer,
  	\`scheduled_at\` text NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`event\` text DEFAULT 'content.published' NOT NULL,
  	\`retraction_of_id\` integer,
  	\`message_id\` text,
  	\`next_attempt_at\` text,
  	\`lease_owner\` text,
  	\`lease_expires_at\` text,
  	\`attempt_count\` numeric DEFAULT 0,
  	\`delivered_at\` text,
  	\`last_error\` text,
  	\`cancel_reason\` text,
  	\`retract_pending\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`rendered_content_type\` text,
  	\`rendered_ext\` text,
  	\`rendered_body\` text,
  	\`rendered_object_key\` text,
  	\`rendered_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retraction_of_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`distributions_content_collection_idx\` ON \`distributions\` (\`content_collection\`);`,
  )
  await db.run(sql`CREATE INDEX \`distributions_content_id_idx\` ON \`distributions\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_version_hash_idx\` ON \`distributions\` (\`version_hash\`);`)
  await db.run(sql`CREATE INDEX \`distributions_channel_idx\` ON \`distributions\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_campaign_idx\` ON \`distributions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_scheduled_at_idx\` ON \`distributions\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_status_idx\` ON \`distributions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`distributions_event_idx\` ON \`distributions\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`distributions_retraction_of_idx\` ON \`distributions\` (\`retraction_of_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`distributions_message_id_idx\` ON \`distributions\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_next_attempt_at_idx\` ON \`distributions\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_lease_expires_at_idx\` ON \`distributions\` (\`lease_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_delivered_at_idx\` ON \`distributions\` (\`delivered_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_by_idx\` ON \`distributions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_updated_at_idx\` ON \`distributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_at_idx\` ON \`distributions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`distribution_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`channel_id\` integer,
  	\`campaign_id\` integer,
  	\`kol_partner_id\` integer,
  	\`content_collection\` text,
  	\`content_id\` text,
  	\`views\` numeric DEFAULT 0,
  	\`likes\` numeric DEFAULT 0,
  	\`comments\` numeric DEFAULT 0,
  	\`shares\` numeric DEFAULT 0,
  	\`saves\` numeric DEFAULT 0,
  	\`clicks\` numeric DEFAULT 0,
  	\`conversions\` numeric DEFAULT 0,
  	\`sentiment_positive\` numeric DEFAULT 0,
  	\`sentiment_neutral\` numeric DEFAULT 0,
  	\`sentiment_negative\` numeric DEFAULT 0,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`distribution_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_metrics_key_idx\` ON \`channel_metrics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_distribution_idx\` ON \`channel_metrics\` (\`distribution_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_date_idx\` ON \`channel_metrics\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_channel_idx\` ON \`channel_metrics\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_campaign_idx\` ON \`channel_metrics\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_kol_partner_idx\` ON \`channel_metrics\` (\`kol_partner_id\`);`)
  await db.run(
    sql`CREATE INDEX \`channel_metrics_content_collection_idx\` ON \`channel_metrics\` (\`content_collection\`);`,
  )
  await db.run(sql`CREATE INDEX \`channel_metrics_content_id_idx\` ON \`channel_metrics\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_updated_at_idx\` ON \`channel_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_metrics_created_at_idx\` ON \`channel_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`planning_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`observance_date\` text NOT NULL,
  	\`days_before\` numeric NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`planning_reminders_key_idx\` ON \`planning_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`planning_reminders_campaign_idx\` ON \`planning_reminders\` (\`campaign_id\`);`)
  await db.run(
    sql`CREATE INDEX \`planning_reminders_observance_date_idx\` ON \`planning_reminders\` (\`observance_date\`);`,
  )
  await db.run(sql`CREATE INDEX \`planning_reminders_status_idx\` ON \`planning_reminders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`planning_reminders_updated_at_idx\` ON \`planning_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`planning_reminders_created_at_idx\` ON \`planning_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_api_scopes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_api_scopes_order_idx\` ON \`users_api_scopes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_api_scopes_parent_idx\` ON \`users_api_scopes\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_adapter\` text DEFAULT 'outbox' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_url\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_secret\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_previous_secret\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_previous_secret_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_secret_hint\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_prefix\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_disabled_at\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`delivery_disabled_reason\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`limits\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`utm_medium\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`sms_signature\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`sms_opt_out\` text DEFAULT '拒收请回复R';`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`sms_marketing\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`sms_timezone\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`distributions_id\` integer REFERENCES distributions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`channel_metrics_id\` integer REFERENCES channel_metrics(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`planning_reminders_id\` integer REFERENCES planning_reminders(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_distributions_id_idx\` ON \`payload_locked_documents_rels\` (\`distributions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_channel_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_metrics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_planning_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`planning_reminders_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`distributions_attempts\`;`)
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`DROP TABLE \`channel_metrics\`;`)
  await db.run(sql`DROP TABLE \`planning_reminders\`;`)
  await db.run(sql`DROP TABLE \`users_api_scopes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`banned_claims_id\` integer,
  	\`departments_id\` integer,
  	\`topics_id\` integer,
  	\`audiences_id\` integer,
  	\`doctors_id\` integer,
  	\`users_id\` integer,
  	\`sign_offs_id\` integer,
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
  	FOREIGN KEY (\`banned_claims_id\`) REFERENCES \`banned_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doctors_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_offs_id\`) REFERENCES \`sign_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "media_id", "corrections_id", "banned_claims_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "media_id", "corrections_id", "banned_claims_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
    sql`CREATE INDEX \`payload_locked_documents_rels_banned_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`banned_claims_id\`);`,
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
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_adapter\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_url\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_secret\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_previous_secret\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_previous_secret_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_secret_hint\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_prefix\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_disabled_at\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`delivery_disabled_reason\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`limits\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`utm_medium\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`sms_signature\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`sms_opt_out\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`sms_marketing\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`sms_timezone\`;`)
}
