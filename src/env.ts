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
  /** Numbers the hospital publishes itself (hotlines), never flagged as personal data. */
  publishedNumbers: (process.env.HOSPITAL_PUBLIC_NUMBERS || '120,12320').split(',').map((n) => n.trim()).filter(Boolean),
  /** Trust X-Forwarded-For from a reverse proxy when telling clients apart (Express `trust proxy`). */
  trustProxy: process.env.TRUST_PROXY || '',
  /** `off` keeps this instance API-only: no scheduled jobs run in it. */
  scheduler: (process.env.SCHEDULER || 'on') as 'on' | 'off',
  /** When lapsed consents and re-review dates are processed (node-cron syntax, seconds field optional). */
  maintenanceCron: process.env.MAINTENANCE_CRON || '*/15 * * * *',
}

export const DEVELOPMENT_SECRET = 'development-only-secret-change-me'

/**
 * The secret signs sessions; development gets a fixed one so `npm start` works out of the box.
 * The server refuses to start in production without a real one (see server.ts); this stays
 * lenient because `next build` evaluates the config with NODE_ENV=production.
 */
export const payloadSecret = (): string => env.payloadSecret || DEVELOPMENT_SECRET
