// Consent revocation and expiry withdraw every linked story from readers at once, and the
// withdrawal is recorded for distribution to act on.
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { consentData, storyData } from '../factories/content'
import { publishThroughReview } from '../helpers/review'

const publishedStoryWith = async (consentOverrides: Record<string, unknown> = {}) => {
  const consent = await api('/api/consents', {
    method: 'POST',
    body: consentData(consentOverrides),
    auth: await as.privacy(),
  })
  expect(consent.status, JSON.stringify(consent.body)).toBe(201)
  const story = await api('/api/patient-stories', {
    method: 'POST',
    body: await storyData({ consent: consent.body.doc.id }),
    auth: await as.editor(),
  })
  expect(story.status, JSON.stringify(story.body)).toBe(201)
  await publishThroughReview('patient-stories', story.body.doc.id)
  return { consentId: consent.body.doc.id, storyId: story.body.doc.id }
}

const publicCount = async () => (await api('/api/patient-stories/count')).body.totalDocs as number
// The maintenance job (every 3 s here) may already have proposed the erasure of an ended consent:
// that event is privacy.int.spec.ts's subject, not this file's.
const eventsFor = async (collection: string, id: number | string) =>
  (
    (
      await api(
        `/api/audit-events?where[targetCollection][equals]=${collection}&where[targetId][equals]=${id}&where[action][not_equals]=consent.erasure-due&sort=seq`,
        { auth: await as.compliance() },
      )
    ).body.docs as any[]
  ).map((e) => e.action)

describe('POST /api/consents/:id/revoke', () => {
  it('should hide the linked story from readers at once, in lists, counts, by id and over GraphQL', async () => {
    const { consentId, storyId } = await publishedStoryWith()
    const before = await publicCount()
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(200)

    const res = await api(`/api/consents/${consentId}/revoke`, {
      method: 'POST',
      body: { reason: '患者本人要求撤回' },
      auth: await as.privacy(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ consent: { id: consentId, status: 'revoked' }, withdrawnStories: [storyId] })

    expect(await publicCount()).toBe(before - 1)
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(404)
    expect((await api(`/api/patient-stories/${storyId}`, { auth: await as.apiClient() })).status).toBe(404)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `{ PatientStories(where: { id: { equals: ${storyId} } }) { totalDocs } }` },
    })
    expect(graphql.body.data.PatientStories.totalDocs).toBe(0)
    // Staff still see it, to fix or retract it.
    expect((await api(`/api/patient-stories/${storyId}`, { auth: await as.editor() })).status).toBe(200)
  })

  it('should record the revocation and each withdrawn story in the audit trail', async () => {
    const { consentId, storyId } = await publishedStoryWith()
    await api(`/api/consents/${consentId}/revoke`, {
      method: 'POST',
      body: { reason: '不再同意公开' },
      auth: await as.privacy(),
    })
    expect(await eventsFor('consents', consentId)).toEqual(['consent.created', 'consent.revoked'])
    expect((await eventsFor('patient-stories', storyId)).slice(-2)).toEqual(['workflow.withdrawn', 'story.withdrawn'])
    const story = await api(`/api/patient-stories/${storyId}`, { auth: await as.editor() })
    expect(story.body.workflow.state).toBe('withdrawn')
    expect(story.body._status).toBe('draft')
  })

  it('should refuse anyone but privacy officers and admins', async () => {
    const { consentId } = await publishedStoryWith()
    for (const persona of ['editor', 'publisher', 'reviewer', 'apiClient', 'anonymous'] as const) {
      const res = await api(`/api/consents/${consentId}/revoke`, {
        method: 'POST',
        body: { reason: '测试' },
        auth: await as[persona](),
      })
      expect(res.status, persona).toBe(403)
    }
    const consent = await api(`/api/consents/${consentId}`, { auth: await as.privacy() })
    expect(consent.body.status).toBe('active')
  })

  it('should require a reason, know the consent, and refuse revoking twice', async () => {
    const { consentId } = await publishedStoryWith()
    const noReason = await api(`/api/consents/${consentId}/revoke`, {
      method: 'POST',
      body: { reason: '  ' },
      auth: await as.privacy(),
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('撤回原因')
    expect(
      (
        await api('/api/consents/99999999/revoke', {
          method: 'POST',
          body: { reason: '测试' },
          auth: await as.privacy(),
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await api(`/api/consents/${consentId}/revoke`, {
          method: 'POST',
          body: { reason: '测试' },
          auth: await as.admin(),
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api(`/api/consents/${consentId}/revoke`, {
          method: 'POST',
          body: { reason: '测试' },
          auth: await as.privacy(),
        })
      ).status,
    ).toBe(409)
  })

  it('should keep a revocation final', async () => {
    const { consentId, storyId } = await publishedStoryWith()
    await api(`/api/consents/${consentId}/revoke`, {
      method: 'POST',
      body: { reason: '测试' },
      auth: await as.privacy(),
    })
    const reinstate = await api(`/api/consents/${consentId}`, {
      method: 'PATCH',
      body: { status: 'active' },
      auth: await as.admin(),
    })
    expect(reinstate.status).toBe(400)
    expect(reinstate.body.errors[0].code).toBe('consent-revocation-final')
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(404)
  })

  it('should hide a story whose consent is revoked by a plain update too', async () => {
    const { consentId, storyId } = await publishedStoryWith()
    await api(`/api/consents/${consentId}`, {
      method: 'PATCH',
      body: { status: 'revoked', revocationReason: '电话撤回' },
      auth: await as.privacy(),
    })
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(404)
    expect(await eventsFor('patient-stories', storyId)).toContain('story.withdrawn')
  })

  it('should refuse to submit a story whose consent has not started yet', async () => {
    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({
        validFrom: new Date(Date.now() + 86_400_000).toISOString(),
        validUntil: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      }),
      auth: await as.privacy(),
    })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    const submitted = await api(`/api/patient-stories/${story.body.doc.id}/workflow/submit`, {
      method: 'POST',
      auth: await as.editor(),
    })
    expect(submitted.status).toBe(422)
    expect(submitted.body.errors.map((e: { code: string }) => e.code)).toEqual(['consent-expired'])
  })
})

describe('consent expiry', () => {
  it('should hide the story when the consent lapses, then mark it expired on schedule', async () => {
    const { consentId, storyId } = await publishedStoryWith({
      validFrom: new Date(Date.now() - 86_400_000).toISOString(),
      validUntil: new Date(Date.now() + 4_000).toISOString(),
    })
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(200)
    await expect
      .poll(async () => (await api(`/api/patient-stories/${storyId}`)).status, { timeout: 15_000, interval: 500 })
      .toBe(404)
    await expect
      .poll(async () => (await api(`/api/consents/${consentId}`, { auth: await as.privacy() })).body.status, {
        timeout: 30_000,
        interval: 1_000,
      })
      .toBe('expired')
    expect(await eventsFor('consents', consentId)).toEqual(['consent.created', 'consent.expired'])
    expect((await eventsFor('patient-stories', storyId)).slice(-2)).toEqual(['workflow.withdrawn', 'story.withdrawn'])
  })
})
