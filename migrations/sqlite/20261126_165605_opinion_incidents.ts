import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`incidents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`owner_id\` integer,
  	\`department_id\` integer,
  	\`summary\` text,
  	\`opened_at\` text,
  	\`clock_started_at\` text,
  	\`response_due_at\` text,
  	\`responded_at\` text,
  	\`closing_review\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`incidents_severity_idx\` ON \`incidents\` (\`severity\`);`)
  await db.run(sql`CREATE INDEX \`incidents_status_idx\` ON \`incidents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`incidents_owner_idx\` ON \`incidents\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_department_idx\` ON \`incidents\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_opened_at_idx\` ON \`incidents\` (\`opened_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_response_due_at_idx\` ON \`incidents\` (\`response_due_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_updated_at_idx\` ON \`incidents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_created_at_idx\` ON \`incidents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`incidents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`patient_stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patient_stories_id\`) REFERENCES \`patient_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`incidents_rels_order_idx\` ON \`incidents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`incidents_rels_parent_idx\` ON \`incidents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_rels_path_idx\` ON \`incidents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`incidents_rels_articles_id_idx\` ON \`incidents_rels\` (\`articles_id\`);`)
  await db.run(
    sql`CREATE INDEX \`incidents_rels_patient_stories_id_idx\` ON \`incidents_rels\` (\`patient_stories_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`opinion_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`response_hours_general\` numeric DEFAULT 24,
  	\`response_hours_major\` numeric DEFAULT 12,
  	\`response_hours_critical\` numeric DEFAULT 4,
  	\`remind_fraction\` numeric DEFAULT 0.75,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`mentions\` ADD \`incident_id\` integer REFERENCES incidents(id);`)
  await db.run(sql`CREATE INDEX \`mentions_incident_idx\` ON \`mentions\` (\`incident_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`incidents_id\` integer REFERENCES incidents(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_incidents_id_idx\` ON \`payload_locked_documents_rels\` (\`incidents_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`incidents\`;`)
  await db.run(sql`DROP TABLE \`incidents_rels\`;`)
  await db.run(sql`DROP TABLE \`opinion_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mentions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`source_id\` text NOT NULL,
  	\`source_key\` text,
  	\`url\` text,
  	\`author\` text,
  	\`text\` text NOT NULL,
  	\`posted_at\` text NOT NULL,
  	\`engagement_likes\` numeric DEFAULT 0,
  	\`engagement_comments\` numeric DEFAULT 0,
  	\`engagement_shares\` numeric DEFAULT 0,
  	\`engagement_plays\` numeric DEFAULT 0,
  	\`relevant\` integer,
  	\`sentiment\` text,
  	\`suggested_severity\` text,
  	\`matched_rules\` text,
  	\`linked_content\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_mentions\`("id", "platform", "source_id", "source_key", "url", "author", "text", "posted_at", "engagement_likes", "engagement_comments", "engagement_shares", "engagement_plays", "relevant", "sentiment", "suggested_severity", "matched_rules", "linked_content", "updated_at", "created_at") SELECT "id", "platform", "source_id", "source_key", "url", "author", "text", "posted_at", "engagement_likes", "engagement_comments", "engagement_shares", "engagement_plays", "relevant", "sentiment", "suggested_severity", "matched_rules", "linked_content", "updated_at", "created_at" FROM \`mentions\`;`,
  )
  await db.run(sql`DROP TABLE \`mentions\`;`)
  await db.run(sql`ALTER TABLE \`__new_mentions\` RENAME TO \`mentions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mentions_source_key_idx\` ON \`mentions\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`mentions_posted_at_idx\` ON \`mentions\` (\`posted_at\`);`)
  await db.run(sql`CREATE INDEX \`mentions_relevant_idx\` ON \`mentions\` (\`relevant\`);`)
  await db.run(sql`CREATE INDEX \`mentions_sentiment_idx\` ON \`mentions\` (\`sentiment\`);`)
  await db.run(sql`CREATE INDEX \`mentions_suggested_severity_idx\` ON \`mentions\` (\`suggested_severity\`);`)
  await db.run(sql`CREATE INDEX \`mentions_updated_at_idx\` ON \`mentions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mentions_created_at_idx\` ON \`mentions\` (\`created_at\`);`)
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
  	\`submissions_id\` integer,
  	\`submission_files_id\` integer,
  	\`mentions_id\` integer,
  	\`monitoring_rules_id\` integer,
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
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentions_id\`) REFERENCES \`mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monitoring_rules_id\`) REFERENCES \`monitoring_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_mentions_id_idx\` ON \`payload_locked_documents_rels\` (\`mentions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_rules_id\`);`,
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
}
