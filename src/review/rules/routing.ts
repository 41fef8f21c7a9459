// 审核分派: which reviewers a stage goes to — shown in their 待我审核 list and reminded of its
// deadline. Routing never widens or narrows who may sign (that is the policy's isEligible); it
// picks, among those who may, the people of the piece's department or topics. Pure.
import { type Id, type Reviewer, type StageRule, isEligible } from './policy'

export type RoutableReviewer = Reviewer & { departmentId?: Id | null; topicIds?: readonly Id[] }
export type RoutedContent = { departmentId?: Id | null; topicIds: readonly Id[] }

const same = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)

/** Serves the whole hospital: no department and no topics of their own. */
const hospitalWide = (r: RoutableReviewer) => r.departmentId == null && (r.topicIds ?? []).length === 0

const matches = (r: RoutableReviewer, content: RoutedContent) =>
  same(r.departmentId, content.departmentId) || (r.topicIds ?? []).some((t) => content.topicIds.some((c) => same(t, c)))

/**
 * The reviewers a stage goes to: the named people (the department's head) when the stage names
 * any who may sign; otherwise the eligible reviewers of the piece's department or topics plus
 * those serving the whole hospital. A qualification the stage must include (the public-health
 * expert of a vaccination piece) is routed on its own, so its holders are never left out because
 * another department's clinicians matched. When nobody matches, every eligible reviewer.
 */
export const routeStage = <R extends RoutableReviewer>(
  rule: StageRule,
  reviewers: readonly R[],
  content: RoutedContent,
): R[] => {
  const eligible = reviewers.filter((r) => isEligible(rule, r))
  const named = eligible.filter((r) => rule.orUserIds?.some((id) => same(id, r.id)))
  if (named.length > 0) return named
  const pick = (pool: R[]) => {
    const local = pool.filter((r) => matches(r, content) || hospitalWide(r))
    return local.length > 0 ? local : pool
  }
  const groups = rule.mustInclude
    ? rule.mustInclude.map((req) => pick(eligible.filter((r) => (r.qualifications ?? []).includes(req.qualification))))
    : [pick(eligible)]
  const routed = new Map(groups.flat().map((r) => [String(r.id), r]))
  return routed.size > 0 ? [...routed.values()] : pick(eligible)
}
