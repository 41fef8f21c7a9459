// Who must sign what, as one readable config. Hooks never decide this themselves: they ask
// resolvePolicy for the stages a document needs and checkSignOff whether a person may sign one.
import type { Qualification, Role } from '@/access/roles'
import type { ReviewableSlug } from './reviewable'

export type StageName = 'consent' | 'operations' | 'initial' | 'privacy' | 'medical' | 'compliance'
export type Id = string | number

export type StageRule = {
  stage: StageName
  label: { zh: string; en: string }
  /** Checked by the system (a valid consent), not signed by a person. */
  automatic?: boolean
  /** A signer qualifies by holding one of these roles (and one of `qualifications`, when given) … */
  roles: Role[]
  qualifications?: Qualification[]
  /** … or by being one of these people (e.g. the head of the content's department). */
  orUserIds?: Id[]
  /** Distinct people who must sign. */
  signers: number
  /**
   * Among them, `count` people with each qualification — one person fills one place, so a
   * public-health expert who is also a clinician does not stand for both.
   */
  mustInclude?: readonly Requirement[]
  /** Hours the stage may take, instead of the review settings' hours for it (the fast track). */
  slaHours?: number
}

export type Requirement = { qualification: Qualification; count: number }

/**
 * What a piece is, for the compliance stage (管理层合规把关): the kinds it applies to are a setting
 * (review-settings); a piece that is none of the first three is routine (科普).
 */
export const COMPLIANCE_KINDS = ['co-created', 'promotional', 'kol', 'routine'] as const
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number]
export const DEFAULT_COMPLIANCE_KINDS: readonly ComplianceKind[] = ['co-created', 'promotional', 'kol']

export type PolicyInput = {
  collection: ReviewableSlug
  /** Any of the content's topics is marked for dual expert review (e.g. 疫苗接种). */
  dualExpertReview: boolean
  /** Campaign pieces, medical advertisements and anything by a paid KOL. */
  promotional: boolean
  /** Made from a submission by a patient, a member of staff or a partner (共创). */
  coCreated?: boolean
  /** A KOL partner takes part, paid or not. */
  kol?: boolean
  /** A medical advertisement: compliance review whatever the settings say (广告法). */
  medicalAd?: boolean
  /** The kinds that pass compliance review; DEFAULT_COMPLIANCE_KINDS when unset. */
  complianceKinds?: readonly ComplianceKind[]
  departmentHeadId?: Id | null
  /**
   * A holding statement drafted for a public-opinion incident (舆情回应声明): the fast track, one
   * medical reviewer and compliance, no department-head stage. Read from the article's `incident`,
   * which only the incident's statement endpoint sets.
   */
  statement?: boolean
}

/** The kinds a piece belongs to. */
export const complianceKindsOf = (input: PolicyInput): ComplianceKind[] => {
  const kinds: ComplianceKind[] = []
  if (input.coCreated) kinds.push('co-created')
  if (input.promotional) kinds.push('promotional')
  if (input.kol) kinds.push('kol')
  return kinds.length > 0 ? kinds : ['routine']
}

/** Whether the piece passes 管理层合规把关. */
export const needsCompliance = (input: PolicyInput): boolean => {
  if (input.medicalAd) return true
  const inForce = input.complianceKinds ?? DEFAULT_COMPLIANCE_KINDS
  return complianceKindsOf(input).some((kind) => inForce.includes(kind))
}

const STAGE_LABELS: Record<StageName, { zh: string; en: string }> = {
  consent: { zh: '授权核验（自动）', en: 'Consent check (automatic)' },
  operations: { zh: '运营初审（共创内容）', en: 'Operations triage (co-created)' },
  initial: { zh: '初审（科室主任）', en: 'Initial review (head of department)' },
  privacy: { zh: '隐私审核', en: 'Privacy review' },
  medical: { zh: '医学审核', en: 'Medical review' },
  compliance: { zh: '管理层合规把关', en: 'Compliance review' },
}

/** Dual-expert topics (vaccination): a public-health expert and a clinician, two people. */
const DUAL_EXPERTS: readonly Requirement[] = [
  { qualification: 'public-health', count: 1 },
  { qualification: 'clinician', count: 1 },
]

const operations: StageRule = {
  stage: 'operations',
  label: STAGE_LABELS.operations,
  roles: ['operations'],
  signers: 1,
}

const initial = (input: PolicyInput): StageRule => ({
  stage: 'initial',
  label: STAGE_LABELS.initial,
  roles: ['medical-reviewer'],
  qualifications: ['department-head'],
  orUserIds: input.departmentHeadId != null ? [input.departmentHeadId] : [],
  signers: 1,
})

const medical = (input: PolicyInput): StageRule =>
  input.dualExpertReview
    ? {
        stage: 'medical',
        label: STAGE_LABELS.medical,
        roles: ['medical-reviewer'],
        signers: 2,
        mustInclude: DUAL_EXPERTS,
      }
    : { stage: 'medical', label: STAGE_LABELS.medical, roles: ['medical-reviewer'], signers: 1 }

const compliance: StageRule = {
  stage: 'compliance',
  label: STAGE_LABELS.compliance,
  roles: ['compliance-reviewer'],
  signers: 1,
}

/**
 * The fast track for an incident's holding statement: two sign-offs, a medical reviewer (any one:
 * the golden hours leave no time for a dual-expert round) and compliance, whatever the settings,
 * each within an hour so the statement can go out inside the 黄金4小时.
 */
const fastTrack: StageRule[] = [
  { stage: 'medical', label: STAGE_LABELS.medical, roles: ['medical-reviewer'], signers: 1, slaHours: 1 },
  { ...compliance, slaHours: 1 },
]

/**
 * The policy, stage by stage, in the order the stages are signed: 运营初审 (co-created pieces) →
 * 初审 (department head) → 医学审核 → 管理层合规把关 (the kinds in force); stories add the
 * automatic consent check first and 隐私审核 before the medical stage. An incident's holding
 * statement takes the fast track instead.
 */
export const REVIEW_POLICY = {
  articles: (input: PolicyInput): StageRule[] =>
    input.statement
      ? [...fastTrack]
      : [
          ...(input.coCreated ? [operations] : []),
          initial(input),
          medical(input),
          ...(needsCompliance(input) ? [compliance] : []),
        ],
  'patient-stories': (input: PolicyInput): StageRule[] => [
    { stage: 'consent', label: STAGE_LABELS.consent, automatic: true, roles: [], signers: 0 },
    ...(input.coCreated ? [operations] : []),
    initial(input),
    { stage: 'privacy', label: STAGE_LABELS.privacy, roles: ['privacy-officer'], signers: 1 },
    medical(input),
    ...(needsCompliance(input) ? [compliance] : []),
  ],
} as const

/** Re-review period in months: the topic's own, else these defaults. */
export const DEFAULT_RE_REVIEW_MONTHS = 12
export const reReviewMonths = (topics: { reReviewMonths?: number | null }[]): number =>
  Math.min(DEFAULT_RE_REVIEW_MONTHS, ...topics.map((topic) => topic.reReviewMonths ?? DEFAULT_RE_REVIEW_MONTHS))

export const resolvePolicy = (input: PolicyInput): StageRule[] => REVIEW_POLICY[input.collection](input)

export type Reviewer = { id: Id; roles: readonly string[]; qualifications?: readonly string[] | null }
export type SignOff = { stage: StageName; reviewerId: Id; qualifications: readonly string[] }

export type StageStatus = { stage: StageName; satisfied: boolean; signers: Id[]; needed: number }

const sameId = (a: Id, b: Id) => String(a) === String(b)

export const isEligible = (rule: StageRule, reviewer: Reviewer): boolean => {
  if (rule.automatic) return false
  if (rule.orUserIds?.some((id) => sameId(id, reviewer.id))) return true
  const hasRole = reviewer.roles.some((role) => (rule.roles as readonly string[]).includes(role))
  if (!hasRole) return false
  if (!rule.qualifications) return true
  return (reviewer.qualifications ?? []).some((q) => (rule.qualifications as readonly string[]).includes(q))
}

/** Each distinct signer of a stage with the qualifications they signed with. */
const signersOf = (rule: StageRule, signOffs: readonly SignOff[]): Map<string, SignOff> =>
  new Map(signOffs.filter((s) => s.stage === rule.stage).map((s) => [String(s.reviewerId), s]))

/**
 * How many places of the requirements stay empty when each person fills at most one place they
 * qualify for (a maximum matching, by augmenting paths: stages have a handful of places).
 */
export const emptyPlaces = (
  requirements: readonly Requirement[],
  people: readonly (readonly string[])[],
): Qualification[] => {
  const places = requirements.flatMap((r) => Array.from({ length: r.count }, () => r.qualification))
  const holder: (number | undefined)[] = places.map(() => undefined)
  const seat = (person: number, tried: Set<number>): boolean => {
    for (let place = 0; place < places.length; place++) {
      if (tried.has(place) || !people[person].includes(places[place])) continue
      tried.add(place)
      const current = holder[place]
      if (current === undefined || seat(current, tried)) {
        holder[place] = person
        return true
      }
    }
    return false
  }
  people.forEach((_, person) => seat(person, new Set()))
  return places.filter((_, place) => holder[place] === undefined)
}

/** The qualifications a stage still needs people for, given its sign-offs. */
export const missingQualifications = (rule: StageRule, signOffs: readonly SignOff[]): Qualification[] =>
  rule.mustInclude
    ? emptyPlaces(
        rule.mustInclude,
        [...signersOf(rule, signOffs).values()].map((s) => s.qualifications),
      )
    : []

/** Whether a human stage has all the signatures it needs (automatic stages are judged elsewhere). */
export const stageStatus = (rule: StageRule, signOffs: readonly SignOff[]): StageStatus => {
  const signers = [...signersOf(rule, signOffs).values()].map((s) => s.reviewerId)
  const satisfied = signers.length >= rule.signers && missingQualifications(rule, signOffs).length === 0
  return { stage: rule.stage, satisfied: rule.automatic ? false : satisfied, signers, needed: rule.signers }
}

export type SignOffRefusal =
  | 'stage-not-allowed' // no such human stage, or the person lacks the role/qualification
  | 'self-review' // the person wrote or last edited the content
  | 'duplicate-reviewer' // the person already signed a stage of this version
  | 'stage-out-of-order' // an earlier stage is not satisfied yet
  | 'stage-complete' // the stage needs no more signatures
  | 'qualification-required' // the last open slot needs a qualification the person lacks

export type SignOffCheck = {
  rules: readonly StageRule[]
  stage: StageName
  reviewer: Reviewer
  /** Sign-offs already given for the current version. */
  signOffs: readonly SignOff[]
  /** Authors and the last editor of the content. */
  authorIds: readonly Id[]
  /** Whether the automatic stages (consent) currently pass. */
  automaticSatisfied?: boolean
}

/** Why this person may not sign this stage of this version now, or null when they may. */
export const checkSignOff = ({
  rules,
  stage,
  reviewer,
  signOffs,
  authorIds,
  automaticSatisfied = true,
}: SignOffCheck): SignOffRefusal | null => {
  const index = rules.findIndex((rule) => rule.stage === stage)
  const rule = rules[index]
  if (!rule || rule.automatic || !isEligible(rule, reviewer)) return 'stage-not-allowed'
  if (authorIds.some((id) => sameId(id, reviewer.id))) return 'self-review'
  if (signOffs.some((s) => sameId(s.reviewerId, reviewer.id))) return 'duplicate-reviewer'
  const earlierOpen = rules
    .slice(0, index)
    .some((earlier) => (earlier.automatic ? !automaticSatisfied : !stageStatus(earlier, signOffs).satisfied))
  if (earlierOpen) return 'stage-out-of-order'
  const status = stageStatus(rule, signOffs)
  if (status.satisfied) return 'stage-complete'
  if (rule.mustInclude) {
    // With this person signing, the places still empty must fit in the slots still open.
    const people = [...signersOf(rule, signOffs).values()].map((s) => s.qualifications)
    const emptyAfter = emptyPlaces(rule.mustInclude, [...people, reviewer.qualifications ?? []]).length
    if (emptyAfter > rule.signers - status.signers.length - 1) return 'qualification-required'
  }
  return null
}

/** Every human stage satisfied and every automatic stage passing. */
export const allStagesSatisfied = (
  rules: readonly StageRule[],
  signOffs: readonly SignOff[],
  automaticSatisfied = true,
): boolean => rules.every((rule) => (rule.automatic ? automaticSatisfied : stageStatus(rule, signOffs).satisfied))
