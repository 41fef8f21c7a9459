import type { CampaignSeed } from './types'

export const campaigns: CampaignSeed[] = [
  {
    slug: 'world-heart-day-2026', name: '2026 世界心脏日：守护心健康', kind: 'observance', observance: '世界心脏日', observanceDate: '2026-09-29',
    startDate: '2026-09-20', endDate: '2026-10-10', audiences: ['elderly-chronic', 'general'], channels: ['wechat-article', 'weibo', 'wechat-channels', 'website'],
    articles: ['heart-attack-warning-signs', 'cardiac-rehab-walking', 'a-cardiologist-on-night-shift', 'what-is-hypertension'], stories: ['story-bp-retiree'],
    kpi: { reach: 200000, interactions: 8000, conversions: 600 }, budget: 30000, status: 'completed',
    description: '围绕胸痛识别、血压管理与心脏康复开展线上科普和社区义诊。',
  },
  {
    slug: 'love-teeth-day-2026', name: '2026 全国爱牙日：口腔健康 全身健康', kind: 'observance', observance: '全国爱牙日', observanceDate: '2026-09-20',
    startDate: '2026-09-10', endDate: '2026-09-30', audiences: ['preschool-families', 'office-workers'], channels: ['wechat-article', 'xiaohongshu', 'douyin'],
    articles: ['children-cavity-prevention', 'adult-gum-health'], stories: [],
    kpi: { reach: 120000, interactions: 5000, conversions: 300 }, budget: 18000, status: 'completed',
    description: '儿童口腔检查进幼儿园、成人牙周健康短视频科普。',
  },
  {
    slug: 'child-immunization-day-2027', name: '2027 全国儿童预防接种日', kind: 'observance', observance: '全国儿童预防接种日', observanceDate: '2027-04-25',
    startDate: '2027-04-15', endDate: '2027-05-05', audiences: ['new-parents', 'preschool-families'], channels: ['wechat-article', 'sms', 'website'],
    articles: ['infant-vaccine-schedule', 'after-vaccination-care'], stories: [],
    kpi: { reach: 150000, interactions: 4000, conversions: 800 }, budget: 15000, status: 'planning',
    description: '面向新手父母讲解免疫规划程序，提醒按时接种与补种。',
  },
  {
    slug: 'mental-health-day-2026', name: '世界精神卫生日 · 21 天情绪打卡挑战', kind: 'challenge', observance: '世界精神卫生日', observanceDate: '2026-10-10',
    startDate: '2026-10-01', endDate: '2026-10-31', audiences: ['office-workers', 'general'], channels: ['weibo', 'xiaohongshu', 'wechat-article'],
    articles: ['workplace-stress-signals', 'breathing-relaxation', 'a-night-on-the-psych-hotline'], stories: ['story-new-mother'],
    kpi: { reach: 90000, interactions: 12000, conversions: 500 }, budget: 12000, status: 'active',
    description: '每天一个小练习，记录情绪与睡眠；心理科医生直播答疑。',
  },
]
