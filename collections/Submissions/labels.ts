// The submission vocabulary as the admin and the public form show it.
import type { SubmissionKind, SubmissionStatus, SubmitterRole } from '@/submissions/rules/submissionRules'

export const KIND_LABELS: Record<SubmissionKind, { zh: string; en: string }> = {
  story: { zh: '患者故事', en: 'Story' },
  clip: { zh: '视频/图片素材', en: 'Clip (video or photos)' },
  tip: { zh: '健康小贴士', en: 'Health tip' },
  proposal: { zh: '合作提案', en: 'Partner proposal' },
}
export const ROLE_LABELS: Record<SubmitterRole, { zh: string; en: string }> = {
  patient: { zh: '患者本人', en: 'Patient' },
  family: { zh: '患者家属', en: 'Family' },
  staff: { zh: '本院医护人员', en: 'Staff' },
  partner: { zh: '合作机构/KOL', en: 'Partner or KOL' },
}
export const STATUS_LABELS: Record<SubmissionStatus, { zh: string; en: string }> = {
  received: { zh: '已收到，待初审', en: 'Received' },
  'changes-requested': { zh: '请补充修改', en: 'Changes requested' },
  accepted: { zh: '已采用，审核中', en: 'Accepted, in review' },
  declined: { zh: '未采用', en: 'Declined' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已下线', en: 'Taken down' },
}
