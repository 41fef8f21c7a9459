import type { KolSeed } from './types'

export const kols: KolSeed[] = [
  {
    key: 'dr-fang-cardio', name: '方立群 医生', kind: 'medical-expert',
    platforms: [{ platform: 'wechat', handle: '方医生谈心血管', followers: 86000 }, { platform: 'douyin', handle: '@方医生心内科', followers: 420000 }],
    expertise: ['hypertension', 'heart-health'], credentialNumber: '110440100012345', credentialVerified: true,
    contractStart: '2026-01-01', contractEnd: '2026-12-31', paid: false, conflictOfInterest: '无利益冲突。', status: 'active',
  },
  {
    key: 'dr-qiao-peds', name: '乔思敏 医生', kind: 'medical-expert',
    platforms: [{ platform: 'xiaohongshu', handle: '儿科乔医生', followers: 153000 }],
    expertise: ['child-health', 'vaccination'], credentialNumber: '110320100054321', credentialVerified: true,
    contractStart: '2026-03-01', contractEnd: '2027-02-28', paid: true, disclosure: '本内容为合作推广', conflictOfInterest: '曾参与某疫苗企业学术会议授课，已申报。', status: 'active',
  },
  {
    key: 'healthy-eating-blogger', name: '小满的健康厨房', kind: 'influencer',
    platforms: [{ platform: 'xiaohongshu', handle: '小满的健康厨房', followers: 268000 }, { platform: 'bilibili', handle: '小满下厨', followers: 94000 }],
    expertise: ['diabetes', 'hypertension'], credentialVerified: false,
    contractStart: '2026-05-01', contractEnd: '2026-11-30', paid: true, disclosure: '广告', conflictOfInterest: '与厨房用品品牌存在商业合作，已申报。', status: 'active',
  },
  {
    key: 'community-koc-lane', name: '梧桐社区健康小组', kind: 'community-koc',
    platforms: [{ platform: 'wechat', handle: '梧桐社区健康群', followers: 1800 }],
    expertise: ['hypertension', 'stroke'], credentialVerified: false, paid: false, conflictOfInterest: '无利益冲突。', status: 'active',
  },
  {
    key: 'city-health-media', name: '城市健康报', kind: 'media',
    platforms: [{ platform: 'weibo', handle: '@城市健康报', followers: 560000 }, { platform: 'website', handle: 'city-health-news', followers: 0 }],
    expertise: ['mental-health', 'maternal-health'], credentialVerified: true, paid: false, conflictOfInterest: '无利益冲突。', status: 'active',
  },
  {
    key: 'smile-ngo', name: '微笑口腔公益计划', kind: 'ngo',
    platforms: [{ platform: 'wechat', handle: '微笑口腔公益', followers: 23000 }],
    expertise: ['oral-health', 'child-health'], credentialVerified: true,
    contractStart: '2026-08-01', contractEnd: '2026-10-31', paid: false, conflictOfInterest: '无利益冲突。', status: 'ended',
  },
]
