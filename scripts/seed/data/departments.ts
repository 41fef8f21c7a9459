import type { DepartmentSeed } from './types.js'

export const departments: DepartmentSeed[] = [
  {
    code: 'cardiology',
    name: '心血管内科',
    nameEn: 'Cardiology',
    description: '负责高血压、冠心病、心律失常和心力衰竭的诊治与长期随访，开设心脏康复门诊，并与社区合作开展血压管理。',
  },
  {
    code: 'endocrinology',
    name: '内分泌科',
    nameEn: 'Endocrinology',
    description: '承担糖尿病、甲状腺疾病、骨质疏松等内分泌代谢疾病的诊疗，定期举办糖尿病患者小组教育。',
  },
  {
    code: 'pediatrics',
    name: '儿科',
    nameEn: 'Paediatrics',
    description: '提供儿童常见病、多发病诊治，以及生长发育评估、营养喂养和养育指导等儿童保健服务。',
  },
  {
    code: 'stomatology',
    name: '口腔科',
    nameEn: 'Stomatology',
    description: '开展龋病、牙周病、口腔黏膜病的诊治，负责儿童窝沟封闭、局部用氟等口腔预防工作。',
  },
  {
    code: 'preventive',
    name: '预防保健科',
    nameEn: 'Preventive Medicine',
    description: '负责预防接种门诊、疑似预防接种异常反应监测、健康体检和慢性病早期筛查。',
  },
  {
    code: 'psychiatry',
    name: '精神心理科',
    nameEn: 'Psychiatry and Clinical Psychology',
    description: '为焦虑、抑郁、失眠及压力相关问题提供评估、药物治疗和心理治疗，并开展心理健康讲座。',
  },
  {
    code: 'obstetrics',
    name: '妇产科',
    nameEn: 'Obstetrics and Gynaecology',
    description: '覆盖孕前咨询、孕期检查、分娩和产后随访，开设孕妇学校和产后康复指导。',
  },
  {
    code: 'neurology',
    name: '神经内科',
    nameEn: 'Neurology',
    description: '诊治脑血管病、头痛、癫痫、帕金森病等神经系统疾病，参与区域卒中急救协作和卒中后康复管理。',
  },
]
