// Valid documents for each collection, built over the API from the seeded reference data.
import { as, firstId } from '../helpers/api'

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`

const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

export const articleData = async (overrides: Record<string, unknown> = {}) => ({
  title: '冬季如何科学监测血压',
  slug: unique('winter-bp'),
  summary: '气温下降时血压容易波动，建议规律测量并记录。',
  body: lexical('建议每天早晚各测量一次血压，测量前静坐五分钟。'),
  layer: 'howto',
  format: 'graphic',
  topics: [await firstId('topics', 'where[slug][equals]=hypertension')],
  department: await firstId('departments', 'where[code][equals]=cardiology'),
  authors: [await firstId('doctors')],
  audiences: [await firstId('audiences', 'where[key][equals]=elderly-chronic')],
  references: [
    {
      title: '中国高血压防治指南',
      source: '中国高血压联盟',
      guideline: '中国高血压防治指南（2024年修订版）',
      accessedAt: '2026-10-01T00:00:00.000Z',
    },
  ],
  ...overrides,
})

export const consentData = (overrides: Record<string, unknown> = {}) => ({
  reference: unique('SQ-TEST'),
  patientName: '测试患者甲',
  patientContact: '13900001111',
  patientAgeYears: 52,
  allowedChannels: ['wechat-article', 'website'],
  purposes: ['health-education', 'sensitive-health-info'],
  sensitivePurposeStatement: '仅以化名展示康复经过。',
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: '2027-12-31T00:00:00.000Z',
  status: 'active',
  ...overrides,
})

export const storyData = async (overrides: Record<string, unknown> = {}) => ({
  title: '一次及时的胸痛就诊',
  pseudonym: '患者B',
  body: lexical('患者B在感到胸闷后及时就医，经规范治疗后逐步恢复日常活动。'),
  department: await firstId('departments', 'where[code][equals]=cardiology'),
  intendedChannels: ['website'],
  deidentification: { faceBlurred: true, nameReplaced: true, identifiersRemoved: true, locationGeneralised: true },
  ...overrides,
})

export const campaignData = (overrides: Record<string, unknown> = {}) => ({
  name: '测试健康主题日',
  slug: unique('test-campaign'),
  kind: 'observance',
  startDate: '2026-12-01T00:00:00.000Z',
  endDate: '2026-12-10T00:00:00.000Z',
  kpiTargets: { reach: 1000, interactions: 100, conversions: 10 },
  budget: 5000,
  status: 'planning',
  ...overrides,
})

export const kolData = (overrides: Record<string, unknown> = {}) => ({
  name: unique('测试KOL'),
  kind: 'influencer',
  platforms: [{ platform: 'weibo', handle: '@test', followers: 1000 }],
  paid: false,
  conflictOfInterest: '无利益冲突',
  status: 'active',
  ...overrides,
})

export const channelData = (overrides: Record<string, unknown> = {}) => ({
  name: unique('测试渠道'),
  kind: 'website',
  enabled: true,
  ...overrides,
})

export const taxonomyData = {
  departments: () => ({ name: '测试科室', code: unique('dept') }),
  topics: () => ({ name: '测试主题', slug: unique('topic'), reReviewMonths: 12 }),
  audiences: () => ({ name: '测试人群', key: unique('aud'), lifecycleStage: 'adult' }),
  doctors: () => ({ name: '测试医生', title: '主治医师' }),
}

export const userData = (overrides: Record<string, unknown> = {}) => ({
  email: `${unique('user')}@test.hospital`,
  password: 'a-long-test-password',
  name: '测试用户',
  roles: ['editor'],
  ...overrides,
})

export { as }
