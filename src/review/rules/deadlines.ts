// 审核时限: each review stage has a number of hours (a setting per stage). A stage opens when the
// piece is submitted (the first) or when the stage before it is satisfied; its reviewers are
// reminded `reminderHoursBefore` its deadline and, once it has passed, the stage is escalated to
// the head of the piece's department. Each happens once per stage per round. Pure.
import type { StageName, StageRule } from './policy'
import { stageStatus } from './policy'

export const SLA_STAGES = ['operations', 'initial', 'privacy', 'medical', 'compliance'] as const
export type SlaStage = (typeof SLA_STAGES)[number]

export const DEFAULT_SLA_HOURS: Record<SlaStage, number> = {
  operations: 24,
  initial: 48,
  privacy: 48,
  medical: 72,
  compliance: 48,
}

export type DatedSignOff = {
  stage: StageName
  reviewerId: string | number
  qualifications: readonly string[]
  at: string
}

export type OpenStage = {
  stage: StageName
  openedAt: Date
  /** The stage's own hours (the fast track), over the settings'. */
  slaHours?: number
}

/**
 * The first human stage still waiting for signatures, and since when it has waited: the round's
 * start, or the moment the stage before it got its last needed signature. Null when nothing
 * waits on a person (every stage signed, or the automatic consent check failing).
 */
export const openStage = (
  rules: readonly StageRule[],
  signOffs: readonly DatedSignOff[],
  submittedAt: Date,
  automaticSatisfied = true,
): OpenStage | null => {
  let openedAt = submittedAt
  for (const rule of rules) {
    if (rule.automatic) {
      if (!automaticSatisfied) return null
      continue
    }
    const own = signOffs.filter((s) => s.stage === rule.stage)
    if (!stageStatus(rule, own).satisfied)
      return rule.slaHours === undefined
        ? { stage: rule.stage, openedAt }
        : { stage: rule.stage, openedAt, slaHours: rule.slaHours }
    const last = Math.max(...own.map((s) => Date.parse(s.at)))
    if (last > openedAt.getTime()) openedAt = new Date(last)
  }
  return null
}

export type DeadlineSettings = { slaHours: Partial<Record<SlaStage, number | null>>; reminderHoursBefore: number }

export const dueAt = (open: OpenStage, settings: DeadlineSettings): Date => {
  const hours =
    open.slaHours ?? settings.slaHours[open.stage as SlaStage] ?? DEFAULT_SLA_HOURS[open.stage as SlaStage] ?? 48
  return new Date(open.openedAt.getTime() + hours * 3_600_000)
}

export type DeadlineAction = 'remind' | 'escalate'

/** What is due at `now` for the open stage, given what was already done this round. */
export const deadlineActions = (
  open: OpenStage,
  settings: DeadlineSettings,
  now: Date,
  done: ReadonlySet<DeadlineAction>,
): DeadlineAction[] => {
  const due = dueAt(open, settings).getTime()
  const actions: DeadlineAction[] = []
  if (now.getTime() >= due) {
    if (!done.has('escalate')) actions.push('escalate')
    return actions
  }
  if (!done.has('remind') && now.getTime() >= due - settings.reminderHoursBefore * 3_600_000) actions.push('remind')
  return actions
}
