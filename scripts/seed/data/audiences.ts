import type { AudienceSeed } from './types.js'

export const audiences: AudienceSeed[] = [
  {
    key: 'elderly-chronic',
    name: '老年慢病',
    lifecycleStage: 'older-adult',
    description: '60 岁及以上、患有高血压、糖尿病等慢性病的居民，以及在家照护他们的家人。',
  },
  {
    key: 'new-parents',
    name: '新手父母（0–1 岁）',
    lifecycleStage: 'infant',
    childAgeMonthsMin: 0,
    childAgeMonthsMax: 12,
    description: '家中有 1 岁以内婴儿的父母和祖辈，关心喂养、睡眠、疫苗接种和常见不适的家庭护理。',
  },
  {
    key: 'preschool-families',
    name: '学龄前儿童家庭',
    lifecycleStage: 'child',
    childAgeMonthsMin: 36,
    childAgeMonthsMax: 72,
    description: '3–6 岁幼儿园阶段孩子的家长，关注口腔、视力、发热护理和入园前后的健康准备。',
  },
  {
    key: 'office-workers',
    name: '职场亚健康',
    lifecycleStage: 'adult',
    description: '久坐、加班、睡眠不足、压力偏大的在职人群，常见颈肩不适、疲乏和情绪紧张。',
  },
  {
    key: 'pregnant',
    name: '孕产妇',
    lifecycleStage: 'pregnancy',
    description: '备孕、孕期和产后一年内的女性，以及陪伴她们的家属。',
  },
  {
    key: 'general',
    name: '普通公众',
    lifecycleStage: 'adult',
    description: '希望了解常见病预防和就医常识的一般读者。',
  },
]
