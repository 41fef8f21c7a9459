import type { DoctorSeed } from './types'

export const doctors: DoctorSeed[] = [
  { key: 'zhou-mingyuan', name: '周明远', title: '主任医师', department: 'cardiology', specialty: '高血压与心力衰竭管理', bio: '从事心血管内科临床工作二十余年，长期参与社区高血压健康管理项目。' },
  { key: 'xu-lan', name: '许岚', title: '副主任医师', department: 'cardiology', specialty: '冠心病二级预防与心脏康复', bio: '关注心脏康复与患者运动处方，参与编写院内心脏康复宣教材料。' },
  { key: 'han-jing', name: '韩静', title: '主任医师', department: 'endocrinology', specialty: '2 型糖尿病综合管理', bio: '负责糖尿病一体化门诊，擅长个体化血糖管理方案制定。' },
  { key: 'luo-yifan', name: '罗一帆', title: '主治医师', department: 'endocrinology', specialty: '糖尿病教育与营养指导', bio: '糖尿病教育护士团队的医学顾问，长期开展患者小组教育。' },
  { key: 'chen-xiaoyu', name: '陈晓雨', title: '副主任医师', department: 'preventive', specialty: '预防接种与传染病防控', bio: '公共卫生专业背景，负责接种门诊质量管理与疑似不良反应监测。' },
  { key: 'zhao-ning', name: '赵宁', title: '主任医师', department: 'pediatrics', specialty: '儿童生长发育与常见病', bio: '儿科临床工作近二十年，关注儿童早期发展与家长养育指导。' },
  { key: 'song-wei', name: '宋巍', title: '副主任医师', department: 'stomatology', specialty: '儿童口腔与龋病预防', bio: '开展幼儿园口腔检查与窝沟封闭项目多年。' },
  { key: 'lin-qiu', name: '林秋', title: '主治医师', department: 'psychiatry', specialty: '焦虑、抑郁与睡眠问题', bio: '心理治疗师，擅长认知行为治疗与压力管理团体辅导。' },
  { key: 'he-fang', name: '何芳', title: '主任医师', department: 'obstetrics', specialty: '孕期保健与妊娠期合并症', bio: '产科临床工作二十余年，主持孕妇学校课程设计。' },
  { key: 'du-hang', name: '杜航', title: '副主任医师', department: 'neurology', specialty: '脑卒中急救与二级预防', bio: '卒中中心骨干医师，参与区域卒中急救地图建设。' },
]
