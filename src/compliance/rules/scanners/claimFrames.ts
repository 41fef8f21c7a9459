import type { ContentKind, FrameCategory, Severity } from './types'

/**
 * Claim frames: banned medical-advertising claims found by the shape of the sentence rather than
 * by a listed word — "坚持三个月就能扔掉胰岛素" (an outcome that implies a cure), "恢复比一般医院的方案更快"
 * (a comparison), "无效全额退还" (a guarantee), "七天告别失眠" (a time to cure), "一针管一辈子"
 * (lifetime protection), "有效率超过八成" (a rate in words) and "张阿姨说这个疗法让她重新站了起来"
 * (a testimonial in promotional material).
 *
 * A frame is a formula of named slots (word lists a compliance reviewer can read) and short gaps
 * inside one clause, matched on the normalized text (simplified, lower-case, full-width folded).
 * The context rules (contextRules.ts) then keep negations, debunking, questions and hedges from
 * counting ("任何治疗都不能保证完全有效", "所谓‘七天根治’是谣言", "多数患者两周内可好转"). Each frame
 * carries its examples and the sentences it must leave alone; both are tested.
 *
 * Formula syntax: `{SLOT}` is one word of a slot, `…N` is up to N characters inside the same clause
 * (not crossing `,;!?。、` or a line break), anything else is literal text.
 */
export type FrameSlot = {
  /** What the slot holds, for the reviewer (Simplified Chinese). */
  label: string
  words?: readonly string[]
  /** A regular-expression source, for slots no word list can hold (numbers). */
  pattern?: string
}

export type ClaimFrame = {
  /** Stable identifier: the key of the frame's row in the claim-frames collection. */
  id: string
  category: FrameCategory
  /** A short name (Simplified Chinese). */
  title: string
  /** What the frame catches and what it leaves alone (Simplified Chinese). */
  note: string
  /** One or more formulas; any of them matching is a match. */
  formulas: readonly string[]
  /** The severity per content kind; a kind not listed is not checked by the frame. */
  severity: Partial<Record<ContentKind, Severity>>
  suggestion: string
  /** Sentences the frame flags (tested in every kind it checks). */
  examples: readonly string[]
  /** Sentences it must not flag (tested in every kind). */
  fine: readonly string[]
}

const ALL_BLOCK: Partial<Record<ContentKind, Severity>> = { campaign: 'block', article: 'block', 'patient-story': 'warn' }

export const FRAME_SLOTS = {
  AILMENT: {
    label: '疾病、症状或其困扰',
    pattern:
      '[\\p{Script=Han}]{0,5}?(?:病|症|炎|痛|癌|瘤|疹|癣|疮|痔|结石|息肉|囊肿|溃疡|感染|哮喘|失眠|便秘|近视|远视|老花|肥胖|三高|高血压|高血脂|高血糖|痛风|失禁|脱发|耳鸣|眩晕|头晕|过敏|鼻塞|咳嗽|打鼾|鼾声|痘痘|色斑|斑点|疤痕|赘肉|骨质疏松|静脉曲张|抑郁|焦虑|困扰|折磨|烦恼|病痛|疾苦|病魔|苦恼|痛苦)',
  },
  MEDICINE: {
    label: '药物、器械或治疗负担',
    words: [
      '胰岛素',
      '降压药',
      '降糖药',
      '降脂药',
      '止痛药',
      '安眠药',
      '激素',
      '药物',
      '药片',
      '药罐子',
      '吸入剂',
      '喷雾',
      '打针',
      '吃药',
      '服药',
      '用药',
      '输液',
      '透析',
      '拐杖',
      '轮椅',
      '眼镜',
      '助听器',
      '呼吸机',
      '尿袋',
      '药',
    ],
  },
  LEAVE: {
    label: '摆脱、丢掉',
    words: [
      '扔掉',
      '甩掉',
      '丢掉',
      '扔了',
      '甩了',
      '丢了',
      '摘掉',
      '摘下',
      '告别',
      '摆脱',
      '戒掉',
      '停掉',
      '停了',
      '撤掉',
      '脱离',
      '赶走',
      '甩开',
      '抛开',
      '离开',
      '不再依赖',
      '远离',
      '赶跑',
      '消灭',
      '清除',
      '除掉',
    ],
  },
  NO_LONGER: {
    label: '从此不再',
    words: [
      '再也不用',
      '再也不需要',
      '再也不必',
      '不用再',
      '不必再',
      '无需再',
      '无须再',
      '不需要再',
      '从此不用',
      '从此不必',
      '从此告别',
      '再也没有',
      '再也没',
      '再也不',
      '从此不再',
      '不再',
      '彻底不用',
    ],
  },
  TROUBLE: {
    label: '困扰、折磨',
    words: ['困扰', '折磨', '纠缠', '煎熬', '烦恼', '苦恼', '痛苦', '之苦', '所困', '所苦', '拖累'],
  },
  FAREWELL: {
    label: '说再见',
    words: ['说再见', '说拜拜', '说byebye', '说bye', '再见', '拜拜', '分手', '绝缘', '无缘', '一刀两断', '说不'],
  },
  RELAPSE: {
    label: '发作、复发',
    words: ['复发', '反弹', '发作', '犯病', '犯了', '再犯', '疼', '痛', '痒', '咳', '喘', '失眠', '便秘', '发病'],
  },
  AS_NEW: {
    label: '恢复如初',
    words: ['恢复如初', '完好如初', '光洁如初', '焕然一新', '和正常人一样', '跟正常人一样', '与常人无异', '和没病一样'],
  },
  COMPARE: {
    label: '比较用语',
    words: ['比起', '相比', '相较', '对比', '较之', '比', '较'],
  },
  OTHERS: {
    label: '其他医院、产品或疗法',
    words: [
      '其他医院',
      '其它医院',
      '别的医院',
      '别家医院',
      '外院',
      '别家',
      '别人家',
      '同行',
      '同类产品',
      '同类药',
      '同类',
      '进口',
      '国外',
      '传统疗法',
      '传统方法',
      '传统手术',
      '传统治疗',
      '常规疗法',
      '常规方案',
      '常规治疗',
      '常规手术',
      '普通疗法',
      '普通医院',
      '一般医院',
      '大医院',
      '三甲医院',
      '三甲',
      '北上广',
      '一线城市',
      '省城',
      '市面上',
      '市场上',
      '其他疗法',
      '其他方法',
      '其他产品',
      '其他品牌',
      '别的产品',
      '别的方法',
      '医院',
      '诊所',
      '机构',
    ],
  },
  BETTER: {
    label: '评价用语',
    pattern:
      '(?:更|还要|还)(?:好|佳|强|快|安全|有效|彻底|持久|舒适|省心|先进|专业|可靠|稳|准|少|小|低|高|便宜|轻)|(?:快|好|强|高|少|低|小|短)(?:了)?(?:一倍|两倍|\\d+倍|[一二三四五六七八九十几数]+倍|一大截|不少|很多|许多|得多|一半|\\d+%)|(?:只有|仅有|仅为|不到)(?:其|它们|他们)?的?(?:一半|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|零头)',
  },
  BEAT: {
    label: '胜过、不输',
    words: [
      '胜过',
      '胜于',
      '优于',
      '好于',
      '强于',
      '超过',
      '超越',
      '赛过',
      '领先',
      '碾压',
      '秒杀',
      '完胜',
      '吊打',
      '不输',
      '不亚于',
      '不逊于',
      '不逊色于',
      '媲美',
      '比肩',
      '堪比',
      '远超',
      '甩开',
      '打败',
    ],
  },
  RIVALS: {
    label: '对手（其他医院、进口或名院）',
    words: [
      '其他医院',
      '其它医院',
      '别的医院',
      '别家',
      '外院',
      '同行',
      '同类',
      '进口',
      '国外',
      '大医院',
      '三甲',
      '北上广',
      '一线城市',
      '名院',
      '大城市',
      '省级医院',
      '省里',
      '传统疗法',
      '传统方法',
      '传统治疗',
      '常规疗法',
      '常规治疗',
      '市面上',
      '市场上',
      '同价位',
      '知名品牌',
    ],
  },
  FAIL_ELSEWHERE: {
    label: '别处治不好',
    words: ['治不好', '看不好', '没治好', '没看好', '束手无策', '没办法', '没有办法', '做不了', '不敢做', '不愿接', '不收'],
  },
  PROMISE: {
    label: '保证、承诺',
    words: [
      '保证',
      '确保',
      '承诺',
      '担保',
      '包你',
      '包您',
      '保你',
      '保您',
      '管保',
      '准保',
      '打包票',
      '拍胸脯',
      '铁定',
      '必定',
      '一定能',
      '一定会',
      '一定',
      '肯定能',
      '肯定会',
      '百分百',
      '百分之百',
      '绝对',
      '稳稳',
    ],
  },
  OUTCOME: {
    label: '治疗结果',
    words: [
      '零失败',
      '不失败',
      '成功',
      '有效',
      '见效',
      '起效',
      '显效',
      '治好',
      '治愈',
      '好转',
      '康复',
      '痊愈',
      '无痛',
      '不痛',
      '不疼',
      '无风险',
      '零风险',
      '没有风险',
      '无副作用',
      '没有副作用',
      '不留疤',
      '无疤',
      '不留痕',
      '满意',
      '效果',
      '疗效',
      '怀上',
      '好孕',
      '瘦',
      '变美',
      '不复发',
      '不反弹',
      '恢复',
      '达标',
      '好起来',
      '站起来',
      '下地',
      '解决',
      '摆脱',
      '告别',
    ],
  },
  ZERO: {
    label: '零、绝无',
    pattern: '(?:零|0|绝无|毫无|没有任何|不会有任何|不存在任何|无任何)',
  },
  HARM: {
    label: '风险、失败、痛苦',
    words: [
      '失败',
      '风险',
      '复发',
      '痛苦',
      '疼痛',
      '痛感',
      '并发症',
      '后遗症',
      '副作用',
      '不良反应',
      '感染',
      '创伤',
      '反弹',
      '疤痕',
    ],
  },
  NO_EFFECT: {
    label: '无效、不满意',
    words: [
      '无效',
      '没效',
      '没效果',
      '没有效果',
      '不见效',
      '不起效',
      '治不好',
      '没治好',
      '没好',
      '不好',
      '不满意',
      '不成功',
      '失败',
      '不灵',
      '不管用',
      '未见效',
      '未治愈',
      '未好转',
      '复发',
      '反弹',
    ],
  },
  REFUND: {
    label: '退款、不收费',
    words: [
      '退款',
      '退钱',
      '退费',
      '全额退',
      '全额返还',
      '返还',
      '退还',
      '退回',
      '不收费',
      '不收钱',
      '不要钱',
      '分文不取',
      '免费重做',
      '免费再治',
      '免单',
      '赔',
      '双倍返',
      '包退',
    ],
  },
  ASSURED: {
    label: '有保障、看得见',
    pattern:
      '(?:疗效|效果|安全|治疗效果|手术效果)(?:有保障|有保证|看得见|摸得着|有目共睹|立现|保障)|(?:绝对|百分百|百分之百|完全|十足)(?:安全|放心|可靠)',
  },
  NUMBER: {
    label: '数字',
    pattern:
      '(?:(?<![\\d.])\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百半几数]+(?:个)?)(?:到|至|-|~)?(?:(?<![\\d.])\\d+|[一二两三四五六七八九十]+)?',
  },
  TIME_UNIT: {
    label: '时间单位',
    words: ['个疗程', '疗程', '个星期', '星期', '个月', '个小时', '小时', '分钟', '天', '日', '周', '月', '次', '晚', '夜'],
  },
  AT_ONCE: {
    label: '当天、立刻',
    words: ['当天', '当日', '当场', '即刻', '立刻', '马上', '立马', '立即', '瞬间', '一夜之间', '一觉醒来', '隔天', '第二天'],
  },
  EFFECT: {
    label: '见效、消除',
    words: [
      '见效',
      '起效',
      '显效',
      '有效果',
      '看到效果',
      '止痛',
      '止痒',
      '止咳',
      '止泻',
      '止血',
      '消肿',
      '退烧',
      '退热',
      '告别',
      '摆脱',
      '远离',
      '治好',
      '治愈',
      '痊愈',
      '康复',
      '好了',
      '就好',
      '全好',
      '消失',
      '全消',
      '消除',
      '消退',
      '不疼',
      '不痛',
      '不痒',
      '不咳',
      '不喘',
      '睡得香',
      '睡个好觉',
      '平稳',
      '降下来',
      '降到正常',
      '恢复正常',
      '正常了',
      '达标',
      '转阴',
      '搞定',
      '解决',
      '根除',
      '祛除',
      '去除',
      '瘦',
      '改善',
      '好转',
      '下地',
      '下床',
      '恢复',
      '回归',
      '上班',
    ],
  },
  PROMPTLY: {
    label: '就能、即可',
    words: ['就能', '就可以', '就可', '就会', '就', '即可', '即能', '便能', '便可', '能', '可', '可以', '即', '便'],
  },
  ONCE: {
    label: '一次、一针',
    pattern:
      '一(?:针|次|剂|贴|个疗程|疗程|次治疗|次手术|台手术|回|把|颗|粒|支|瓶)|做一次|打一针|打一次|治一次|用一次',
  },
  FOREVER: {
    label: '终身、永久',
    words: [
      '一辈子',
      '终身',
      '终生',
      '一生',
      '永久',
      '永远',
      '一劳永逸',
      '后半生',
      '下半辈子',
      '几十年',
      '数十年',
      '十年',
      '二十年',
      '一世',
    ],
  },
  COVER: {
    label: '管、保',
    words: ['管', '保', '护', '受益', '无忧', '有效', '不复发', '不再犯', '免疫', '不怕', '不用愁', '安心', '解决', '不用管'],
  },
  PERMANENTLY: {
    label: '永久、终身地',
    words: ['永久', '永远', '终身', '终生', '一辈子', '一劳永逸地', '一次性'],
  },
  LASTING_EFFECT: {
    label: '效果、免疫',
    words: [
      '告别',
      '摆脱',
      '去除',
      '祛除',
      '根除',
      '清除',
      '脱毛',
      '有效',
      '保持',
      '免疫',
      '不复发',
      '不再复发',
      '不反弹',
      '不再',
      '不会再',
      '远离',
      '解决',
      '治愈',
      '矫正',
      '定型',
      '受用',
      '不用再',
      '不怕',
      '保护',
      '维持',
      '有用',
      '管用',
    ],
  },
  YEARS: {
    label: '若干年',
    pattern: '(?:(?<![\\d.])\\d+|[一二两三四五六七八九十几数]+)(?:多)?年',
  },
  RATE_NOUN: {
    label: '治愈率、有效率等',
    words: [
      '治愈率',
      '有效率',
      '总有效率',
      '成功率',
      '好转率',
      '康复率',
      '显效率',
      '痊愈率',
      '转阴率',
      '缓解率',
      '控制率',
      '达标率',
      '见效率',
      '改善率',
      '受孕率',
      '怀孕率',
      '妊娠率',
      '治好率',
    ],
  },
  RATE_VALUE: {
    label: '比例（数字或文字）',
    pattern:
      '(?:(?<![\\d.])\\d+(?:\\.\\d+)?\\s*%|百分之[零一二三四五六七八九十百点]+|百分百|[一二三四五六七八九]成(?:[一二三四五六七八九])?|\\d成|十之八九|九成九|近百|九十几|八九成|绝大(?:多数|部分))',
  },
  RATE_VERB: {
    label: '达到、超过',
    words: ['高达', '达到', '达', '超过', '超', '逾', '接近', '近', '为', '是', '在', '有', '保持在', '稳定在', '突破', '维持在'],
  },
  PATIENTS: {
    label: '患者',
    words: [
      '的患者',
      '患者',
      '病人',
      '病友',
      '病例',
      '顾客',
      '用户',
      '客户',
      '孩子',
      '宝宝',
      '学员',
      '求医者',
      '来访者',
      '的人',
      '人',
    ],
  },
  GOOD_RESULT: {
    label: '好转、治愈',
    words: [
      '治愈',
      '痊愈',
      '康复',
      '好转',
      '好了',
      '治好',
      '见效',
      '有效',
      '起效',
      '显效',
      '改善',
      '恢复',
      '摆脱',
      '告别',
      '停药',
      '减药',
      '不再复发',
      '不复发',
      '转阴',
      '怀上',
      '成功',
      '满意',
      '达标',
      '就好',
      '都好',
      '一次就好',
    ],
  },
  NAMED_PERSON: {
    label: '具名或具体的患者',
    pattern:
      '(?:[\\p{Script=Han}](?:阿姨|大爷|大妈|奶奶|爷爷|大叔|大姐|大哥|先生|女士|小姐|老师|师傅|老伯|伯伯|婆婆|阿婆|叔叔|姐|哥|妈|爸|同学|宝妈)|老[\\p{Script=Han}](?:头)?|小[\\p{Script=Han}](?=[,:说讲表称感坦逢用做在])|\\d+岁的[\\p{Script=Han}]{1,4}|(?:患者|病友|顾客|用户|学员|网友|宝妈|家长|粉丝|客户)[\\p{Script=Han}a-z]{0,3}|一位(?:患者|病友|顾客|阿姨|大爷|妈妈|宝妈|家长|老人))',
  },
  SAYS: {
    label: '说、夸',
    words: [
      '说',
      '讲',
      '表示',
      '感慨',
      '感叹',
      '坦言',
      '告诉',
      '夸',
      '称赞',
      '点赞',
      '反馈',
      '分享',
      '推荐',
      '直呼',
      '连连',
      '逢人就',
      '写道',
      '留言',
      '评价',
      ':',
      '感激',
      '亲口',
    ],
  },
  PRAISE: {
    label: '疗效赞誉',
    words: [
      '好了',
      '治好',
      '管用',
      '有效',
      '见效',
      '神奇',
      '神了',
      '太好了',
      '站了起来',
      '站起来',
      '能下地',
      '下地',
      '不疼',
      '不痛',
      '不痒',
      '不咳',
      '不喘',
      '睡得香',
      '精神',
      '瘦了',
      '年轻',
      '恢复',
      '好转',
      '灵',
      '没再犯',
      '停了药',
      '扔掉',
      '告别',
      '摆脱',
      '重获',
      '新生',
      '救了',
      '效果',
      '舒服',
      '轻松',
      '好多了',
      '正常了',
      '降下来',
      '值',
      '推荐',
    ],
  },
  SELF_TESTED: {
    label: '亲测、真实反馈',
    pattern:
      '(?:亲测|实测|亲身体验|亲身试过|亲自试过|亲身经历)(?:有效|好用|管用|见效|灵)|真实(?:反馈|案例|评价|效果|见证|分享|感受)|(?:治好|康复|好转|痊愈|受益)(?:了)?的(?:病友|患者|顾客|用户|家长|宝妈|人)(?:怎么说|说|的反馈|现身|的心声|的评价)|(?:患者|顾客|用户|病友|家长|宝妈)(?:好评|口碑|反馈|点评|心声|晒单|晒图)|逢人就(?:推荐|夸|说)|(?:前后|治疗前后|术前术后)(?:对比)?(?:照|图|照片)',
  },
} as const satisfies Record<string, FrameSlot>

export type SlotName = keyof typeof FRAME_SLOTS

export const DEFAULT_FRAMES: readonly ClaimFrame[] = [
  // ── 暗示治愈、停药 ──
  {
    id: 'leave-disease-or-drug',
    category: 'implied-cure',
    title: '摆脱疾病或药物',
    note: '以“扔掉胰岛素”“告别失眠”“摆脱腰痛”等结果暗示治愈或停药。否定、辟谣、“有助于”“多数”等限定不计。',
    formulas: ['{LEAVE}…4{MEDICINE}', '{LEAVE}…5{AILMENT}'],
    severity: ALL_BLOCK,
    suggestion: '删除暗示治愈或停药的表述，改为“规范治疗有助于控制病情，用药请遵医嘱”',
    examples: ['坚持三个月就能扔掉胰岛素', '让无数孩子远离哮喘困扰', '彻底甩掉降压药', '轻松告别失眠'],
    fine: ['不要擅自停掉降压药', '戒烟限酒，远离烟草', '手术并不能让所有人摆脱药物'],
  },
  {
    id: 'no-more-medicine',
    category: 'implied-cure',
    title: '从此不用吃药、不再发作',
    note: '“再也不用打针吃药”“从此不再发作”“不再受失眠困扰”等承诺疾病不再影响生活。',
    formulas: ['{NO_LONGER}…3{MEDICINE}', '{NO_LONGER}…2{RELAPSE}', '{NO_LONGER}…8{TROUBLE}'],
    severity: ALL_BLOCK,
    suggestion: '删除“不再发作”“不用吃药”等承诺，改为“病情控制情况因人而异，请定期复诊”',
    examples: ['再也不用打针吃药', '从此不再发作', '不再受湿疹困扰'],
    fine: ['孩子不再需要家长喂饭后，要注意饮食均衡', '如果胸痛不再缓解，请立即就医'],
  },
  {
    id: 'farewell-to-disease',
    category: 'implied-cure',
    title: '和疾病说再见',
    note: '“和降压药说再见”“与哮喘绝缘”等口号式治愈暗示。',
    formulas: ['{AILMENT}…2{FAREWELL}', '{MEDICINE}…2{FAREWELL}'],
    severity: ALL_BLOCK,
    suggestion: '删除口号式治愈暗示，改为客观介绍治疗方式和注意事项',
    examples: ['从此和降压药说再见', '让孩子与哮喘绝缘'],
    fine: ['出院时，他和病房的护士们说再见'],
  },
  {
    id: 'as-good-as-new',
    category: 'implied-cure',
    title: '恢复如初',
    note: '“恢复如初”“和正常人一样”等暗示完全治愈的结果。',
    formulas: ['{AS_NEW}'],
    severity: ALL_BLOCK,
    suggestion: '删除“恢复如初”等表述，如实说明可能的恢复程度与个体差异',
    examples: ['术后膝关节恢复如初', '治疗后和正常人一样'],
    fine: ['骨折愈合需要时间，请按时复查'],
  },
  {
    id: 'off-drug-no-relapse',
    category: 'implied-cure',
    title: '停药不复发',
    note: '“停药后也不复发”等暗示治愈。',
    formulas: ['(?:停药|断药|停了药|不吃药)…4(?:不|没|没有|未)(?:复发|反弹|发作|再犯)'],
    severity: ALL_BLOCK,
    suggestion: '删除“停药不复发”，改为“是否停药须由医生评估”',
    examples: ['停药半年也没复发'],
    fine: ['是否停药须由医生评估'],
  },

  // ── 与其他机构、产品、疗法比较 ──
  {
    id: 'compare-with-others',
    category: 'comparison',
    title: '与其他医院、产品、疗法比较',
    note: '“比一般医院的方案更快”“比传统疗法见效快三倍”“只有别家的一半”：比较用语 + 对象 + 评价。科普中的中性疗法比较（不涉及医院和产品）只提示。',
    formulas: ['{COMPARE}…12{OTHERS}…10{BETTER}', '{OTHERS}的…4{BETTER}'],
    severity: { campaign: 'block', article: 'warn', 'patient-story': 'warn' },
    suggestion: '删除与其他医疗机构、产品或疗法的比较，客观介绍本院服务',
    examples: ['恢复比一般医院的方案更快', '比传统疗法见效快三倍', '创伤只有别家的一半'],
    fine: ['比起久坐，每小时起身活动更有益', '与开放手术相比，腹腔镜手术切口更小'],
  },
  {
    id: 'beat-rivals',
    category: 'comparison',
    title: '胜过、不输其他机构或产品',
    note: '“疗效胜过同类进口产品”“不输北上广大医院”“媲美国外技术”。',
    formulas: ['{BEAT}…8{RIVALS}'],
    severity: { campaign: 'block', article: 'block', 'patient-story': 'warn' },
    suggestion: '删除与其他医疗机构或产品的比较，客观介绍本院服务',
    examples: ['疗效胜过同类进口产品', '技术不输北上广大医院'],
    fine: ['体温超过38.5℃时可服用退烧药'],
  },
  {
    id: 'where-others-failed',
    category: 'comparison',
    title: '别处治不好的',
    note: '“外院治不好的，来这里”等以贬低其他医院抬高自己。',
    formulas: ['{RIVALS}…6{FAIL_ELSEWHERE}'],
    severity: { campaign: 'block', article: 'block', 'patient-story': 'warn' },
    suggestion: '删除贬低其他医疗机构的表述',
    examples: ['外院治不好的，来我们这里'],
    fine: ['转院时请带齐外院的检查资料'],
  },

  // ── 保证 ──
  {
    id: 'promise-outcome',
    category: 'guarantee',
    title: '保证结果',
    note: '“确保手术零失败”“保你一次成功”“承诺术后无痛”：保证用语 + 治疗结果。“保证睡眠”“确保麻醉安全”等过程要求不计。',
    formulas: ['{PROMISE}…6{OUTCOME}'],
    severity: ALL_BLOCK,
    suggestion: '删除疗效保证，改为“疗效因人而异，请遵医嘱”',
    examples: ['确保手术零失败', '保你一次成功', '承诺术后无痛'],
    fine: ['请保证每天7到8小时睡眠', '术前禁食是为了确保麻醉安全', '任何治疗都不能保证完全有效'],
  },
  {
    id: 'zero-risk',
    category: 'guarantee',
    title: '零风险、零失败',
    note: '“零失败”“绝无风险”“没有任何痛苦”等安全性或结果的断言。',
    formulas: ['{ZERO}…2{HARM}'],
    severity: ALL_BLOCK,
    suggestion: '删除安全性断言，如实告知可能的风险与不良反应',
    examples: ['零失败', '绝无风险', '全程没有任何痛苦'],
    fine: ['没有任何手术是零风险的', '体温零下时注意保暖'],
  },
  {
    id: 'refund-if-no-effect',
    category: 'guarantee',
    title: '无效退款',
    note: '“无效全额退还”“不满意不收费”等以结果为条件的退款承诺。',
    formulas: ['{NO_EFFECT}…6{REFUND}'],
    severity: ALL_BLOCK,
    suggestion: '删除退款承诺：医疗服务不得承诺疗效',
    examples: ['无效全额退还', '不满意不收费', '效果看得见，不好不要钱'],
    fine: ['检查未做可申请退费'],
  },
  {
    id: 'assured-effect',
    category: 'guarantee',
    title: '效果有保障',
    note: '“疗效有保障”“效果看得见”“绝对安全”等功效或安全性断言。',
    formulas: ['{ASSURED}'],
    severity: ALL_BLOCK,
    suggestion: '删除功效、安全性的断言，改为客观介绍',
    examples: ['效果看得见', '安全有保障，绝对放心'],
    fine: ['接种后请留观30分钟'],
  },

  // ── 承诺见效时间 ──
  {
    id: 'time-to-effect',
    category: 'time-to-cure',
    title: '几天见效',
    note: '“七天告别失眠”“两周见效”“一个疗程就能看到明显改善”：数字 + 时间单位 + 见效用语。“一般”“多数”“约”等病程描述不计。',
    formulas: ['{NUMBER}{TIME_UNIT}(?:内|之内|后|左右)?…6{EFFECT}'],
    severity: ALL_BLOCK,
    suggestion: '删除治疗时限承诺，改为“治疗周期因人而异”',
    examples: ['七天告别失眠', '两周见效', '一个疗程就能看到明显改善', '24小时止痛'],
    fine: ['每次一片，每日三次，连服七天', '普通感冒一般七到十天自愈'],
  },
  {
    id: 'instant-effect',
    category: 'time-to-cure',
    title: '当天见效',
    note: '“当天做完当天恢复”“马上止痒”等即时见效承诺。',
    formulas: ['{AT_ONCE}…4{EFFECT}'],
    severity: ALL_BLOCK,
    suggestion: '删除即时见效的承诺，改为“效果因人而异”',
    examples: ['当天做完当天恢复', '涂上马上止痒'],
    fine: ['出现胸痛请立即拨打120'],
  },

  // ── 终身、永久 ──
  {
    id: 'once-for-life',
    category: 'lifetime',
    title: '一次管终身',
    note: '“一针管一辈子”“一次治疗终身受益”“打一次管十年”。',
    formulas: ['{ONCE}…6{FOREVER}', '{ONCE}…4{COVER}…2{YEARS}'],
    severity: ALL_BLOCK,
    suggestion: '删除终身、永久效果的承诺，如实说明保护期或复查要求',
    examples: ['一针管一辈子', '一次治疗终身受益', '打一次管十年不复发'],
    fine: ['高血压需要终身管理'],
  },
  {
    id: 'permanent-effect',
    category: 'lifetime',
    title: '永久效果',
    note: '“永久告别近视”“终生免疫”“效果永久保持”。',
    formulas: ['{PERMANENTLY}…2{LASTING_EFFECT}', '(?:效果|疗效|作用)…4(?:永久|永远|终身|终生|一辈子)', '一劳永逸'],
    severity: ALL_BLOCK,
    suggestion: '删除终身、永久效果的承诺，如实说明保护期或复查要求',
    examples: ['永久告别近视', '终生免疫', '效果永久保持', '一劳永逸解决脱发'],
    fine: ['糖尿病患者要一辈子坚持监测血糖', '手术并不能一劳永逸'],
  },
  {
    id: 'years-without-relapse',
    category: 'lifetime',
    title: '多年不复发',
    note: '“十年不复发”“二十年不用再做”。',
    formulas: ['{YEARS}(?:内|之内)?(?:都|也)?(?:不会|不再|没再|没有再|不用再?|无需再?|不必再?)?(?:复发|反弹|犯|发作|做|治)'],
    severity: ALL_BLOCK,
    suggestion: '删除长期不复发的承诺，改为“规范治疗和定期随访有助于降低复发风险”',
    examples: ['十年不复发'],
    fine: ['术后三年内要定期复查'],
  },

  // ── 治愈率、有效率（文字表述） ──
  {
    id: 'rate-of-cure',
    category: 'rate-in-words',
    title: '治愈率、有效率',
    note: '“有效率超过八成”“治愈率达到百分之九十五”：率 + 比例，数字、百分之、成数都算。引用研究、指南、统计的科普数据不计。',
    formulas: ['{RATE_NOUN}…6{RATE_VALUE}', '{RATE_VALUE}(?:的)?{RATE_NOUN}'],
    severity: ALL_BLOCK,
    suggestion: '删除治愈率、有效率等数据；科普文章如需引用，请注明公开文献出处并交医学审核',
    examples: ['有效率超过八成', '治愈率达到百分之九十五', '成功率接近百分百'],
    fine: ['研究显示，规范治疗的早期患者五年生存率超过九成'],
  },
  {
    id: 'share-of-patients-cured',
    category: 'rate-in-words',
    title: '几成患者治好',
    note: '“九成患者一次就好”“十个人里九个都好了”：比例 + 患者 + 好转。人群患病率等统计不计。',
    formulas: [
      '{RATE_VALUE}(?:以上)?(?:的)?{PATIENTS}…10{GOOD_RESULT}',
      '十个(?:人|患者|病人|病友)?(?:里|中|当中)?(?:有)?[五六七八九]个…6{GOOD_RESULT}',
    ],
    severity: ALL_BLOCK,
    suggestion: '删除治愈比例，科普文章如需引用数据，请注明公开文献出处',
    examples: ['九成患者一次就好', '十个人里有九个都好了'],
    fine: ['约八成肺癌患者确诊时已是中晚期'],
  },

  // ── 患者证明（仅营销内容） ──
  {
    id: 'patient-praises-effect',
    category: 'testimonial',
    title: '患者现身说疗效',
    note: '营销内容中具名或具体的患者称赞疗效：“张阿姨说这个疗法让她重新站了起来”。患者故事不计（需知情同意，另有规则）。',
    formulas: ['{NAMED_PERSON}…10{SAYS}[^;!?。\\n]{0,24}?{PRAISE}'],
    severity: { campaign: 'block' },
    suggestion: '删除患者对疗效的证明；营销内容不得利用患者名义作推荐或证明',
    examples: ['张阿姨说这个疗法让她重新站了起来', '62岁的刘大爷逢人就夸：腿不疼了'],
    fine: ['本周六上午，南湖医院在社区开展义诊'],
  },
  {
    id: 'self-tested',
    category: 'testimonial',
    title: '亲测有效、真实反馈',
    note: '“宝妈亲测有效”“听听治好的病友怎么说”“患者好评”等以使用者名义证明疗效。',
    formulas: ['{SELF_TESTED}'],
    severity: { campaign: 'block' },
    suggestion: '删除患者对疗效的证明；营销内容不得利用患者名义作推荐或证明',
    examples: ['宝妈亲测有效', '听听治好的病友怎么说', '来自患者的真实反馈'],
    fine: ['欢迎提出意见和建议'],
  },
]

/** The characters of one clause: a gap never crosses `,;!?。、` or a line break. */
const CLAUSE_CHAR = '[^,;!?。、\\n]'

const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function slotSource(name: string): string {
  const slot = (FRAME_SLOTS as Record<string, FrameSlot>)[name]
  if (!slot) throw new Error(`Unknown frame slot {${name}}`)
  if (slot.pattern) return `(?:${slot.pattern})`
  // Longest first, so a longer word wins over its prefix.
  const words = [...(slot.words ?? [])].sort((a, b) => b.length - a.length)
  return `(?:${words.map(escapeWord).join('|')})`
}

/** The regular-expression source of a formula: slots and gaps expanded. */
export function formulaSource(formula: string): string {
  return formula
    .replace(/\{([A-Z_]+)\}/g, (_, name: string) => slotSource(name))
    .replace(/…(\d+)/g, (_, n: string) => `${CLAUSE_CHAR}{0,${n}}?`)
}

/** A formula as a reviewer reads it: 〔摆脱、丢掉〕…（≤4字）〔药物、器械或治疗负担〕. */
export function formulaText(formula: string): string {
  return formula
    .replace(/\{([A-Z_]+)\}/g, (_, name: string) => `〔${(FRAME_SLOTS as Record<string, FrameSlot>)[name]?.label ?? name}〕`)
    .replace(/…(\d+)/g, (_, n: string) => `…（≤${n}字）`)
}

const compiled = new WeakMap<ClaimFrame, RegExp[]>()

/** The frame's formulas compiled (once per frame object) with the `gu` flags. */
export function frameExpressions(frame: ClaimFrame): RegExp[] {
  let expressions = compiled.get(frame)
  if (!expressions) {
    expressions = frame.formulas.map((formula) => new RegExp(formulaSource(formula), 'gu'))
    compiled.set(frame, expressions)
  }
  return expressions
}

/** Spans [start, end) of the normalized text that match one of the frame's formulas. */
export function frameSpans(frame: ClaimFrame, normalized: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const re of frameExpressions(frame)) {
    re.lastIndex = 0
    for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      spans.push([m.index, m.index + m[0].length])
    }
  }
  return spans
}

/** What a compliance reviewer may change about a shipped frame (its row in the claim-frames collection). */
export type FrameSetting = { id: string; enabled: boolean; suggestion?: string | null }

/**
 * The frames in force: the shipped frames with the reviewers' settings applied. A frame without a
 * setting is on (a new frame guards from its first release); a switched-off frame is left out.
 */
export function framesInForce(settings: readonly FrameSetting[], frames: readonly ClaimFrame[] = DEFAULT_FRAMES) {
  const byId = new Map(settings.map((s) => [s.id, s]))
  return frames.flatMap((frame) => {
    const setting = byId.get(frame.id)
    if (!setting) return [frame]
    if (!setting.enabled) return []
    return [setting.suggestion ? { ...frame, suggestion: setting.suggestion } : frame]
  })
}
