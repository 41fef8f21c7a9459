import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`account_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`account\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`channel_id\` integer,
  	\`doctor_id\` integer,
  	\`followers\` numeric DEFAULT 0,
  	\`follower_growth\` numeric DEFAULT 0,
  	\`brand_search_volume\` numeric DEFAULT 0,
  	\`mentions\` numeric DEFAULT 0,
  	\`category_mentions\` numeric DEFAULT 0,
  	\`sentiment_positive\` numeric DEFAULT 0,
  	\`sentiment_neutral\` numeric DEFAULT 0,
  	\`sentiment_negative\` numeric DEFAULT 0,
  	\`nps_promoters\` numeric DEFAULT 0,
  	\`nps_passives\` numeric DEFAULT 0,
  	\`nps_detractors\` numeric DEFAULT 0,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`doctor_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`account_metrics_key_idx\` ON \`account_metrics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_account_idx\` ON \`account_metrics\` (\`account\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_date_idx\` ON \`account_metrics\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_channel_idx\` ON \`account_metrics\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_doctor_idx\` ON \`account_metrics\` (\`doctor_id\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_updated_at_idx\` ON \`account_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_created_at_idx\` ON \`account_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`business_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`event_id\` text,
  	\`kind\` text NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`date\` text,
  	\`attribution\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`distribution_id\` integer,
  	\`channel_id\` integer,
  	\`kol_partner_id\` integer,
  	\`content_collection\` text,
  	\`content_id\` text,
  	\`utm_source\` text,
  	\`utm_medium\` text,
  	\`utm_campaign\` text,
  	\`utm_content\` text,
  	\`utm_term\` text,
  	\`landing_page\` text,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`distribution_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_partner_id\`) REFERENCES \`kol_partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`business_events_key_idx\` ON \`business_events\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`business_events_kind_idx\` ON \`business_events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`business_events_date_idx\` ON \`business_events\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`business_events_attribution_idx\` ON \`business_events\` (\`attribution\`);`)
  await db.run(sql`CREATE INDEX \`business_events_campaign_idx\` ON \`business_events\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`business_events_distribution_idx\` ON \`business_events\` (\`distribution_id\`);`)
  await db.run(sql`CREATE INDEX \`business_events_channel_idx\` ON \`business_events\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`business_events_kol_partner_idx\` ON \`business_events\` (\`kol_partner_id\`);`)
  await db.run(
    sql`CREATE INDEX \`business_events_content_collection_idx\` ON \`business_events\` (\`content_collection\`);`,
  )
  await db.run(sql`CREATE INDEX \`business_events_content_id_idx\` ON \`business_events\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`business_events_updated_at_idx\` ON \`business_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`business_events_created_at_idx\` ON \`business_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`indicator\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`community\` text,
  	\`label\` text,
  	\`baseline\` numeric,
  	\`value\` numeric NOT NULL,
  	\`sample_size\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_indicators_campaign_idx\` ON \`social_indicators\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`social_indicators_key_idx\` ON \`social_indicators\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`social_indicators_updated_at_idx\` ON \`social_indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_indicators_created_at_idx\` ON \`social_indicators\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_impressions\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_shares\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_engagement_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_follower_growth\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_brand_search_volume\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_mention_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_positive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_nps\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_appointments\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_consultations\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_sign_ups\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_screening_uptake\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_vaccination_uptake\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_quiz_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`kpi_targets_volunteer_hours\` numeric;`)
  await db.run(sql`ALTER TABLE \`channel_metrics\` ADD \`impressions\` numeric DEFAULT 0;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`account_metrics_id\` integer REFERENCES account_metrics(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`business_events_id\` integer REFERENCES business_events(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`social_indicators_id\` integer REFERENCES social_indicators(id);`,
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`account_metrics\`;`)
  await db.run(sql`DROP TABLE \`business_events\`;`)
  await db.run(sql`DROP TABLE \`social_indicators\`;`)
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "incidents_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "site_subscriptions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "submissions_id", "submission_files_id", "mentions_id", "incidents_id", "monitoring_rules_id", "banned_claims_id", "claim_frames_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id", "public_changes_id", "data_keys_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_impressions\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_shares\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_engagement_rate\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_follower_growth\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_brand_search_volume\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_mention_share\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_positive_share\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_nps\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_appointments\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_consultations\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_sign_ups\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_screening_uptake\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_vaccination_uptake\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_quiz_score\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`kpi_targets_volunteer_hours\`;`)
  await db.run(sql`ALTER TABLE \`channel_metrics\` DROP COLUMN \`impressions\`;`)
}
