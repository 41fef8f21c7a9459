// Every setting the product reads from the environment, with its default. The README lists them.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const int = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`)
  return value
}

// Read once at start-up, before Next.js (which sets NODE_ENV itself) is loaded.
const startedInProduction = process.env.NODE_ENV === 'production'

export const env = {
  port: int('PORT', 3000),
  host: process.env.HOST || '0.0.0.0',
  serverUrl: process.env.SERVER_URL || '',
  databaseUri: process.env.DATABASE_URI || '',
  payloadSecret: process.env.PAYLOAD_SECRET || '',
  isProduction: startedInProduction,
  /** Seed demo content on the first start of an empty database. */
  seedDemo: process.env.SEED_DEMO ? process.env.SEED_DEMO === '1' : !startedInProduction,
  demoPassword: process.env.DEMO_PASSWORD || 'demo-password-2026',
  /** `off` serves only the API and health probes: no Next.js admin. */
  admin: (process.env.ADMIN || 'on') as 'on' | 'off' | 'dev',
  mediaDir: process.env.MEDIA_DIR || path.join(ROOT_DIR, 'media'),
  privateDir: process.env.PRIVATE_DIR || path.join(ROOT_DIR, 'data', 'private'),
  mediaMaxBytes: int('MEDIA_MAX_BYTES', 20 * 1024 * 1024),
  mediaMaxPixels: int('MEDIA_MAX_PIXELS', 40_000_000),
  /** Largest accepted video upload (MP4, MOV, WebM); other files keep MEDIA_MAX_BYTES. */
  mediaVideoMaxBytes: int('MEDIA_VIDEO_MAX_BYTES', 200 * 1024 * 1024),
  /** Debian's ffprobe and ffmpeg (package `ffmpeg`), which read uploaded videos and cut their poster frames. */
  ffprobePath: process.env.FFPROBE_PATH || 'ffprobe',
  ffmpegPath: process.env.FFMPEG_PATH || 'ffmpeg',
  /** How long one ffprobe or ffmpeg run may take before it is killed. */
  videoToolTimeoutMs: int('MEDIA_VIDEO_TIMEOUT_MS', 60_000),
  jsonBodyLimitBytes: int('JSON_BODY_LIMIT_BYTES', 2 * 1024 * 1024),
  s3: {
    bucket: process.env.S3_BUCKET || '',
    endpoint: process.env.S3_ENDPOINT || '',
    region: process.env.S3_REGION || 'us-east-1',
    accessKeyId: process.env.S3_ACCESS_KEY_ID || '',
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || '',
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === '1',
  },
  shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 15_000),
  /** Reader correction reports accepted per client address per window. */
  correctionLimit: int('CORRECTION_RATE_LIMIT', 5),
  correctionWindowMinutes: int('CORRECTION_RATE_WINDOW_MINUTES', 60),
  // Co-creation (issue #11): the public submission form at /submit and its notifications.
  /** Submissions one client address may send per window. */
  submissionRateLimit: int('SUBMISSION_RATE_LIMIT', 5),
  submissionWindowMinutes: int('SUBMISSION_RATE_WINDOW_MINUTES', 60),
  /** Leading zero bits the form's proof of work needs (about 2^n hashes in the browser). */
  submissionPowDifficulty: int('SUBMISSION_POW_DIFFICULTY', 16),
  /** How long a form's challenge stays valid. */
  submissionPowTtlMinutes: int('SUBMISSION_POW_TTL_MINUTES', 60),
  /** Days a submitter's contact and files are kept after their submission is declined or published. */
  submissionContactRetentionDays: int('SUBMISSION_CONTACT_RETENTION_DAYS', 90),
  /** Photos one submission may carry. */
  submissionMaxFiles: int('SUBMISSION_MAX_FILES', 9),
  /** Outgoing mail (smtp:// or smtps:// URL with credentials); empty writes .eml files to OUTBOX_DIR/mail. */
  smtpUrl: process.env.SMTP_URL || '',
  mailFrom: process.env.MAIL_FROM || '',
  /** 企业微信 group robot webhook for staff notices (review reminders, escalations, staff submissions); empty = off. */
  wecomWebhookUrl: process.env.WECOM_WEBHOOK_URL || '',
  /** Compliance checks one person may run per minute on one instance (live linting while typing). */
  complianceCheckRateLimit: int('COMPLIANCE_CHECK_RATE_LIMIT', 60),
  /** Numbers the hospital publishes itself (hotlines), never flagged as personal data. */
  publishedNumbers: (process.env.HOSPITAL_PUBLIC_NUMBERS || '120,12320')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean),
  /** Trust X-Forwarded-For from a reverse proxy when telling clients apart (Express `trust proxy`). */
  trustProxy: process.env.TRUST_PROXY || '',
  // Accounts and sessions (issue #8 item 8).
  /** Failed sign-ins one client address may make per window (on top of the per-account lock). */
  loginRateLimit: int('LOGIN_RATE_LIMIT', 30),
  loginRateWindowMinutes: int('LOGIN_RATE_WINDOW_MINUTES', 15),
  /** Origins besides this server's own allowed to send cookie-authenticated mutations (comma-separated). */
  corsOrigins: (process.env.CORS_ORIGINS || '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  /** Mark the session cookie Secure: `1`/`0`, or by default when SERVER_URL is https. */
  cookieSecure: process.env.COOKIE_SECURE
    ? process.env.COOKIE_SECURE === '1'
    : (process.env.SERVER_URL || '').startsWith('https://'),
  /** `off` keeps this instance API-only: no scheduled jobs run in it. */
  scheduler: (process.env.SCHEDULER || 'on') as 'on' | 'off',
  /** When lapsed consents and re-review dates are processed (node-cron syntax, seconds field optional). */
  maintenanceCron: process.env.MAINTENANCE_CRON || '*/15 * * * *',
  /** How often the distribution scheduler claims due deliveries (node-cron, seconds field allowed). */
  deliveryCron: process.env.DELIVERY_CRON || '*/5 * * * * *',
  /** Distributions one scheduler instance claims per tick. */
  deliveryBatchSize: int('DELIVERY_BATCH_SIZE', 50),
  /** Deliveries one instance runs at the same time. */
  deliveryConcurrency: int('DELIVERY_CONCURRENCY', 8),
  /** How long a claim holds before another instance may take it over (a dead claimer's work). */
  deliveryLeaseMs: int('DELIVERY_LEASE_MS', 120_000),
  /** Delays between attempts: the first is "at once"; jitter of ±20 % is added. */
  retrySchedule: process.env.DELIVERY_RETRY_SCHEDULE || '0,5s,5m,30m,2h,5h,10h,14h,20h,24h',
  webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', 15_000),
  /** An admin's opt-in to webhook receivers on loopback/private networks and plain http (intranet receivers, tests); off everywhere by default. */
  webhookAllowPrivate: (process.env.WEBHOOK_ALLOW_PRIVATE || '0') === '1',
  /** How long the previous webhook secret keeps signing after a rotation. */
  secretGraceHours: int('WEBHOOK_SECRET_GRACE_HOURS', 24),
  /** Where the outbox adapter writes rendered files. */
  outboxDir: process.env.OUTBOX_DIR || path.join(ROOT_DIR, 'data', 'outbox'),
  /** Bucket for the s3 delivery adapter (falls back to S3_BUCKET; same endpoint and credentials). */
  distributionBucket: process.env.DISTRIBUTION_S3_BUCKET || process.env.S3_BUCKET || '',
  /** Public site the content lives on; rendered links point to `${SITE_URL}/<collection>/<slug>`. */
  siteUrl: process.env.SITE_URL || '',
  /** The admin's live preview (issue #15 part 6): `https://site/{locale}/{collection}/{slug}?preview=1`; empty = no live preview. */
  previewUrlTemplate: process.env.PREVIEW_URL_TEMPLATE || '',
  hospitalName: process.env.HOSPITAL_NAME || '示范医院',
  /** The hospital's local time zone: SMS hours, report days and object-key dates. */
  timezone: process.env.HOSPITAL_TIMEZONE || 'Asia/Shanghai',
  /** When the planning-reminder job runs, and how many days before an observance it reminds. */
  planningCron: process.env.PLANNING_CRON || '0 7 * * *',
  planningReminderDays: (process.env.PLANNING_REMINDER_DAYS || '30,14,7')
    .split(',')
    .map((n) => Number(n.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0),
  // Response cache for public reads (issue #15 part 2, src/public/payload/responseCache.ts).
  /** `off` serves every public read from the database. */
  cache: (process.env.CACHE || 'on') as 'on' | 'off',
  /** Memory the cached responses (compressed variants included) may take, in MiB. */
  cacheMaxMb: int('CACHE_MAX_MB', 64),
  /** Seconds a shared cache (CDN) may serve a public response without asking; 0 = revalidate every time. */
  cacheSharedMaxAge: int('CACHE_SHARED_MAX_AGE', 0),
  // Personal data protection (issue #13, src/privacy).
  /** The master key wrapping every person's data key: 32 bytes as 64 hex digits or base64. Required in production. */
  dataKey: process.env.DATA_KEY || '',
  /** Master keys being rotated away from (comma-separated), still accepted for reading during `npm run keys:rotate`. */
  dataKeyPrevious: (process.env.DATA_KEY_PREVIOUS || '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean),
  /** How long identifying data is kept after a consent's validity ends, per purpose: `purpose=days,…`. */
  consentRetention: process.env.CONSENT_RETENTION_DAYS || '',
  /** Days a reader's contact is kept after their correction is closed (resolved or rejected); then it is erased. */
  correctionContactRetentionDays: int('CORRECTION_CONTACT_RETENTION_DAYS', 90),
}

export const DEVELOPMENT_SECRET = 'development-only-secret-change-me'

/**
 * The secret signs sessions; development gets a fixed one so `npm start` works out of the box.
 * The server refuses to start in production without a real one (see server.ts); this stays
 * lenient because `next build` evaluates the config with NODE_ENV=production.
 */
export const payloadSecret = (): string => env.payloadSecret || DEVELOPMENT_SECRET
