// Drives the review workflow over HTTP as the demo accounts, for tests that need published
// content: submit, every sign-off the policy asks for, publish.
import { expect } from 'vitest'

import { api, as } from './api'

const SIGNER: Record<string, keyof typeof as> = {
  operations: 'operations',
  initial: 'reviewer',
  privacy: 'privacy',
  medical: 'reviewer3',
  compliance: 'compliance',
}

export const workflowOf = async (collection: string, id: number | string) =>
  (await api(`/api/${collection}/${id}/workflow`, { auth: await as.admin() })).body

/** Submits and collects every sign-off the policy asks for, leaving the piece approved. */
export const approveThroughReview = async (collection: string, id: number | string) => {
  const submitted = await api(`/api/${collection}/${id}/workflow/submit`, { method: 'POST', auth: await as.editor() })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  const status = await workflowOf(collection, id)
  for (const stage of status.stages) {
    if (stage.automatic) continue
    const signers = stage.stage === 'medical' && stage.needed === 2 ? ['reviewer3', 'reviewer2'] : [SIGNER[stage.stage]]
    for (const signer of signers) {
      const res = await api(`/api/${collection}/${id}/workflow/approve`, {
        method: 'POST',
        body: { stage: stage.stage, versionHash: status.versionHash },
        auth: await as[signer as keyof typeof as](),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
  }
  return status.versionHash as string
}

export const publishThroughReview = async (collection: string, id: number | string) => {
  const versionHash = await approveThroughReview(collection, id)
  const published = await api(`/api/${collection}/${id}/workflow/publish`, {
    method: 'POST',
    body: { versionHash },
    auth: await as.publisher(),
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return versionHash
}
