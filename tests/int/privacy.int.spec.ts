// Patient data protection (issue #13), on a server of its own with a master key, S3 for signed
// documents, and a scheduler that runs every two seconds. The invariant: no identifying value is
// ever stored in plain (database bytes, S3 objects, files on disk); it is read back only by someone
// allowed, for a stated purpose, and each read is recorded; erasure leaves nothing readable while
// the audit chain still verifies; rotation and a wrong key behave.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { unzipSync } from 'fflate'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { minimalPdf, uploadForm } from '../helpers/images'
import { rawSql } from '../../scripts/lib/rawSql'
import { ROOT, type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'

const BUCKET = 'cms-private-test'
const KEY_1 = crypto.randomBytes(32).toString('base64')
const KEY_2 = crypto.randomBytes(32).toString('hex')
const PASSWORD = 'test-password-2026'
const run = crypto.randomBytes(3).toString('hex')
// Values no demo record holds, so finding their bytes anywhere means they leaked.
const NAME = `岑${['晓', '若', '思', '予'][run.charCodeAt(0) % 4]}澜`
const CONTACT = `1390${String(parseInt(run, 16)).padStart(7, '0').slice(0, 7)}`
const GUARDIAN = `监护人岑${run}`
const READER_EMAIL = `reader-${run}@mail.example`
const PDF_MARKER = `SIGNED-BY-PATIENT-${run}`

type Call = { status: number; body: any; headers: Headers; bytes: Buffer }

/** A signed PDF with a marker inside, so its plain bytes can be looked for in storage. */
const signedPdf = () => minimalPdf(PDF_MARKER)

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
        const full = path.join(entry.parentPath, entry.name)
        return entry.isFile() ? [full] : []
      })
    : []

const needles = () =>
  [NAME, CONTACT, GUARDIAN, READER_EMAIL, PDF_MARKER].map((value) => ({ value, bytes: Buffer.from(value, 'utf8') }))

describe('patient data protection', () => {
  const kind = inject('dbKind')
  let s3rver: S3rver
  let s3Dir: string
  let privateDir: string
  let database: TestDatabase
  let server: RunningServer
  let s3Env: Record<string, string>
  const tokens = new Map<string, string>()

  const call = async (
    urlPath: string,
    {
      method = 'GET',
      body,
      as,
      headers = {},
    }: { method?: string; body?: unknown; as?: string; headers?: Record<string, string> } = {},
  ): Promise<Call> => {
    const h: Record<string, string> = { ...headers }
    if (as) h.authorization = `JWT ${tokens.get(as) ?? (await login(as))}`
    let payload: BodyInit | undefined
    if (body instanceof FormData) payload = body
    else if (body !== undefined) {
      payload = JSON.stringify(body)
      h['content-type'] = 'application/json'
    }
    const response = await fetch(`${server.url}${urlPath}`, { method, headers: h, body: payload })
    const bytes = Buffer.from(await response.arrayBuffer())
    let parsed: unknown
    try {
      parsed = JSON.parse(bytes.toString('utf8'))
    } catch {
      parsed = undefined
    }
    return { status: response.status, body: parsed, headers: response.headers, bytes }
  }

  const login = async (who: string): Promise<string> => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@demo.hospital`, password: PASSWORD }),
    })
    const token = ((await response.json()) as { token: string }).token
    tokens.set(who, token)
    return token
  }

  const start = async (extra: Record<string, string>) => {
    tokens.clear()
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '1',
      PRIVATE_DIR: privateDir,
      MAINTENANCE_CRON: '*/2 * * * * *',
      // A closed correction's reader contact is erased at the next tick.
      CORRECTION_CONTACT_RETENTION_DAYS: '0',
      ...extra,
    })
  }

  const purpose = { 'x-data-purpose': 'verify-consent' }

  const createConsent = async (overrides: Record<string, unknown> = {}) => {
    const res = await call('/api/consents', {
      method: 'POST',
      as: 'privacy',
      body: {
        reference: `SQ-PD-${run}-${crypto.randomBytes(3).toString('hex')}`,
        patientName: NAME,
        patientContact: CONTACT,
        patientAgeYears: 9,
        guardianName: GUARDIAN,
        guardianRelationship: '母亲',
        allowedChannels: ['website'],
        purposes: ['health-education'],
        validFrom: '2026-01-01T00:00:00.000Z',
        validUntil: '2027-12-31T00:00:00.000Z',
        ...overrides,
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: number | string; reference: string }
  }

  const uploadDocument = async () => {
    const res = await call('/api/consent-documents', {
      method: 'POST',
      as: 'privacy',
      body: uploadForm(signedPdf(), `consent-${run}.pdf`, 'application/pdf', { note: '签署页' }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: number | string; filename: string; url: string }
  }

  const eventsFor = async (collection: string, id: number | string, action?: string) => {
    const query = new URLSearchParams({
      'where[targetCollection][equals]': collection,
      'where[targetId][equals]': String(id),
      sort: 'seq',
      limit: '200',
      ...(action ? { 'where[action][equals]': action } : {}),
    })
    return (await call(`/api/audit-events?${query}`, { as: 'admin' })).body.docs as {
      action: string
      actorEmail: string
      detail: Record<string, unknown>
    }[]
  }

  /** Every byte the database keeps on disk for this test's database. */
  const databaseBytes = async (): Promise<{ files: string[]; bytes: Buffer }> => {
    if (kind === 'sqlite') {
      await rawSql(database.uri, 'PRAGMA wal_checkpoint(TRUNCATE)')
      const file = database.uri.replace(/^file:/, '')
      const files = [file, `${file}-wal`].filter((f) => fs.existsSync(f))
      return { files, bytes: Buffer.concat(files.map((f) => fs.readFileSync(f))) }
    }
    await rawSql(database.uri, 'CHECKPOINT')
    const dataDir = (await rawSql(database.uri, 'SHOW data_directory'))[0].data_directory as string
    const oid = (await rawSql(database.uri, 'SELECT oid FROM pg_database WHERE datname = current_database()'))[0].oid
    const files = filesUnder(path.join(dataDir, 'base', String(oid)))
    return { files, bytes: Buffer.concat(files.map((f) => fs.readFileSync(f))) }
  }

  const s3Bytes = () => {
    const files = filesUnder(s3Dir).filter((f) => !f.endsWith('.json') && !f.includes('_metadata'))
    return { files, bytes: Buffer.concat(files.map((f) => fs.readFileSync(f))) }
  }

  beforeAll(async () => {
    s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-private-'))
    privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-private-'))
    s3rver = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    })
    const { port } = await s3rver.run()
    s3Env = {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    }
    database = await createTestDatabase(kind, 'privacy')
    await start({ DATA_KEY: KEY_1, ...s3Env })
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
    await s3rver?.close()
    fs.rmSync(s3Dir, { recursive: true, force: true })
    fs.rmSync(privateDir, { recursive: true, force: true })
  })

  it('should store names, contacts and signed documents only as ciphertext: database bytes and S3 objects', async () => {
    const document = await uploadDocument()
    const consent = await createConsent({ document: document.id })
    const correction = await call('/api/corrections', {
      method: 'POST',
      body: {
        article: (await call('/api/articles?limit=1&depth=0')).body.docs[0].id,
        message: '文中的门诊时间有误，周六上午不开诊。',
        contact: READER_EMAIL,
      },
    })
    expect(correction.status, JSON.stringify(correction.body)).toBe(201)
    const raw = await rawSql(
      database.uri,
      'SELECT patient_name, patient_contact, guardian_name FROM consents WHERE id = $1',
      [consent.id],
    )
    for (const value of Object.values(raw[0])) expect(String(value)).toMatch(/^pd1:/)

    const db = await databaseBytes()
    expect(db.files.length).toBeGreaterThan(0)
    const objects = s3Bytes()
    expect(objects.files.length).toBeGreaterThan(0)
    for (const { value, bytes } of needles()) {
      expect(db.bytes.includes(bytes), `${value} found in the database files`).toBe(false)
      expect(objects.bytes.includes(bytes), `${value} found in an S3 object`).toBe(false)
    }
    // …and yet it is all there for the one who may read it.
    const back = await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: purpose })
    expect(back.body).toMatchObject({ patientName: NAME, patientContact: CONTACT, guardianName: GUARDIAN })
  })

  it('should show identifying fields only to the roles allowed, for a stated purpose, and record every read', async () => {
    const consent = await createConsent()
    const without = await call(`/api/consents/${consent.id}`, { as: 'privacy' })
    expect(without.status).toBe(200)
    expect(without.body).toMatchObject({ patientName: null, patientContact: null, guardianName: null })
    expect(await eventsFor('consents', consent.id, 'personal-data.read')).toHaveLength(0)

    const withPurpose = await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: purpose })
    expect(withPurpose.body.patientName).toBe(NAME)
    const cookie = await call(`/api/consents/${consent.id}`, {
      as: 'admin',
      headers: { cookie: 'cms-data-purpose=compliance-audit' },
    })
    expect(cookie.body.patientName).toBe(NAME)
    // The admin's cookie opens one record, never a list; a list needs the header.
    const listByCookie = await call(`/api/consents?where[id][equals]=${consent.id}`, {
      as: 'privacy',
      headers: { cookie: 'cms-data-purpose=compliance-audit' },
    })
    expect(listByCookie.body.docs[0].patientName).toBeNull()
    const list = await call(`/api/consents?where[id][equals]=${consent.id}`, { as: 'privacy', headers: purpose })
    expect(list.body.docs[0].patientName).toBe(NAME)
    const graphql = await call('/api/graphql', {
      method: 'POST',
      as: 'privacy',
      headers: purpose,
      body: { query: `{ Consent(id: ${JSON.stringify(consent.id)}) { patientName patientContact } }` },
    })
    expect(graphql.body.data.Consent).toEqual({ patientName: NAME, patientContact: CONTACT })

    const reads = await eventsFor('consents', consent.id, 'personal-data.read')
    expect(reads.map((e) => [e.actorEmail, e.detail.purpose, e.detail.via])).toEqual([
      ['privacy@demo.hospital', 'verify-consent', 'document'],
      ['admin@demo.hospital', 'compliance-audit', 'document'],
      ['privacy@demo.hospital', 'verify-consent', 'list'],
      ['privacy@demo.hospital', 'verify-consent', 'document'],
    ])
    expect(reads[0].detail.fields).toEqual(['guardianName', 'patientContact', 'patientName'])

    // Nobody else, whatever they state.
    for (const persona of ['editor', 'publisher', 'reviewer', 'compliance', 'analyst']) {
      const res = await call(`/api/consents/${consent.id}`, { as: persona, headers: purpose })
      expect(res.status, persona).toBe(200)
      expect(res.body.patientName, persona).toBeUndefined()
      expect(JSON.stringify(res.body), persona).not.toContain(NAME)
    }
    expect((await call(`/api/consents/${consent.id}`, { headers: purpose })).status).toBe(403)
    expect(await eventsFor('consents', consent.id, 'personal-data.read')).toHaveLength(4)
  })

  it('should answer any stated purpose with the values or a 400, never a 5xx or a leak', async () => {
    const consent = await createConsent()
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (stated) => {
        const value = stated.replace(/[^\x20-\x7e]/g, 'x').trim() || 'x'
        const res = await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: { 'x-data-purpose': value } })
        if (['verify-consent', 'contact-person', 'handle-request', 'compliance-audit'].includes(value))
          expect(res.body.patientName).toBe(NAME)
        else {
          expect(res.status).toBe(400)
          expect(res.body.errors[0].code).toBe('data-purpose-invalid')
          expect(res.bytes.includes(Buffer.from(NAME))).toBe(false)
        }
      }),
      { numRuns: 25 },
    )
  })

  it('should find a person by exact name through the keyed hash, and refuse every other way of searching names', async () => {
    const consent = await createConsent()
    const byName = (name: string, who = 'privacy', operator = 'equals') =>
      call(`/api/consents?where[patientName][${operator}]=${encodeURIComponent(name)}&depth=0`, { as: who })
    const found = await byName(` ${NAME.split('').join(' ')} `)
    expect(found.status).toBe(200)
    expect(found.body.docs.map((d: { id: unknown }) => d.id)).toContain(consent.id)
    expect((await byName('从未登记的名字')).body.totalDocs).toBe(0)
    const notThis = await call(
      `/api/consents?where[and][0][patientName][not_equals]=${encodeURIComponent(NAME)}&where[and][1][id][equals]=${consent.id}`,
      { as: 'privacy' },
    )
    expect(notThis.body.totalDocs).toBe(0)

    for (const operator of ['like', 'contains', 'greater_than'] as const) {
      const res = await byName(NAME.slice(0, 1), 'privacy', operator)
      expect(res.status, operator).toBe(400)
      expect(res.body.errors[0].code).toBe('encrypted-field-query')
    }
    expect((await call('/api/consents?sort=patientName', { as: 'privacy' })).status).toBe(400)
    expect((await call('/api/consents?where[patientContact][equals]=1', { as: 'privacy' })).status).toBe(400)
    // Those who may not read names cannot test a guess either: not by name, not by its hash.
    for (const who of ['editor', 'compliance']) {
      const res = await byName(NAME, who)
      expect(res.status, who).toBe(400)
      expect(JSON.stringify(res.body)).not.toContain(String(consent.id) + ',')
      const hash = await call('/api/consents?where[patientNameHash][exists]=true', { as: who })
      expect(hash.status, who).toBe(400)
    }
    const graphql = await call('/api/graphql', {
      method: 'POST',
      as: 'editor',
      body: { query: `{ Consents(where: { patientName: { equals: ${JSON.stringify(NAME)} } }) { totalDocs } }` },
    })
    expect(graphql.body.data?.Consents?.totalDocs ?? 0).toBe(0)
    expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it("should erase a reader's contact once the correction is closed and its retention has run", async () => {
    const article = (await call('/api/articles?limit=1&depth=0')).body.docs[0].id
    const created = await call('/api/corrections', {
      method: 'POST',
      body: { article, message: '图片说明里的科室名称写错了。', contact: `closing-${READER_EMAIL}` },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const keyOf = async () =>
      (await rawSql(database.uri, 'SELECT data_key_id, contact FROM corrections WHERE id = $1', [id]))[0]
    const keyId = (await keyOf())?.data_key_id as string
    expect(keyId).toBeTruthy()
    // Open: kept, however long.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect((await keyOf())?.contact).toMatch(/^pd1:/)
    const closed = await call(`/api/corrections/${id}`, {
      method: 'PATCH',
      as: 'editor',
      body: { status: 'resolved', response: '已更正，感谢指出。' },
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    await expect.poll(async () => (await keyOf())?.contact, { timeout: 20_000, interval: 500 }).toBeNull()
    expect(await rawSql(database.uri, 'SELECT 1 FROM data_keys WHERE key_id = $1', [keyId])).toHaveLength(0)
    expect((await eventsFor('corrections', id, 'correction.contact-erased')).length).toBe(1)
    const ticket = await call(`/api/corrections/${id}`, { as: 'editor', headers: purpose })
    expect(ticket.body).toMatchObject({ status: 'resolved', contact: null })
  })

  it("should not let anyone point a record at another person's key, forge its hash, paste ciphertext, or reach the keys", async () => {
    const mine = await createConsent()
    const theirs = await createConsent({ patientName: '另一位患者' })
    const rowOf = async (id: number | string) =>
      (
        await rawSql(database.uri, 'SELECT data_key_id, patient_name, patient_name_hash FROM consents WHERE id = $1', [
          id,
        ])
      )[0]
    const before = await rowOf(mine.id)
    const their = await rowOf(theirs.id)
    for (const who of ['privacy', 'admin']) {
      const res = await call(`/api/consents/${mine.id}`, {
        method: 'PATCH',
        as: who,
        body: { dataKeyId: their.data_key_id, patientNameHash: their.patient_name_hash, revocationReason: null },
      })
      expect(res.status, who).toBe(200)
      expect(await rowOf(mine.id), who).toEqual(before)
    }
    const pasted = await call(`/api/consents/${mine.id}`, {
      method: 'PATCH',
      as: 'privacy',
      body: { patientName: their.patient_name },
    })
    expect(pasted.status).toBe(400)
    expect(pasted.body.errors[0].code).toBe('encrypted-value-refused')
    expect(await rowOf(mine.id)).toEqual(before)
    // A form opened without a purpose sends the masked fields back empty: nothing is cleared.
    const blank = await call(`/api/consents/${mine.id}`, {
      method: 'PATCH',
      as: 'privacy',
      body: { patientContact: '', guardianRelationship: '父亲' },
    })
    expect(blank.status, JSON.stringify(blank.body)).toBe(200)
    expect((await rowOf(mine.id)).patient_name).toBe(before.patient_name)
    expect((await call(`/api/consents/${mine.id}`, { as: 'privacy', headers: purpose })).body.patientContact).toBe(
      CONTACT,
    )
    const cleared = await call(`/api/consents/${mine.id}`, {
      method: 'PATCH',
      as: 'privacy',
      headers: purpose,
      body: { patientContact: null },
    })
    expect(cleared.body.doc.patientContact).toBeNull()
    const tooLong = await call(`/api/consents/${mine.id}`, {
      method: 'PATCH',
      as: 'privacy',
      body: { patientContact: '1'.repeat(5000) },
    })
    expect(tooLong.status).toBeLessThan(500)

    for (const who of ['admin', 'privacy', 'editor']) {
      expect((await call('/api/data-keys', { as: who })).status, who).toBe(403)
      const gql = await call('/api/graphql', {
        method: 'POST',
        as: who,
        body: { query: '{ DataKeys { docs { keyId wrapped } } }' },
      })
      expect(JSON.stringify(gql.body), who).not.toContain('wrapped":"')
    }
    expect((await call('/api/data-keys')).status).toBe(403)
  })

  it('should serve a signed document decrypted, only to privacy officers who state a purpose, recording the read', async () => {
    const document = await uploadDocument()
    const url = new URL(document.url, server.url).pathname
    expect((await call(url, { as: 'privacy' })).status).toBe(403)
    expect((await call(url, { as: 'editor', headers: purpose })).status).toBe(403)
    expect((await call(url, { headers: purpose })).status).toBe(403)
    const ok = await call(url, {
      as: 'privacy',
      headers: { cookie: 'cms-data-purpose=handle-request', range: 'bytes=0-3' },
    })
    expect(ok.status).toBe(200)
    expect(ok.bytes.equals(signedPdf())).toBe(true)
    expect(ok.headers.get('cache-control')).toBe('private, no-store')
    const reads = await eventsFor('consent-documents', document.id, 'personal-data.read')
    expect(reads.map((e) => e.detail.purpose)).toEqual(['handle-request'])
  })

  it('should export everything held about the person as a zip whose signed manifest checks out', async () => {
    const document = await uploadDocument()
    const consent = await createConsent({ document: document.id })
    await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: purpose })
    expect((await call(`/api/consents/${consent.id}/export`, { as: 'editor' })).status).toBe(403)
    const res = await call(`/api/consents/${consent.id}/export`, { as: 'privacy' })
    expect(res.status, res.bytes.toString().slice(0, 300)).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(res.bytes))
    const text = (name: string) => Buffer.from(files[name]).toString('utf8')
    expect(JSON.parse(text('consent.json'))).toMatchObject({
      reference: consent.reference,
      patientName: NAME,
      patientContact: CONTACT,
      guardianName: GUARDIAN,
    })
    expect(Buffer.from(files[`documents/${document.filename}`]).equals(signedPdf())).toBe(true)
    expect(JSON.parse(text('stories.json'))).toEqual([])
    const record = JSON.parse(text('access-record.json')) as { action: string; purpose: string | null }[]
    expect(record.map((e) => e.action)).toEqual(['consent.created', 'personal-data.read'])

    const manifest = Buffer.from(files['manifest.json'])
    const signature = Buffer.from(files['manifest.sig'])
    expect(crypto.verify(null, manifest, crypto.createPublicKey(text('signing-key.pem')), signature)).toBe(true)
    const listed = JSON.parse(manifest.toString('utf8')) as { files: { path: string; sha256: string }[] }
    expect(listed.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((name) => !['manifest.json', 'manifest.sig', 'signing-key.pem'].includes(name))
        .sort(),
    )
    for (const file of listed.files)
      expect(crypto.createHash('sha256').update(files[file.path]).digest('hex'), file.path).toBe(file.sha256)
    expect((await eventsFor('consents', consent.id, 'personal-data.exported')).length).toBe(1)
  })

  it('should propose the erasure of a revoked consent, then erase it so nothing of the person is readable anywhere', async () => {
    const document = await uploadDocument()
    const consent = await createConsent({ document: document.id })
    const objectsBefore = s3Bytes().files.length
    const erase = (who: string, body: unknown = { reason: '本人要求删除' }) =>
      call(`/api/consents/${consent.id}/erase`, { method: 'POST', as: who, body })
    const keyId = (await rawSql(database.uri, 'SELECT data_key_id FROM consents WHERE id = $1', [consent.id]))[0]
      .data_key_id as string
    const wrapped = (await rawSql(database.uri, 'SELECT wrapped FROM data_keys WHERE key_id = $1', [keyId]))[0]
      .wrapped as string

    expect((await erase('privacy')).body.errors[0].code).toBe('erase-not-due')
    expect((await erase('editor')).status).toBe(403)
    expect((await erase('privacy', {})).status).toBe(400)
    const revoked = await call(`/api/consents/${consent.id}/revoke`, {
      method: 'POST',
      as: 'privacy',
      body: { reason: '本人撤回授权' },
    })
    expect(revoked.status).toBe(200)
    // The scheduler proposes it (every two seconds here).
    await expect
      .poll(async () => (await call(`/api/consents/${consent.id}`, { as: 'privacy' })).body.erasureDueAt, {
        timeout: 20_000,
        interval: 500,
      })
      .toBeTruthy()
    expect(await eventsFor('consents', consent.id, 'consent.erasure-due')).toHaveLength(1)

    const erased = await erase('privacy')
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect(erased.body).toMatchObject({ status: 'erased', keysDestroyed: 2 })

    const after = await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: purpose })
    expect(after.body).toMatchObject({ status: 'erased', patientName: null, patientContact: null, document: null })
    expect(await rawSql(database.uri, 'SELECT 1 FROM data_keys WHERE key_id = $1', [keyId])).toHaveLength(0)
    expect(
      (
        await call(
          `/api/consents?where[patientName][equals]=${encodeURIComponent(NAME)}&where[id][equals]=${consent.id}`,
          { as: 'privacy' },
        )
      ).body.totalDocs,
    ).toBe(0)
    expect((await call(`/api/consents/${consent.id}/export`, { as: 'privacy' })).status).toBe(410)
    expect((await erase('privacy')).status).toBe(409)
    const edit = await call(`/api/consents/${consent.id}`, {
      method: 'PATCH',
      as: 'privacy',
      body: { patientName: NAME },
    })
    expect(edit.status).toBe(409)
    expect((await call(`/api/consent-documents/${document.id}`, { as: 'privacy' })).status).toBe(404)
    expect(s3Bytes().files.length).toBeLessThan(objectsBefore)
    const event = (await eventsFor('consents', consent.id, 'consent.erased'))[0]
    expect(event.detail).toMatchObject({ reason: '本人要求删除', keysDestroyed: 2 })

    // The destroyed key's bytes are gone from the SQLite file itself (secure_delete).
    if (kind === 'sqlite') expect((await databaseBytes()).bytes.includes(Buffer.from(wrapped))).toBe(false)
    const verify = spawnSync('npm', ['run', '--silent', 'audit:verify'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URI: database.uri },
      encoding: 'utf8',
    })
    expect(verify.status, verify.stdout + verify.stderr).toBe(0)
    expect(verify.stdout).toContain('intact')
  })

  it('should keep every record readable through a key rotation, store local files encrypted, and refuse a wrong or missing key at start', async () => {
    const consent = await createConsent()
    await server.stop()
    const rotate = spawnSync('npm', ['run', '--silent', 'keys:rotate'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URI: database.uri, DATA_KEY: KEY_2, DATA_KEY_PREVIOUS: KEY_1 },
      encoding: 'utf8',
    })
    expect(rotate.status, rotate.stdout + rotate.stderr).toBe(0)
    expect(rotate.stdout).toMatch(/(\d+)\/\1 \(100%\)/)
    const stale = await rawSql(database.uri, 'SELECT count(*) AS n FROM data_keys WHERE master_key_id <> $1', [
      (await rawSql(database.uri, "SELECT master_key_id FROM data_keys WHERE key_id = 'name-index-v1'"))[0]
        .master_key_id as string,
    ])
    expect(Number(stale[0].n)).toBe(0)

    // The old key alone now fits no stored key; a malformed or unset key is refused the same way
    // before any database work (src/privacy/payload/keyring.spec.ts).
    await expect(startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '0', DATA_KEY: KEY_1 })).rejects.toThrow(
      /DATA_KEY is not the master key this database was encrypted with/,
    )
    // Refused before any database work, so once is enough (the SQLite run).
    if (kind === 'sqlite')
      await expect(
        startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '0', NODE_ENV: 'production', PAYLOAD_SECRET: 'x' }),
      ).rejects.toThrow(/DATA_KEY must be set when NODE_ENV=production/)

    // The new key alone, files on local disk this time.
    await start({ DATA_KEY: KEY_2 })
    const back = await call(`/api/consents/${consent.id}`, { as: 'privacy', headers: purpose })
    expect(back.body).toMatchObject({ patientName: NAME, guardianName: GUARDIAN })
    const document = await uploadDocument()
    const stored = filesUnder(privateDir).filter((f) => f.endsWith(document.filename))
    expect(stored).toHaveLength(1)
    const onDisk = fs.readFileSync(stored[0])
    expect(onDisk.includes(Buffer.from(PDF_MARKER))).toBe(false)
    expect(onDisk.subarray(0, 7).toString('latin1')).toBe('CMSPD1\n')
    const served = await call(new URL(document.url, server.url).pathname, { as: 'privacy', headers: purpose })
    expect(served.bytes.equals(signedPdf())).toBe(true)
    expect((await call(`/api/consent-documents/${document.id}`, { method: 'DELETE', as: 'privacy' })).status).toBe(200)
    expect(fs.existsSync(stored[0])).toBe(false)
  }, 300_000)
})
