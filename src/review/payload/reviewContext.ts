// Everything a review decision depends on, loaded for one version of one document: the policy's
// stages, the sign-offs given for that version, whether the consent covers a story, and who
// wrote it. The decisions themselves are the pure functions in src/review/rules.
import type { Anchor } from '../rules/anchors'
import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload'

import { GLOBALS, SLUGS } from '../../../collections/slugs'
import { idOf, idsOf } from '@/db/relationIds'
import { type ConsentCoverageProblem, consentCoverage } from '@/compliance/rules/consentRules'
import type { Article, PatientStory, ReviewSetting as ReviewSettingsDoc } from '@/payload-types'
import {
  DEFAULT_COMPLIANCE_KINDS,
  type Id,
  type SignOff,
  type StageName,
  type StageRule,
  reReviewMonths,
  resolvePolicy,
} from '../rules/policy'
import type { ReviewableSlug } from './reviewable'

/**
 * What of a reviewable document a review decision reads. None of these fields is localized, so
 * a one-locale read, an all-locale read and a write laid over the stored version all fit.
 */
export type ReviewFacts = Partial<
  Pick<
    Article,
    | 'topics'
    | 'department'
    | 'authors'
    | 'kolPartner'
    | 'promotional'
    | 'medicalAd'
    | 'workflow'
    | 'submission'
    | 'incident'
  > &
    Pick<PatientStory, 'consent' | 'intendedChannels'>
>

export type StoredSignOff = SignOff & {
  decision: 'approve' | 'reject'
  reviewerName: string
  comment?: string | null
  anchors?: Anchor[] | null
  at: string
}

export type ReviewContext = {
  rules: StageRule[]
  approvals: StoredSignOff[]
  signOffs: StoredSignOff[]
  consentProblems: ConsentCoverageProblem[]
  authorIds: Id[]
  reReviewMonths: number
  promotional: boolean
  /** For routing and deadlines. */
  departmentId: Id | null
  departmentHeadId: Id | null
  topicIds: Id[]
}

/**
 * The review settings, read once per request: every save of a reviewable piece and every item of
 * 待我审核 loads a review context, and the settings do not change within one request.
 */
const reviewSettingsOf = async (req: PayloadRequest) => {
  const context = req.context as { reviewSettings?: Promise<ReviewSettingsDoc> }
  context.reviewSettings ??= req.payload.findGlobal({
    slug: GLOBALS.reviewSettings,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return context.reviewSettings
}

export const loadReviewContext = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  doc: ReviewFacts,
  id: Id | null,
  hash: string,
): Promise<ReviewContext> => {
  const find = async <S extends CollectionSlug>(collection: S, ids: Id[]): Promise<DataFromCollectionSlug<S>[]> =>
    ids.length === 0
      ? []
      : (
          await req.payload.find({
            collection,
            where: { id: { in: ids } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs

  const topics = await find(SLUGS.topics, idsOf(doc.topics))
  const departmentId = idOf(doc.department)
  const [department] = departmentId !== null ? await find(SLUGS.departments, [departmentId]) : []
  const kolId = idOf(doc.kolPartner)
  const [kol] = kolId !== null ? await find(SLUGS.kolPartners, [kolId]) : []
  const promotional = Boolean(doc.promotional) || Boolean(doc.medicalAd) || Boolean(kol?.paid)

  const settings = await reviewSettingsOf(req)
  const rules = resolvePolicy({
    collection: slug,
    dualExpertReview: topics.some((topic) => topic.dualExpertReview),
    promotional,
    coCreated: idOf(doc.submission) !== null,
    kol: kolId !== null,
    medicalAd: Boolean(doc.medicalAd),
    complianceKinds: settings.complianceKinds ?? DEFAULT_COMPLIANCE_KINDS,
    departmentHeadId: idOf(department?.head),
    // Only the incident's statement endpoint links an article to an incident (src/opinion).
    statement: slug === SLUGS.articles && idOf(doc.incident) !== null,
  })

  let consentProblems: ConsentCoverageProblem[] = []
  if (slug === SLUGS.patientStories) {
    const consentId = idOf(doc.consent)
    const [consent] = consentId !== null ? await find(SLUGS.consents, [consentId]) : []
    consentProblems = consentCoverage(consent ?? null, {
      channels: (doc.intendedChannels as string[]) ?? [],
      promotional,
      at: new Date(),
    })
  }

  // A submission opens a new round: only decisions taken since the latest one count, so a
  // lapsed or returned version is signed afresh even when its content is unchanged.
  const since = doc.workflow?.submittedAt ? Date.parse(doc.workflow.submittedAt) : 0
  const signOffs: StoredSignOff[] =
    id === null
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.signOffs,
            where: {
              and: [
                { targetCollection: { equals: slug } },
                { targetId: { equals: String(id) } },
                { versionHash: { equals: hash } },
              ],
            },
            sort: 'at',
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs
          .map((s) => ({
            stage: s.stage as StageName,
            reviewerId: idOf(s.reviewer)!,
            qualifications: (s.qualifications as string[] | null | undefined) ?? [],
            decision: s.decision,
            reviewerName: s.reviewerName ?? '',
            comment: s.comment,
            anchors: (s.anchors as Anchor[] | null | undefined) ?? null,
            at: s.at,
          }))
          .filter((s) => Date.parse(s.at) >= since)

  // Authors are doctors; a doctor linked to an account cannot review the piece, nor can its last editor.
  const doctors = slug === SLUGS.articles ? await find(SLUGS.doctors, idsOf(doc.authors)) : []
  // Nor can whoever created it or changed its reviewed content in this round (a person holding
  // both the editor and the reviewer role included).
  const contributors = Array.isArray(doc.workflow?.contributors) ? doc.workflow.contributors.map(idOf) : []
  // Nor can the member of staff who sent the submission it was made from: they wrote it.
  const submissionId = idOf(doc.submission)
  const [submission] = submissionId !== null ? await find(SLUGS.submissions, [submissionId]) : []
  const authorIds = [
    idOf(submission?.submittedBy),
    ...doctors.map((d) => idOf(d.user)),
    idOf(doc.workflow?.lastEditedBy),
    idOf(doc.workflow?.createdBy),
    ...contributors,
  ].filter((x): x is Id => x !== null)

  return {
    rules,
    approvals: signOffs.filter((s) => s.decision === 'approve'),
    signOffs,
    consentProblems,
    authorIds,
    reReviewMonths: reReviewMonths(topics),
    promotional,
    departmentId,
    departmentHeadId: idOf(department?.head),
    topicIds: topics.map((topic) => topic.id),
  }
}
