import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contributors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`user_id\` integer,
  	\`kol_partner_id\` integer,
  	\`organisation\` text,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_kind_idx\` ON \`contributors\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`contributors_user_idx\` ON \`contributors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_kol_partner_idx\` ON \`contributors\` (\`kol_partner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contributors_key_idx\` ON \`contributors\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contributors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_rels_order_idx\` ON \`contributors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contributors_rels_parent_idx\` ON \`contributors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_rels_path_idx\` ON \`contributors_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`contributors_rels_submissions_id_idx\` ON \`contributors_rels\` (\`submissions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`incentive_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`trigger\` text NOT NULL,
  	\`points\` numeric NOT NULL,
  	\`reward_cny\` numeric DEFAULT 0,
  	\`threshold\` numeric,
  	\`honour\` text,
  	\`active\` integer DEFAULT true,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`incentive_rules_trigger_idx\` ON \`incentive_rules\` (\`trigger\`);`)
  await db.run(sql`CREATE INDEX \`incentive_rules_active_idx\` ON \`incentive_rules\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`incentive_rules_updated_at_idx\` ON \`incentive_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incentive_rules_created_at_idx\` ON \`incentive_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`point_ledger\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`contributor_id\` integer NOT NULL,
  	\`beneficiary_user_id\` integer,
  	\`rule_id\` integer,
  	\`points\` numeric NOT NULL,
  	\`amount_cny\` numeric NOT NULL,
  	\`settled\` integer DEFAULT false NOT NULL,
  	\`refers_to_id\` integer,
  	\`cause_collection\` text,
  	\`cause_id\` text,
  	\`cause\` text,
  	\`reason\` text,
  	\`requested_by_id\` integer,
  	\`actor_id\` integer,
  	\`key\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`prev_hash\` text NOT NULL,
  	\`hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`beneficiary_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`incentive_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`refers_to_id\`) REFERENCES \`point_ledger\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`point_ledger_seq_idx\` ON \`point_ledger\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_contributor_idx\` ON \`point_ledger\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_beneficiary_user_idx\` ON \`point_ledger\` (\`beneficiary_user_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_rule_idx\` ON \`point_ledger\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_settled_idx\` ON \`point_ledger\` (\`settled\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_refers_to_idx\` ON \`point_ledger\` (\`refers_to_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_cause_collection_idx\` ON \`point_ledger\` (\`cause_collection\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_cause_id_idx\` ON \`point_ledger\` (\`cause_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_requested_by_idx\` ON \`point_ledger\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_actor_idx\` ON \`point_ledger\` (\`actor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`point_ledger_key_idx\` ON \`point_ledger\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_at_idx\` ON \`point_ledger\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_month_idx\` ON \`point_ledger\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_updated_at_idx\` ON \`point_ledger\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`point_ledger_created_at_idx\` ON \`point_ledger\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`month_settled_idx\` ON \`point_ledger\` (\`month\`,\`settled\`);`)
  await db.run(sql`CREATE TABLE \`honours\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contributor_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`reason\` text,
  	\`rule_id\` integer,
  	\`awarded_by_id\` integer,
  	\`at\` text,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`incentive_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`awarded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`honours_contributor_idx\` ON \`honours\` (\`contributor_id\`);`)
  await db.run(sql`CREATE INDEX \`honours_rule_idx\` ON \`honours\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`honours_awarded_by_idx\` ON \`honours\` (\`awarded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`honours_at_idx\` ON \`honours\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`honours_key_idx\` ON \`honours\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`honours_updated_at_idx\` ON \`honours\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`honours_created_at_idx\` ON \`honours\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`incentives_opt_in\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contributors_id\` integer REFERENCES contributors(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`incentive_rules_id\` integer REFERENCES incentive_rules(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`point_ledger_id\` integer REFERENCES point_ledger(id);`,
  )
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`honours_id\` integer REFERENCES honours(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_incentive_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`incentive_rules_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_point_ledger_id_idx\` ON \`payload_locked_documents_rels\` (\`point_ledger_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_honours_id_idx\` ON \`payload_locked_documents_rels\` (\`honours_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`DROP TABLE \`contributors_rels\`;`)
  await db.run(sql`DROP TABLE \`incentive_rules\`;`)
  await db.run(sql`DROP TABLE \`point_ledger\`;`)
  await db.run(sql`DROP TABLE \`honours\`;`)
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
  	\`distributions_id\` integer,
  	\`site_subscriptions_id\` integer,
  	\`channel_metrics_id\` integer,
  	\`account_metrics_id\` integer,
  	\`business_events_id\` integer,
  	\`social_indicators_id\` integer,
  	\`planning_reminders_id\` integer,
  	\`media_id\` integer,
  	\`corrections_id\` integer,
  	\`submissions_id\` integer,
  	\`submission_files_id\` integer,
  	\`mentions_id\` integer,
  	\`incidents_id\` integer,
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
  	FOREIGN KEY (\`account_metrics_id\`) REFERENCES \`account_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`business_events_id\`) REFERENCES \`business_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_indicators_id\`) REFERENCES \`social_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`planning_reminders_id\`) REFERENCES \`planning_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mentions_id\`) REFERENCES \`mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`incidents_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "account_metrics_id", "business_events_id", "social_indicators_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "incidents_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "account_metrics_id", "business_events_id", "social_indicators_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "incidents_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_distributions_id_idx\` ON \`payload_locked_documents_rels\` (\`distributions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`site_subscriptions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_channel_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_metrics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_account_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`account_metrics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_business_events_id_idx\` ON \`payload_locked_documents_rels\` (\`business_events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_social_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`social_indicators_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_incidents_id_idx\` ON \`payload_locked_documents_rels\` (\`incidents_id\`);`,
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
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`incentives_opt_in\`;`)
}
