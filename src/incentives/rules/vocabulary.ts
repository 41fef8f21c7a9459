// The incentives domain's words: who contributes, what a rule reacts to, who manages the scheme.

export const CONTRIBUTOR_KINDS = ['staff', 'family', 'kol', 'partner'] as const
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number]

export const CONTRIBUTOR_KIND_LABELS: Record<ContributorKind, { zh: string; en: string }> = {
  staff: { zh: '院内职工', en: 'Staff' },
  family: { zh: '患者/家属', en: 'Patient or family' },
  kol: { zh: 'KOL/KOC', en: 'KOL / KOC' },
  partner: { zh: '合作机构', en: 'Partner organisation' },
}

/**
 * published: N points when a piece made from the contributor's submission (or authored by the
 * staff member) is published; reach: when a piece's summed views pass the threshold; manual: a
 * manager's award (e.g. 月度最佳作品); balance: an honour when the settled balance reaches the threshold.
 */
export const TRIGGERS = ['published', 'reach', 'manual', 'balance'] as const
export type Trigger = (typeof TRIGGERS)[number]

export const TRIGGER_LABELS: Record<Trigger, { zh: string; en: string }> = {
  published: { zh: '稿件发布', en: 'Piece published' },
  reach: { zh: '播放/阅读量达标', en: 'Reach threshold' },
  manual: { zh: '管理者评定（如月度最佳）', en: "Manager's award (e.g. month's best)" },
  balance: { zh: '累计积分达标（授予称号）', en: 'Balance threshold (honour)' },
}

/** Who manages the scheme (rules, manual awards, approvals, reversals): admins and 宣传管理者. */
export const MANAGER_ROLES = ['admin', 'publicity-manager'] as const
