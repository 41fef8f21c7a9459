// Erasure by crypto-shredding (issue #13): the person's data keys are destroyed, so their name,
// contact and signed document become unreadable in every copy — rows, versions, files, objects —
// while the consent row (reference, scope, dates, status) and the audit trail stay and verify.
import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { withTransaction } from '@/http/withTransaction'
import { env } from '@/env'
import { erasureDueAt, parseRetention, type RetentionDays } from '@/privacy/rules/retention'
import { DATA_KEY_FIELD, hashFieldOf } from './encryptedFields'
import { destroyKeys } from './keyring'
import { findRaw } from './rawRows'

let retention: RetentionDays | undefined
export const consentRetention = (): RetentionDays => (retention ??= parseRetention(env.consentRetention))

type RawConsent = {
  id: string | number
  status?: string
  purposes?: string[]
  validUntil?: string
  revokedAt?: string
  erasedAt?: string
  document?: string | number | { id: string | number } | null
  [DATA_KEY_FIELD]?: string | null
}

const idOf = (value: RawConsent['document']) => (value && typeof value === 'object' ? value.id : (value ?? null))

export const findRawConsent = async (req: PayloadRequest, id: string): Promise<RawConsent | null> =>
  (await findRaw(req, SLUGS.consents, id)) as RawConsent | null

export const eraseConsentData = async (req: PayloadRequest, id: string, reason: string) => {
  const language = pickLanguage(req.i18n?.language)
  return withTransaction(req, async () => {
    const consent = await findRawConsent(req, id)
    if (!consent) throw new CodedError('consent-not-found', 404, language)
    if (consent.status === 'erased') throw new CodedError('personal-data-erased', 409, language)
    const due = erasureDueAt(consent, consentRetention())
    if (consent.status !== 'revoked' && (!due || due.getTime() > Date.now()))
      throw new CodedError('erase-not-due', 409, language, { due: due ? due.toISOString().slice(0, 10) : '—' })
    const documentId = idOf(consent.document)
    const document = documentId
      ? await req.payload.db.findOne<{ id: string | number; [DATA_KEY_FIELD]?: string | null }>({
          collection: SLUGS.consentDocuments,
          where: { id: { equals: documentId } },
          req,
        })
      : null
    // The submission the consent came with holds the same person's contact and photos.
    const linked = await submissionKeys(req, { consent: { equals: id } })
    const keyIds = [consent[DATA_KEY_FIELD], document?.[DATA_KEY_FIELD], ...linked.keyIds].filter((k): k is string =>
      Boolean(k),
    )
    const erasedAt = new Date().toISOString()
    await req.payload.update({
      collection: SLUGS.consents,
      id,
      data: { status: 'erased', erasedAt, erasureDueAt: null, document: null },
      overrideAccess: true,
      req,
      context: { personalDataErasure: { reason, keysDestroyed: keyIds.length } },
    })
    // The ciphertext stays, unreadable; the name hash goes, as it would still confirm a guessed name.
    await req.payload.db.updateOne({
      collection: SLUGS.consents,
      id,
      data: { [hashFieldOf('patientName')]: null },
      req,
    })
    if (document)
      await req.payload.delete({ collection: SLUGS.consentDocuments, id: document.id, overrideAccess: true, req })
    await destroyKeys(req, keyIds)
    return { id: consent.id, status: 'erased' as const, erasedAt, keysDestroyed: keyIds.length }
  })
}

/** The scheduled job's part: marks consents whose erasure is due, for a privacy officer to confirm. */
export const proposeDueErasures = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const candidates = await req.payload.find({
    collection: SLUGS.consents,
    where: {
      and: [{ status: { in: ['revoked', 'expired', 'active'] } }, { erasureDueAt: { exists: false } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, purposes: true, validUntil: true, revokedAt: true },
    req,
  })
  let proposed = 0
  for (const consent of candidates.docs) {
    const due = erasureDueAt(consent, consentRetention())
    if (!due || due.getTime() > now.getTime()) continue
    await req.payload.db.updateOne({
      collection: SLUGS.consents,
      id: consent.id,
      data: { erasureDueAt: due.toISOString() },
      req,
    })
    await recordAuditEvent(req, {
      action: 'consent.erasure-due',
      targetCollection: SLUGS.consents,
      targetId: consent.id,
      detail: { due: due.toISOString(), status: consent.status },
    })
    proposed += 1
  }
  return proposed
}

/**
 * A reader's contact serves one correction: once it is closed and CORRECTION_CONTACT_RETENTION_DAYS
 * have passed, the contact's key is destroyed and the field cleared, with no one to confirm.
 */
export const eraseClosedCorrectionContacts = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const before = new Date(now.getTime() - env.correctionContactRetentionDays * 24 * 60 * 60 * 1000).toISOString()
  const closed = await req.payload.db.find({
    collection: SLUGS.corrections,
    where: {
      and: [
        { status: { in: ['resolved', 'rejected'] } },
        { updatedAt: { less_than_equal: before } },
        { [DATA_KEY_FIELD]: { exists: true } },
      ],
    },
    pagination: false,
    req,
  })
  for (const correction of closed.docs as { id: string | number; [DATA_KEY_FIELD]?: string | null }[]) {
    const keyId = correction[DATA_KEY_FIELD]
    await req.payload.db.updateOne({
      collection: SLUGS.corrections,
      id: correction.id,
      data: { contact: null, [DATA_KEY_FIELD]: null },
      req,
    })
    if (keyId) await destroyKeys(req, [keyId])
    await recordAuditEvent(req, {
      action: 'correction.contact-erased',
      targetCollection: SLUGS.corrections,
      targetId: correction.id,
      detail: { retentionDays: env.correctionContactRetentionDays },
    })
  }
  return closed.docs.length
}

type KeyedRow = { id: string | number; [DATA_KEY_FIELD]?: string | null }

/** The data keys of the submissions matching `where` and of their files. */
const submissionKeys = async (req: PayloadRequest, where: Where) => {
  const submissions = (await req.payload.db.find({ collection: SLUGS.submissions, where, pagination: false, req }))
    .docs as KeyedRow[]
  const ids = submissions.map((s) => s.id)
  const files = ids.length
    ? ((
        await req.payload.db.find({
          collection: SLUGS.submissionFiles,
          where: { submission: { in: ids } },
          pagination: false,
          req,
        })
      ).docs as KeyedRow[])
    : []
  return {
    submissions,
    files,
    keyIds: [...submissions, ...files].map((row) => row[DATA_KEY_FIELD]).filter((k): k is string => Boolean(k)),
  }
}

/**
 * Submitters' contacts and sent files are kept while their piece is being decided: once a
 * submission is declined or published and SUBMISSION_CONTACT_RETENTION_DAYS have run, the same
 * job destroys their keys (contact, name, photos) and clears the contact.
 */
export const eraseClosedSubmissionData = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const before = new Date(now.getTime() - env.submissionContactRetentionDays * 24 * 60 * 60 * 1000).toISOString()
  const { submissions, files, keyIds } = await submissionKeys(req, {
    and: [
      { status: { in: ['declined', 'published'] } },
      { updatedAt: { less_than_equal: before } },
      { [DATA_KEY_FIELD]: { exists: true } },
    ],
  })
  for (const submission of submissions) {
    await req.payload.db.updateOne({
      collection: SLUGS.submissions,
      id: submission.id,
      data: { contact: null, submitterName: null, [DATA_KEY_FIELD]: null },
      req,
    })
    await recordAuditEvent(req, {
      action: 'submission.contact-erased',
      targetCollection: SLUGS.submissions,
      targetId: submission.id,
      detail: {
        retentionDays: env.submissionContactRetentionDays,
        files: files.filter((f) => String((f as { submission?: unknown }).submission) === String(submission.id)).length,
      },
    })
  }
  await destroyKeys(req, keyIds)
  return submissions.length
}
