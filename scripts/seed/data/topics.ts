import type { TopicSeed } from './types.js'

export const topics: TopicSeed[] = [
  { slug: 'hypertension', name: '高血压', nameEn: 'Hypertension', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'diabetes', name: '糖尿病', nameEn: 'Diabetes', dualExpertReview: false, reReviewMonths: 12 },
  // Immunisation advice changes with the national schedule: two medical reviewers (one of them
  // public-health) and a review every six months.
  { slug: 'vaccination', name: '疫苗接种', nameEn: 'Vaccination', dualExpertReview: true, reReviewMonths: 6 },
  { slug: 'child-health', name: '儿童保健', nameEn: 'Child health', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'mental-health', name: '心理健康', nameEn: 'Mental health', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'oral-health', name: '口腔健康', nameEn: 'Oral health', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'heart-health', name: '心脏健康', nameEn: 'Heart health', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'stroke', name: '脑卒中', nameEn: 'Stroke', dualExpertReview: false, reReviewMonths: 12 },
  { slug: 'maternal-health', name: '孕产期保健', nameEn: 'Maternal health', dualExpertReview: false, reReviewMonths: 12 },
]
