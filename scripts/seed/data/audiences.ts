import type { AudienceSeed } from './types'

export const audiences: AudienceSeed[] = [
  { key: 'elderly-chronic', name: '老年慢病人群', lifecycleStage: 'older-adult', description: '60 岁以上、患有高血压或糖尿病等慢性病的居民及其照护者。' },
  { key: 'new-parents', name: '新手父母（0–1 岁）', lifecycleStage: 'infant', childAgeMonthsMin: 0, childAgeMonthsMax: 12, description: '第一次养育婴儿的家庭，关注喂养、睡眠与疫苗接种。' },
  { key: 'preschool-families', name: '学龄前儿童家庭', lifecycleStage: 'child', childAgeMonthsMin: 36, childAgeMonthsMax: 72, description: '3–6 岁儿童的家长，关注口腔、视力与常见病预防。' },
  { key: 'office-workers', name: '职场亚健康人群', lifecycleStage: 'adult', description: '久坐、睡眠不足、压力较大的在职人群。' },
  { key: 'pregnant', name: '孕产妇', lifecycleStage: 'pregnancy', description: '备孕、孕期及产后一年内的女性及家属。' },
  { key: 'general', name: '普通公众', lifecycleStage: 'adult', description: '关注自身与家人健康的一般读者。' },
]
