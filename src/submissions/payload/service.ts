// 投稿 in the product: the public form's submission (with its consent, created through the
// consent collection's own rules), the submitter's tracking link, and operations' triage. Every
// change of status is audited, kept in the submission's history and — for what the submitter
// needs to hear — queued as a notification in the same transaction.
import { createHash, randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { STATUS_LABELS } from '../../../collections/Submissions/labels'
import { SYSTEM_DRAFT } from '@/review/payload/reviewGate'
import { checkRole } from '@/access/checkRole'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { scanPii } from '@/compliance/rules/scanners/pii'
import { plainTextToLexical } from '@/content/lexical'
import { idOf } from '@/db/relationIds'
import { env, payloadSecret } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { type ErrorCode, pickLanguage } from '@/errors/messages'
import { CLIENT_ADDRESS_HEADER } from '@/http/clientAddress'
import { withTransaction } from '@/http/withTransaction'
import { QUEUES } from '@/jobs/queues'
import type { Submission } from '@/payload-types'
import { SENSITIVE_PURPOSE_STATEMENT } from '../rules/consentText'
import {
  type SubmissionAction,
  type SubmissionInput,
  type SubmissionStatus,
  nextStatus,
  SUBMISSION_STATUSES,
} from '../rules/submissionRules'

/** Set on the public service's own writes (which carry everything already) for the collection's hooks. */
export const PUBLIC_SUBMISSION = 'publicSubmission'

export type SubmissionEvent = 'received' | 'accepted' | 'changes-requested' | 'declined' | 'published' | 'withdrawn'
type HistoryEntry = { status: SubmissionStatus; at: string; note?: string }

const fail = (
  req: PayloadRequest,
  code: ErrorCode,
  status: number,
  params: Record<string, string | number> = {},
  field?: string,
) => new CodedError(code, status, pickLanguage(req.i18n?.language), params, field)

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** A new tracking token: shown once to the submitter, kept only as its SHA-256. */
export const newTrackingToken = () => randomBytes(24).toString('base64url')
export const trackingHashOf = (token: string) => sha256(`tracking:${token}`)

/** Keyed, so the stored value cannot be reversed to an address by trying them all. */
export const clientHashOf = (req: PayloadRequest) =>
  createHash('sha256')
    .update(`${payloadSecret()}:submission:${req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'}`)
    .digest('hex')

export const newSubmissionReference = () => {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
  return `TG-${day}-${randomBytes(4).toString('hex').toUpperCase()}`
}

/** Where the submitter follows their piece: the token sits in the fragment, which no server logs. */
export const trackingUrl = (token: string) => `${env.serverUrl || ''}/submit/track#${token}`

/** The personal data the scanner finds in the text: codes and places, never the values. */
export const piiFindingsOf = (input: Pick<SubmissionInput, 'title' | 'body' | 'consent'>) =>
  (['title', 'body'] as const).flatMap((field) =>
    scanPii(input[field], {
      kind: 'patient-story',
      patientNames: [input.consent?.patientName, input.consent?.guardianName].filter((n): n is string => Boolean(n)),
      publishedNumbers: env.publishedNumbers,
    }).map((finding) => ({ field, code: finding.code, start: finding.start, end: finding.end })),
  )

export const queueSubmitterNotice = async (
  req: PayloadRequest,
  submissionId: string | number,
  event: SubmissionEvent,
) =>
  req.payload.jobs.queue({
    task: 'notifySubmitter',
    input: { submissionId: String(submissionId), event },
    queue: QUEUES.notifications,
    req,
  })

/** Submissions one address may send per window, counted in the database (every instance agrees). */
export const checkSubmissionRate = async (req: PayloadRequest, clientHash: string) => {
  const since = new Date(Date.now() - env.submissionWindowMinutes * 60_000).toISOString()
  const recent = await req.payload.count({
    collection: SLUGS.submissions,
    where: { and: [{ clientHash: { equals: clientHash } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  if (recent.totalDocs >= env.submissionRateLimit)
    throw fail(req, 'submission-rate-limited', 429, { minutes: env.submissionWindowMinutes })
}

const addMonths = (from: Date, months: number) => {
  const to = new Date(from)
  to.setUTCMonth(to.getUTCMonth() + months)
  return to
}

/**
 * A submission from the public form. The consent (when the piece is about a patient) is created
 * through the consents collection, so its own rules (guardian under 14, sensitive purpose,
 * dates) decide; its e-signature records the typed name, the time, the client's address and the
 * consent text's version and hash. Checks that can fail run before anything is written.
 */
export const createPublicSubmission = async (
  req: PayloadRequest,
  input: SubmissionInput,
  { challengeHash }: { challengeHash: string },
) => {
  const clientHash = clientHashOf(req)
  await checkSubmissionRate(req, clientHash)
  const spent = await req.payload.count({
    collection: SLUGS.submissions,
    where: { challengeHash: { equals: challengeHash } },
    overrideAccess: true,
    req,
  })
  if (spent.totalDocs > 0) throw fail(req, 'submission-challenge-spent', 409)
  if (input.department !== undefined) {
    const found = await req.payload.count({
      collection: SLUGS.departments,
      where: { id: { equals: input.department } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) throw fail(req, 'submission-field-invalid', 400, {}, 'department')
  }
  const token = newTrackingToken()
  const now = new Date()
  const created = await withTransaction(req, async () => {
    const consent = input.consent
      ? await req.payload.create({
          collection: SLUGS.consents,
          data: {
            reference: `SQ-${newSubmissionReference().slice(3)}`,
            patientName: input.consent.patientName,
            patientContact: input.contact,
            patientAgeYears: input.consent.patientAgeYears,
            guardianName: input.consent.guardianName,
            guardianRelationship: input.consent.guardianRelationship,
            allowedChannels: input.consent.channels as never,
            allowedMaterials: input.consent.uses,
            purposes: ['health-education', 'publicity', 'social-media', 'sensitive-health-info'],
            sensitivePurposeStatement: SENSITIVE_PURPOSE_STATEMENT,
            validFrom: now.toISOString(),
            validUntil: addMonths(now, input.consent.months).toISOString(),
            status: 'active',
            signatureMethod: 'typed-name',
            signatureName: input.consent.signedName,
            signatureSigner: input.consent.guardianName ? 'guardian' : 'patient',
            signatureAt: now.toISOString(),
            signatureAddress: req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
            signatureTextVersion: input.consent.textVersion,
            signatureTextHash: input.consent.textHash,
          },
          overrideAccess: true,
          req,
        })
      : null
    const history: HistoryEntry[] = [{ status: 'received', at: now.toISOString() }]
    const submission = await req.payload.create({
      collection: SLUGS.submissions,
      data: {
        reference: newSubmissionReference(),
        status: 'received',
        source: 'public',
        kind: input.kind,
        submitterRole: input.submitterRole,
        title: input.title,
        body: input.body,
        department: input.department as number | undefined,
        submitterName: input.name,
        contact: input.contact,
        organisation: input.organisation,
        incentivesOptIn: input.incentivesOptIn === true,
        consent: consent?.id,
        piiFindings: piiFindingsOf(input),
        history,
        trackingHash: trackingHashOf(token),
        challengeHash,
        clientHash,
      },
      overrideAccess: true,
      req,
      context: { [PUBLIC_SUBMISSION]: true },
    })
    await recordAuditEvent(req, {
      action: 'submission.received',
      targetCollection: SLUGS.submissions,
      targetId: submission.id,
      detail: { kind: input.kind, submitterRole: input.submitterRole, consent: consent?.id ?? null, source: 'public' },
    })
    await queueSubmitterNotice(req, submission.id, 'received')
    return submission
  })
  return {
    id: created.id,
    reference: created.reference,
    status: created.status,
    token,
    trackingUrl: trackingUrl(token),
  }
}

export const findByToken = async (req: PayloadRequest, token: unknown) => {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw fail(req, 'submission-not-found', 404)
  const { docs } = await req.payload.find({
    collection: SLUGS.submissions,
    where: { trackingHash: { equals: trackingHashOf(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw fail(req, 'submission-not-found', 404)
  return docs[0]
}

/** Where readers find the published piece on the hospital's site (SITE_URL), if it is published. */
export const publishedLink = async (req: PayloadRequest, submission: Submission): Promise<string | null> => {
  const piece = submission.piece
  let link: string | null = null
  if (submission.status === 'published' && piece && env.siteUrl) {
    const collection = piece.relationTo
    const doc = await req.payload.findByID({
      collection,
      id: idOf(piece.value)!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: collection === SLUGS.articles ? { slug: true } : {},
    })
    const slug = doc && 'slug' in doc ? doc.slug : doc?.id
    if (slug) link = `${env.siteUrl}/${collection}/${slug}`
  }
  return link
}

/** What the submitter sees on the tracking page: never the contact, never reviewers' names. */
export const trackingView = async (req: PayloadRequest, submission: Submission) => {
  const link = await publishedLink(req, submission)
  return {
    reference: submission.reference,
    kind: submission.kind,
    title: submission.title,
    status: submission.status,
    statusLabel: STATUS_LABELS[submission.status].zh,
    note:
      submission.status === 'changes-requested' || submission.status === 'declined'
        ? (submission.triageNote ?? null)
        : null,
    history: ((submission.history as HistoryEntry[] | null) ?? []).map((entry) => ({
      ...entry,
      label: STATUS_LABELS[entry.status]?.zh ?? entry.status,
    })),
    files: Array.isArray(submission.files) ? submission.files.length : 0,
    consent: submission.consent ? { id: idOf(submission.consent) } : null,
    link,
  }
}

const moveTo = (req: PayloadRequest, from: SubmissionStatus, action: SubmissionAction): SubmissionStatus => {
  const to = nextStatus(from, action)
  if (!to) throw fail(req, 'submission-state', 409, { status: from })
  return to
}

const appendHistory = (submission: Submission, entry: HistoryEntry): HistoryEntry[] => [
  ...((submission.history as HistoryEntry[] | null) ?? []),
  entry,
]

/** The submitter answers a request for changes: new title and text, back to operations. */
export const reviseByToken = async (req: PayloadRequest, token: unknown, input: { title: string; body: string }) => {
  const submission = await findByToken(req, token)
  const to = moveTo(req, submission.status, 'revise')
  return withTransaction(req, async () => {
    const updated = await req.payload.update({
      collection: SLUGS.submissions,
      id: submission.id,
      data: {
        title: input.title,
        body: input.body,
        status: to,
        piiFindings: piiFindingsOf(input),
        history: appendHistory(submission, { status: to, at: new Date().toISOString(), note: '投稿人已修改' }),
      },
      overrideAccess: true,
      req,
    })
    await recordAuditEvent(req, {
      action: 'submission.revised',
      targetCollection: SLUGS.submissions,
      targetId: submission.id,
    })
    return updated
  })
}

const requireOperations = (req: PayloadRequest) => {
  if (!checkRole(['admin', 'operations'], req.user)) throw fail(req, 'submission-forbidden', 403)
}

const loadSubmission = async (req: PayloadRequest, id: string) => {
  const submission = await req.payload.findByID({
    collection: SLUGS.submissions,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!submission) throw fail(req, 'submission-not-found', 404)
  return submission
}

/**
 * 采用: operations accept a submission into a draft — a patient story for a story or clip about a
 * patient (linked to its consent), an article otherwise — linked back to the submission, which
 * makes it co-created: its review opens with 运营初审 and ends with 管理层合规把关 (by default).
 * The draft is the system's, so nobody is its author until an editor works on it.
 */
export const acceptSubmission = async (req: PayloadRequest, id: string) => {
  requireOperations(req)
  const submission = await loadSubmission(req, id)
  const to = moveTo(req, submission.status, 'accept')
  const collection = submission.consent ? SLUGS.patientStories : SLUGS.articles
  return withTransaction(req, async () => {
    const common = {
      title: submission.title,
      body: plainTextToLexical(submission.body) as never,
      department: idOf(submission.department) as number | undefined,
      submission: submission.id,
    }
    const piece =
      collection === SLUGS.patientStories
        ? await req.payload.create({
            collection,
            data: {
              ...common,
              pseudonym: '（待编辑填写化名）',
              consent: idOf(submission.consent) as number,
              _status: 'draft',
            },
            draft: true,
            overrideAccess: true,
            req,
            context: { [SYSTEM_DRAFT]: true },
          })
        : await req.payload.create({
            collection,
            data: {
              ...common,
              slug: `tg-${String(submission.reference ?? submission.id).toLowerCase()}`,
              layer: submission.kind === 'tip' ? 'howto' : 'story',
              _status: 'draft',
            } as never,
            draft: true,
            overrideAccess: true,
            req,
            context: { [SYSTEM_DRAFT]: true },
          })
    await req.payload.update({
      collection: SLUGS.submissions,
      id: submission.id,
      data: {
        status: to,
        piece: { relationTo: collection, value: piece.id },
        history: appendHistory(submission, { status: to, at: new Date().toISOString() }),
      },
      overrideAccess: true,
      req,
    })
    await recordAuditEvent(req, {
      action: 'submission.accepted',
      targetCollection: SLUGS.submissions,
      targetId: submission.id,
      detail: { piece: { collection, id: piece.id } },
    })
    await queueSubmitterNotice(req, submission.id, 'accepted')
    return { status: to, piece: { collection, id: piece.id } }
  })
}

/** 请补充修改 / 不予采用: with a note the submitter reads on the tracking page and in the notice. */
export const closeOrReturn = async (
  req: PayloadRequest,
  id: string,
  action: 'request-changes' | 'decline',
  note: string,
) => {
  requireOperations(req)
  const submission = await loadSubmission(req, id)
  const to = moveTo(req, submission.status, action)
  return withTransaction(req, async () => {
    await req.payload.update({
      collection: SLUGS.submissions,
      id: submission.id,
      data: {
        status: to,
        triageNote: note,
        history: appendHistory(submission, { status: to, at: new Date().toISOString(), note }),
      },
      overrideAccess: true,
      req,
    })
    await recordAuditEvent(req, {
      action: action === 'decline' ? 'submission.declined' : 'submission.changes-requested',
      targetCollection: SLUGS.submissions,
      targetId: submission.id,
      detail: { reason: note },
    })
    await queueSubmitterNotice(req, submission.id, to)
    return { status: to }
  })
}

/**
 * The piece made from a submission went public (the publish transition) or was taken down (a
 * withdrawal, whatever its cause): the submission follows, is audited and its sender hears of it.
 */
const followPiece = async (
  req: PayloadRequest,
  collection: string,
  pieceId: string | number,
  action: 'publish' | 'take-down',
) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.submissions,
    where: {
      and: [
        { 'piece.relationTo': { equals: collection } },
        { 'piece.value': { equals: pieceId } },
        { status: { in: STATUSES_BEFORE[action] } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const submission = docs[0]
  const to = submission ? nextStatus(submission.status, action) : null
  if (!submission || !to) return
  await req.payload.update({
    collection: SLUGS.submissions,
    id: submission.id,
    data: { status: to, history: appendHistory(submission, { status: to, at: new Date().toISOString() }) },
    overrideAccess: true,
    req,
  })
  await recordAuditEvent(req, {
    action: `submission.${to}`,
    targetCollection: SLUGS.submissions,
    targetId: submission.id,
    detail: { piece: { collection, id: pieceId } },
  })
  await queueSubmitterNotice(req, submission.id, to === 'published' ? 'published' : 'withdrawn')
}

const STATUSES_BEFORE = {
  publish: SUBMISSION_STATUSES.filter((status) => nextStatus(status, 'publish') !== null),
  'take-down': SUBMISSION_STATUSES.filter((status) => nextStatus(status, 'take-down') !== null),
}

/** Called by the publish transition. */
export const markSubmissionPublished = (req: PayloadRequest, collection: string, pieceId: string | number) =>
  followPiece(req, collection, pieceId, 'publish')

/** Called by every withdrawal of a published piece. */
export const markSubmissionTakenDown = (req: PayloadRequest, collection: string, pieceId: string | number) =>
  followPiece(req, collection, pieceId, 'take-down')
