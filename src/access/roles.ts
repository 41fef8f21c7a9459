// The people who work in the product, and the machine clients that read from it.

export const ROLES = [
  'admin',
  'editor',
  'medical-reviewer',
  'privacy-officer',
  'compliance-reviewer',
  'operations',
  'publisher',
  'analyst',
  // 宣传管理者 (issue #12): sets the incentive rules, awards, approves rewards and corrects the ledger.
  'publicity-manager',
  'api-client',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  editor: { zh: '宣传编辑', en: 'Publicity editor' },
  'medical-reviewer': { zh: '医学审核', en: 'Medical reviewer' },
  'privacy-officer': { zh: '隐私审核', en: 'Privacy officer' },
  'compliance-reviewer': { zh: '合规/法务审核', en: 'Compliance reviewer' },
  operations: { zh: '运营（投稿初审）', en: 'Operations (submission triage)' },
  publisher: { zh: '运营发布', en: 'Publisher' },
  analyst: { zh: '数据分析', en: 'Analyst' },
  'publicity-manager': { zh: '宣传管理者（激励）', en: 'Publicity manager (incentives)' },
  'api-client': { zh: 'API 客户端', en: 'API client' },
}

export const QUALIFICATIONS = ['department-head', 'clinician', 'public-health', 'pharmacist'] as const
export type Qualification = (typeof QUALIFICATIONS)[number]

export const QUALIFICATION_LABELS: Record<Qualification, { zh: string; en: string }> = {
  'department-head': { zh: '科室主任', en: 'Department head' },
  clinician: { zh: '临床医师', en: 'Clinician' },
  'public-health': { zh: '公共卫生/疾控专家', en: 'Public-health expert' },
  pharmacist: { zh: '药师', en: 'Pharmacist' },
}

/** Everyone who works inside the hospital, as opposed to anonymous readers and API clients. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'api-client')

/** What an api-client key may do besides reading published content. */
export const API_SCOPES = ['metrics-write', 'drafts-read', 'mentions-write'] as const
export type ApiScope = (typeof API_SCOPES)[number]

export const API_SCOPE_LABELS: Record<ApiScope, { zh: string; en: string }> = {
  'metrics-write': { zh: '回传渠道数据', en: 'Send channel metrics' },
  // Site previews: read drafts of articles and patient stories, nothing else, never write.
  'drafts-read': { zh: '读取草稿（站点预览）', en: 'Read drafts (site preview)' },
  // A monitoring service: send mentions (舆情信息), nothing else.
  'mentions-write': { zh: '提交舆情信息', en: 'Send mentions' },
}

/** True when the user is an API client holding the scope (admins always pass). */
export const hasApiScope = (
  user: { roles?: readonly string[] | null; apiScopes?: readonly string[] | null } | null | undefined,
  scope: ApiScope,
): boolean =>
  Boolean(
    user && (user.roles?.includes('admin') || (user.roles?.includes('api-client') && user.apiScopes?.includes(scope))),
  )
