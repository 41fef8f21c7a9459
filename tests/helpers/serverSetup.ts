// Vitest global setup for the integration suite: one real server over a fresh database of the
// kind TEST_DB names (sqlite by default), with the demo content seeded.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'
import type { TestProject } from 'vitest/node'

import { startNoticeSinks } from '../../scripts/lib/noticeSinks'
import { startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDbKind } from '../../scripts/lib/testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    dbKind: TestDbKind
    /** The server's database, for tests that must reach past the API (tampering). */
    databaseUri: string
    /** Where the server's outbox adapter writes. */
    outboxDir: string
    /** The S3-protocol server (s3rver on loopback) the s3 delivery adapter writes to. */
    s3Endpoint: string
    s3Bucket: string
    /** Where the SMTP and 企业微信 sinks file what the server sent (scripts/lib/noticeSinks.ts). */
    noticeDir: string
  }
}

export default async function setup(project: TestProject) {
  const kind = (process.env.TEST_DB || 'sqlite') as TestDbKind
  const database = await createTestDatabase(kind, 'int')
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-distribution-'))
  const outboxDir = path.join(scratch, 'outbox')
  const s3Bucket = 'distribution-test'
  const s3rver = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(scratch, 's3'),
    configureBuckets: [{ name: s3Bucket, configs: [] }],
  })
  const { port: s3Port } = await s3rver.run()
  const s3Endpoint = `http://127.0.0.1:${s3Port}`
  const sinks = await startNoticeSinks(path.join(scratch, 'notices'))
  const server = await startServerProcess({
    DATABASE_URI: database.uri,
    SEED_DEMO: '1',
    MEDIA_MAX_BYTES: '2000000',
    // Below the image limit, so uploads keep one body limit; tests/int/video.int.spec.ts makes a clip over it.
    MEDIA_VIDEO_MAX_BYTES: '300000',
    // The hospital's website and mini program call the API from the browser.
    CORS_ORIGINS: 'https://www.hospital.example,https://mini.hospital.example',
    // Expiry runs every few seconds so the suite can watch a consent lapse.
    MAINTENANCE_CRON: '*/3 * * * * *',
    // Deliveries every second, and retries a second apart, so the suite watches them happen.
    DELIVERY_CRON: '* * * * * *',
    DELIVERY_RETRY_SCHEDULE: '0,1s,1s,1s,1s',
    OUTBOX_DIR: outboxDir,
    // S3 for the delivery adapter only: media stay on disk (no S3_BUCKET).
    S3_ENDPOINT: s3Endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: '1',
    DISTRIBUTION_S3_BUCKET: s3Bucket,
    // The suite signs in many times from 127.0.0.1; accounts.int.spec.ts proves the limit on a server of its own.
    LOGIN_RATE_LIMIT: '100000',
    // Webhook receivers in the suite listen on loopback; the refusal is tested in webhookTargets.*.spec.ts.
    WEBHOOK_ALLOW_PRIVATE: '1',
    // Notices go to real SMTP and robot-webhook servers on loopback.
    SMTP_URL: sinks.smtpUrl,
    WECOM_WEBHOOK_URL: sinks.wecomUrl,
    // Many submissions come from 127.0.0.1; submissions.int.spec.ts reaches this limit last.
    SUBMISSION_RATE_LIMIT: '25',
  })
  project.provide('baseUrl', server.url)
  project.provide('dbKind', kind)
  project.provide('databaseUri', database.uri)
  project.provide('outboxDir', outboxDir)
  project.provide('s3Endpoint', s3Endpoint)
  project.provide('s3Bucket', s3Bucket)
  project.provide('noticeDir', sinks.dir)
  return async () => {
    const code = await server.stop()
    if (code !== 0) console.error(`server exited with ${code}:\n${server.output().slice(-4000)}`)
    await database.drop()
    await s3rver.close()
    await sinks.close()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
