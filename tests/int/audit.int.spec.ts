// The audit trail: consent changes are recorded, no API (admins included) can change or delete
// an event, and tampering with a row in the database is named by `npm run audit:verify`.
import { spawnSync } from 'node:child_process'

import { describe, expect, inject, it } from 'vitest'

import { api, as } from '../helpers/api'
import { consentData } from '../factories/content'
import { rawSql } from '../../scripts/lib/rawSql'
import { ROOT } from '../../scripts/lib/serverProcess'

const auditVerify = () =>
  spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/audit-verify.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URI: inject('databaseUri'), LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  })

const latestEvents = async (query = '') =>
  (await api(`/api/audit-events?sort=-seq&limit=10${query ? `&${query}` : ''}`, { auth: await as.compliance() })).body
    .docs as any[]

describe('audit trail', () => {
  it('should record consent creation, change and revocation without personal data', async () => {
    const created = await api('/api/consents', {
      method: 'POST',
      body: consentData({ patientName: '审计测试丙' }),
      auth: await as.privacy(),
    })
    const id = String(created.body.doc.id)
    await api(`/api/consents/${id}`, {
      method: 'PATCH',
      body: { status: 'revoked', revocationReason: '患者本人要求撤回' },
      auth: await as.privacy(),
    })
    // Without the maintenance job's erasure proposal, which may land at any moment here.
    const events = (
      await latestEvents(
        `where[targetId][equals]=${id}&where[targetCollection][equals]=consents&where[action][not_equals]=consent.erasure-due`,
      )
    ).reverse()
    expect(events.map((e) => e.action)).toEqual(['consent.created', 'consent.revoked'])
    expect(events[1]).toMatchObject({
      actorEmail: 'privacy@demo.hospital',
      detail: { status: 'revoked', reason: '患者本人要求撤回' },
    })
    expect(events[1].detail.fields).toEqual(expect.arrayContaining(['status', 'revocationReason']))
    expect(JSON.stringify(events)).not.toContain('审计测试丙')
    expect(events[1].seq).toBe(events[0].seq + 1)
    expect(events[1].prevHash).toBe(events[0].hash)
  })

  it('should refuse creating, changing or deleting events through the API, even for admins', async () => {
    const [event] = await latestEvents()
    const admin = await as.admin()
    expect(
      (
        await api('/api/audit-events', {
          method: 'POST',
          body: { action: 'forged', seq: 999, prevHash: 'x', hash: 'y', at: new Date().toISOString() },
          auth: admin,
        })
      ).status,
    ).toBe(403)
    expect(
      (await api(`/api/audit-events/${event.id}`, { method: 'PATCH', body: { action: 'rewritten' }, auth: admin }))
        .status,
    ).toBe(403)
    expect((await api(`/api/audit-events/${event.id}`, { method: 'DELETE', auth: admin })).status).toBe(403)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { deleteAuditEvent(id: ${JSON.stringify(event.id)}) { id } }` },
      auth: admin,
    })
    expect(graphql.body.errors?.[0]?.message).toBeTruthy()
    const after = await api(`/api/audit-events/${event.id}`, { auth: await as.compliance() })
    expect(after.body.action).toBe(event.action)
  })

  it('should keep the trail from editors, analysts and anonymous readers', async () => {
    expect((await api('/api/audit-events', { auth: await as.editor() })).status).toBe(403)
    expect((await api('/api/audit-events', { auth: await as.analyst() })).status).toBe(403)
    expect((await api('/api/audit-events')).status).toBe(403)
  })

  it('should find the chain intact, then name the row changed directly in the database', async () => {
    const intact = auditVerify()
    expect(intact.status, intact.stdout + intact.stderr).toBe(0)
    expect(intact.stdout).toContain('audit chain intact')

    const [victim] = (await latestEvents()).reverse()
    const original = await rawSql(inject('databaseUri'), 'SELECT action FROM audit_events WHERE seq = $1', [victim.seq])
    await rawSql(inject('databaseUri'), 'UPDATE audit_events SET action = $1 WHERE seq = $2', [
      'consent.viewed',
      victim.seq,
    ])
    try {
      const broken = auditVerify()
      expect(broken.status, broken.stdout + broken.stderr).toBe(1)
      expect(broken.stdout).toContain(`BROKEN at event #${victim.seq} (hash-mismatch)`)
    } finally {
      await rawSql(inject('databaseUri'), 'UPDATE audit_events SET action = $1 WHERE seq = $2', [
        String(original[0].action),
        victim.seq,
      ])
    }
    const restored = auditVerify()
    expect(restored.status, restored.stdout + restored.stderr).toBe(0)
  })
})
