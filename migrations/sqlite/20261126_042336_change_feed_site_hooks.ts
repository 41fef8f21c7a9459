import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_subscriptions_content_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_subscriptions_content_collections_order_idx\` ON \`site_subscriptions_content_collections\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_subscriptions_content_collections_parent_idx\` ON \`site_subscriptions_content_collections\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_subscriptions_content_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_subscriptions_content_locales_order_idx\` ON \`site_subscriptions_content_locales\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_subscriptions_content_locales_parent_idx\` ON \`site_subscriptions_content_locales\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`delivery_adapter\` text DEFAULT 'webhook',
  	\`delivery_url\` text NOT NULL,
  	\`delivery_secret\` text,
  	\`delivery_previous_secret\` text,
  	\`delivery_previous_secret_expires_at\` text,
  	\`delivery_secret_hint\` text,
  	\`delivery_disabled_at\` text,
  	\`delivery_disabled_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_subscriptions_updated_at_idx\` ON \`site_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_subscriptions_created_at_idx\` ON \`site_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`public_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content_collection\` text NOT NULL,
  	\`content_id\` text NOT NULL,
  	\`slug\` text,
  	\`locale\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_changes_dedupe_key_idx\` ON \`public_changes\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_updated_at_idx\` ON \`public_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_changes_created_at_idx\` ON \`public_changes\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`contentCollection_contentId_locale_idx\` ON \`public_changes\` (\`content_collection\`,\`content_id\`,\`locale\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_distributions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content_collection\` text NOT NULL,
  	\`content_id\` text NOT NULL,
  	\`version_hash\` text,
  	\`channel_id\` integer,
  	\`campaign_id\` integer,
  	\`scheduled_at\` text NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`event\` text DEFAULT 'content.published' NOT NULL,
  	\`subscription_id\` integer,
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
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`site_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retraction_of_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // drizzle-kit copies the new column from the old table too; it does not exist there yet.
  await db.run(
    sql`INSERT INTO \`__new_distributions\`("id", "content_collection", "content_id", "version_hash", "channel_id", "campaign_id", "scheduled_at", "title", "status", "event", "retraction_of_id", "message_id", "next_attempt_at", "lease_owner", "lease_expires_at", "attempt_count", "delivered_at", "last_error", "cancel_reason", "retract_pending", "created_by_id", "rendered_content_type", "rendered_ext", "rendered_body", "rendered_object_key", "rendered_date", "updated_at", "created_at") SELECT "id", "content_collection", "content_id", "version_hash", "channel_id", "campaign_id", "scheduled_at", "title", "status", "event", "retraction_of_id", "message_id", "next_attempt_at", "lease_owner", "lease_expires_at", "attempt_count", "delivered_at", "last_error", "cancel_reason", "retract_pending", "created_by_id", "rendered_content_type", "rendered_ext", "rendered_body", "rendered_object_key", "rendered_date", "updated_at", "created_at" FROM \`distributions\`;`,
  )
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`ALTER TABLE \`__new_distributions\` RENAME TO \`distributions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`distributions_subscription_idx\` ON \`distributions\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_retraction_of_idx\` ON \`distributions\` (\`retraction_of_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`distributions_message_id_idx\` ON \`distributions\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_next_attempt_at_idx\` ON \`distributions\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_lease_expires_at_idx\` ON \`distributions\` (\`lease_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_delivered_at_idx\` ON \`distributions\` (\`delivered_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_by_idx\` ON \`distributions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_updated_at_idx\` ON \`distributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_at_idx\` ON \`distributions\` (\`created_at\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_subscriptions_id\` integer REFERENCES site_subscriptions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_changes_id\` integer REFERENCES public_changes(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`site_subscriptions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`,
  )
  // Written by hand (drizzle knows no composite index of these columns): the change feed's check
  // for time-based removals seeks only the rows time has just taken offline, which the
  // maintenance job clears, however many pieces expired in the past.
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_lapse_idx\` ON \`articles\` (\`workflow_state\`, \`workflow_review_expires_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`patient_stories_lapse_idx\` ON \`patient_stories\` (\`workflow_state\`, \`workflow_review_expires_at\`);`,
  )
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`consents_lapse_idx\` ON \`consents\` (\`status\`, \`valid_until\`);`)
  // Content already published before the feed existed: one `published` entry per titled locale,
  // so sites starting from the beginning learn of it and its withdrawal leaves a tombstone.
  await db.run(sql`INSERT INTO \`public_changes\` (content_collection, content_id, slug, locale, type, at, dedupe_key)
    SELECT 'articles', CAST(a.id AS TEXT), a.slug, l._locale, 'published', COALESCE(a.published_at, a.updated_at), 'articles:' || a.id || ':' || l._locale || ':after:0'
    FROM \`articles\` a JOIN \`articles_locales\` l ON l._parent_id = a.id
    WHERE a._status = 'published' AND a.workflow_state = 'published' AND TRIM(COALESCE(l.title, '')) <> '';`)
  await db.run(sql`INSERT INTO \`public_changes\` (content_collection, content_id, slug, locale, type, at, dedupe_key)
    SELECT 'patient-stories', CAST(a.id AS TEXT), NULL, l._locale, 'published', COALESCE(a.published_at, a.updated_at), 'patient-stories:' || a.id || ':' || l._locale || ':after:0'
    FROM \`patient_stories\` a JOIN \`patient_stories_locales\` l ON l._parent_id = a.id
    WHERE a._status = 'published' AND a.workflow_state = 'published' AND TRIM(COALESCE(l.title, '')) <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_lapse_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`patient_stories_lapse_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`consents_lapse_idx\`;`)
  await db.run(sql`DROP TABLE \`site_subscriptions_content_collections\`;`)
  await db.run(sql`DROP TABLE \`site_subscriptions_content_locales\`;`)
  await db.run(sql`DROP TABLE \`site_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`public_changes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  // A site subscription's notices have no channel: they go with their subscription.
  await db.run(sql`DELETE FROM \`distributions\` WHERE \`channel_id\` IS NULL;`)
  await db.run(sql`CREATE TABLE \`__new_distributions\` (
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
    sql`INSERT INTO \`__new_distributions\`("id", "content_collection", "content_id", "version_hash", "channel_id", "campaign_id", "scheduled_at", "title", "status", "event", "retraction_of_id", "message_id", "next_attempt_at", "lease_owner", "lease_expires_at", "attempt_count", "delivered_at", "last_error", "cancel_reason", "retract_pending", "created_by_id", "rendered_content_type", "rendered_ext", "rendered_body", "rendered_object_key", "rendered_date", "updated_at", "created_at") SELECT "id", "content_collection", "content_id", "version_hash", "channel_id", "campaign_id", "scheduled_at", "title", "status", "event", "retraction_of_id", "message_id", "next_attempt_at", "lease_owner", "lease_expires_at", "attempt_count", "delivered_at", "last_error", "cancel_reason", "retract_pending", "created_by_id", "rendered_content_type", "rendered_ext", "rendered_body", "rendered_object_key", "rendered_date", "updated_at", "created_at" FROM \`distributions\`;`,
  )
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`ALTER TABLE \`__new_distributions\` RENAME TO \`distributions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  	\`channel_metrics_id\` integer,
  	\`planning_reminders_id\` integer,
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
  	FOREIGN KEY (\`distributions_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_metrics_id\`) REFERENCES \`channel_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`planning_reminders_id\`) REFERENCES \`planning_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "banned_claims_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "articles_id", "patient_stories_id", "consents_id", "consent_documents_id", "campaigns_id", "kol_partners_id", "channels_id", "distributions_id", "channel_metrics_id", "planning_reminders_id", "media_id", "corrections_id", "banned_claims_id", "departments_id", "topics_id", "audiences_id", "doctors_id", "users_id", "sign_offs_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`,
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
}
