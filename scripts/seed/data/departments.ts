import type { DepartmentSeed } from './types'

export const departments: DepartmentSeed[] = [
  { code: 'cardiology', name: '心血管内科', nameEn: 'Cardiology', description: '高血压、冠心病、心力衰竭等心血管疾病的诊疗与随访。' },
  { code: 'endocrinology', name: '内分泌科', nameEn: 'Endocrinology', description: '糖尿病、甲状腺疾病等内分泌代谢疾病的诊疗与健康管理。' },
  { code: 'pediatrics', name: '儿科', nameEn: 'Paediatrics', description: '儿童常见病诊治、生长发育评估与儿童保健指导。' },
  { code: 'stomatology', name: '口腔科', nameEn: 'Stomatology', description: '龋病、牙周病防治与儿童口腔保健。' },
  { code: 'preventive', name: '预防保健科', nameEn: 'Preventive care', description: '预防接种、健康体检与慢性病筛查。' },
  { code: 'psychiatry', name: '精神心理科', nameEn: 'Psychiatry and psychology', description: '焦虑、抑郁、睡眠障碍等心理问题的评估与干预。' },
  { code: 'obstetrics', name: '妇产科', nameEn: 'Obstetrics and gynaecology', description: '孕前咨询、孕期保健、分娩与产后康复。' },
  { code: 'neurology', name: '神经内科', nameEn: 'Neurology', description: '脑卒中、头痛、癫痫等神经系统疾病的诊疗与康复。' },
]
