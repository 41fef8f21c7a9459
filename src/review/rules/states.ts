// The review state machine as data: which action moves content from which states to which.
// Hooks and endpoints call assertTransition; nothing else decides what may follow what.

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'withdrawn',
  'review_expired',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_ACTIONS = [
  'submit',
  'signOff',
  'complete',
  'reject',
  'publish',
  'withdraw',
  'expire',
  'edit',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const TRANSITIONS: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  /** An author sends a draft (or returned, withdrawn or lapsed content) to review. */
  submit: { from: ['draft', 'changes_requested', 'withdrawn', 'review_expired'], to: 'in_review' },
  /** A reviewer signs one stage; more stages remain. */
  signOff: { from: ['in_review'], to: 'in_review' },
  /** A reviewer signs the last stage the policy requires. */
  complete: { from: ['in_review'], to: 'approved' },
  reject: { from: ['in_review'], to: 'changes_requested' },
  publish: { from: ['approved'], to: 'published' },
  withdraw: { from: ['in_review', 'approved', 'published', 'review_expired'], to: 'withdrawn' },
  /** The re-review period lapsed. */
  expire: { from: ['published'], to: 'review_expired' },
  /** A reviewable field changed: every sign-off is void. */
  edit: {
    from: ['in_review', 'changes_requested', 'approved', 'published', 'withdrawn', 'review_expired'],
    to: 'draft',
  },
}

export const STATE_LABELS: Record<WorkflowState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '审核中', en: 'In review' },
  changes_requested: { zh: '退回修改', en: 'Changes requested' },
  approved: { zh: '已通过审核', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  review_expired: { zh: '复审到期', en: 'Review expired' },
}

export class TransitionRefused extends Error {
  constructor(
    readonly from: WorkflowState,
    readonly action: WorkflowAction,
  ) {
    super(`"${action}" is not allowed from state "${from}"`)
    this.name = 'TransitionRefused'
  }
}

export const canTransition = (from: WorkflowState, action: WorkflowAction): boolean =>
  TRANSITIONS[action].from.includes(from)

/** The state `action` leads to from `from`, or TransitionRefused. */
export const assertTransition = (from: WorkflowState, action: WorkflowAction): WorkflowState => {
  if (!canTransition(from, action)) throw new TransitionRefused(from, action)
  return TRANSITIONS[action].to
}

/** Only published content is visible to readers and channels. */
export const isPublic = (state: WorkflowState): boolean => state === 'published'
