// One demo account per role; reviewers cover every review stage between them.
import type { ApiScope, Qualification, Role } from '@/access/roles'

export type DemoUser = {
  email: string
  name: string
  roles: Role[]
  qualifications?: Qualification[]
  department?: string // department code
  /** Topic slugs the reviewer is routed (审核分派). */
  reviewTopics?: string[]
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.hospital', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@demo.hospital', name: '王晓晨', roles: ['editor'] },
  { email: 'editor2@demo.hospital', name: '刘思远', roles: ['editor'] },
  {
    email: 'reviewer@demo.hospital',
    name: '周建华',
    roles: ['medical-reviewer'],
    qualifications: ['department-head', 'clinician'],
    department: 'cardiology',
  },
  {
    email: 'reviewer2@demo.hospital',
    name: '陈思源',
    roles: ['medical-reviewer'],
    qualifications: ['public-health'],
    department: 'preventive',
    reviewTopics: ['vaccination'],
  },
  {
    email: 'reviewer3@demo.hospital',
    name: '赵晓岚',
    roles: ['medical-reviewer'],
    qualifications: ['clinician'],
    department: 'pediatrics',
  },
  { email: 'privacy@demo.hospital', name: '孙敏', roles: ['privacy-officer'] },
  { email: 'compliance@demo.hospital', name: '郑文博', roles: ['compliance-reviewer'] },
  { email: 'publisher@demo.hospital', name: '何佳', roles: ['publisher'] },
  { email: 'operations@demo.hospital', name: '吴悦', roles: ['operations'] },
  { email: 'operations2@demo.hospital', name: '冯子涵', roles: ['operations'] },
  { email: 'analyst@demo.hospital', name: '林立', roles: ['analyst'] },
  // 宣传管理者: the incentive rules, awards, reward approvals and ledger corrections.
  { email: 'manager@demo.hospital', name: '黄嘉怡', roles: ['publicity-manager', 'editor'] },
]

export const DEMO_API_CLIENT = { email: 'website@demo.hospital', name: '医院官网前端', roles: ['api-client'] as Role[] }

/** The channel integrator's key: sends channel metrics back (POST /api/channel-metrics/ingest). */
export const DEMO_METRICS_CLIENT = {
  email: 'metrics@demo.hospital',
  name: '渠道数据回传',
  roles: ['api-client'] as Role[],
  apiScopes: ['metrics-write'] as ApiScope[],
}
