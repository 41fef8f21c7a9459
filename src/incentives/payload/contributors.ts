// Contributors in the product: found or enrolled for a staff account, an opted-in submission or a
// KOL, and the pieces' contributors that a grant goes to.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf, idsOf } from '@/db/relationIds'
import type { Contributor, Submission } from '@/payload-types'
import type { ContributorKind } from '../rules/vocabulary'
import { exclusively } from './ledger'

/** Set on the system's own enrolments (families), which managers cannot create. */
export const SYSTEM_CONTRIBUTOR = 'systemContributor'

export const contributorKey = (
  c:
    | { kind: 'staff'; user: string | number }
    | { kind: 'kol'; kolPartner: string | number }
    | { kind: 'partner'; organisation: string }
    | { kind: 'family'; submission: string | number },
): string => {
  switch (c.kind) {
    case 'staff':
      return `user:${c.user}`
    case 'kol':
      return `kol:${c.kolPartner}`
    case 'partner':
      return `org:${c.organisation.trim().replace(/\s+/g, ' ').toLowerCase()}`
    case 'family':
      return `submission:${c.submission}`
  }
}

const byKey = async (req: PayloadRequest, key: string) =>
  (
    await req.payload.find({
      collection: SLUGS.contributors,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
    })
  ).docs[0] ?? null

const create = (req: PayloadRequest, data: Record<string, unknown>) =>
  req.payload.create({
    collection: SLUGS.contributors,
    data: data as never,
    overrideAccess: true,
    req,
    context: { [SYSTEM_CONTRIBUTOR]: true },
  })

/** A member of staff's contributor record, made the first time they earn something. */
export const ensureStaffContributor = (req: PayloadRequest, userId: string | number): Promise<Contributor> =>
  exclusively(req, async () => {
    const found = await byKey(req, contributorKey({ kind: 'staff', user: userId }))
    if (found) return found
    const user = await req.payload.findByID({
      collection: SLUGS.users,
      id: userId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    return create(req, { kind: 'staff', user: userId, displayName: user?.name ?? `#${userId}` })
  })

/**
 * When a submission from outside is accepted and its sender opted in: a family is its own
 * contributor (known through this submission); a partner organisation's submissions gather on
 * one record by the organisation's name. Staff submissions earn through the sender's account.
 */
export const enrolSubmitter = async (req: PayloadRequest, submission: Submission): Promise<Contributor | null> => {
  if (submission.source !== 'public' || !submission.incentivesOptIn) return null
  return exclusively(req, () => enrol(req, submission))
}

const enrol = async (req: PayloadRequest, submission: Submission): Promise<Contributor> => {
  const partner = submission.submitterRole === 'partner' && Boolean(submission.organisation?.trim())
  const kind: ContributorKind = partner ? 'partner' : 'family'
  const key = partner
    ? contributorKey({ kind: 'partner', organisation: submission.organisation! })
    : contributorKey({ kind: 'family', submission: submission.id })
  const found = await byKey(req, key)
  if (found) {
    const linked = idsOf(found.submissions)
    if (linked.some((id) => String(id) === String(submission.id))) return found
    return req.payload.update({
      collection: SLUGS.contributors,
      id: found.id,
      data: { submissions: [...linked, submission.id] as number[] },
      overrideAccess: true,
      req,
    })
  }
  return create(req, {
    kind,
    key,
    // Never the submitter's own name: the reference stands for them on staff screens.
    displayName: partner ? submission.organisation : `投稿人 ${submission.reference ?? submission.id}`,
    ...(partner ? { organisation: submission.organisation } : {}),
    submissions: [submission.id],
  })
}

/** The contributor a submission's sender earns through, if any. */
export const contributorOfSubmission = async (req: PayloadRequest, submission: Submission) => {
  if (submission.source === 'staff') {
    const sender = idOf(submission.submittedBy)
    return sender === null ? null : ensureStaffContributor(req, sender)
  }
  const { docs } = await req.payload.find({
    collection: SLUGS.contributors,
    where: { submissions: { contains: submission.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return docs[0] ?? null
}

/**
 * Who a piece's grants go to: the sender of the submission it was made from (if they take part),
 * and the member of staff who wrote it (its creator in the workflow), each once.
 */
export const contributorsOfPiece = async (
  req: PayloadRequest,
  collection: 'articles' | 'patient-stories',
  pieceId: string | number,
): Promise<Contributor[]> => {
  const piece = await req.payload.findByID({
    collection,
    id: pieceId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    draft: false,
  })
  if (!piece) return []
  const found: Contributor[] = []
  const submissionId = idOf((piece as { submission?: unknown }).submission)
  if (submissionId !== null) {
    const submission = await req.payload.findByID({
      collection: SLUGS.submissions,
      id: submissionId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const sender = submission ? await contributorOfSubmission(req, submission) : null
    if (sender) found.push(sender)
  }
  const author = idOf((piece as { workflow?: { createdBy?: unknown } }).workflow?.createdBy)
  if (author !== null) found.push(await ensureStaffContributor(req, author))
  return found.filter((c, index) => found.findIndex((other) => String(other.id) === String(c.id)) === index)
}
