import type { ContentKind, LexiconCategory } from './types'

/**
 * Context rules: when a lexicon match is a claim and when it is not.
 *
 * A rule looks at the normalized text just before the match (`before`, anchored with `$` by the
 * rule) and/or just after it (`after`, anchored with `^`); when it has both, both must match.
 * - `exempt`: the match is not a claim when the rule matches (negation, ordinal, advice, surgical term…).
 * - `require`: the words the rule applies to count as a claim only when at least one of their
 *   `require` rules matches (soft superlatives such as 最好/最佳 are claims only with a scope,
 *   an institutional subject or an institutional noun; otherwise they are advice).
 *
 * A rule applies to a match when the content kind is listed (or no kind is given), its category is listed (or no category is given) and, when `words`
 * or `matching` is given, when the matched normalized text is one of `words` or matches `matching`.
 * The normalized text is lower-case, simplified, full-width folded: `，；！？：` read `,;!?:`.
 */
export type ContextRule = {
  id: string
  note: string
  effect: 'exempt' | 'require'
  /** Content kinds the rule applies to; undefined = all kinds. */
  kinds?: ContentKind[]
  categories?: LexiconCategory[]
  words?: string[]
  matching?: RegExp
  before?: RegExp
  after?: RegExp
}

/** How many normalized characters each side of a match the rules see. */
export const CONTEXT_WINDOW = 24

/** One character inside the same clause (not crossing `,;!?。、` or a line break). */
const CL = '[^,;!?。、\\n]'
/** One character inside the same sentence (commas allowed). */
const SL = '[^;!?。\\n]'

const NEGATORS = [
  '不能', '不可能', '无法', '难以', '未能', '没法', '不会', '不一定', '不存在', '没有', '并非', '并不', '不是',
  '绝非', '并无', '尚无', '暂无', '目前无', '还无', '谈不上', '做不到', '不等于', '不代表', '不意味着', '不要相信', '不要轻信', '别轻信', '别信',
  '别相信', '切勿', '谨防', '警惕', '当心', '提防', '小心', '声称', '宣称', '号称', '自称', '所谓', '鼓吹',
  '吹嘘', '打着', '网传', '谣传', '传言', '不要指望', '别指望', '不宜', '不应', '不得', '禁止', '严禁', '不准',
  '避免使用', '避免出现', '杜绝',
]

const DEBUNKERS = [
  '是不可能的', '不可能', '不现实', '不存在', '是谣言', '谣言', '骗局', '骗人', '虚假', '不可信', '不靠谱', '不科学',
  '夸大', '违法', '违规', '误导', '是假的', '伪科学', '的说法', '等说法', '等用语', '等字样', '等词语', '等宣传',
  '之类的说法', '之类的宣传', '别信', '不要信', '不要相信', '不可取', '并不成立', '没有科学依据', '缺乏依据',
]

const SCOPES = [
  '全市', '全省', '全国', '国内', '国际', '全球', '世界', '亚洲', '全区', '本市', '本省', '本地', '当地', '市内', '省内',
  '区内', '业内', '行业', '同行', '同类', '地区', '区域', '华南', '华东', '华北', '华中', '西南', '西北', '东北',
  '岭南', '城区', '全城', '全县', '本县', '周边',
]

const INSTITUTION_SUBJECTS = [
  '我院', '本院', '我科', '本科室', '我科室', '本中心', '我中心', '该院', '本医院', '我们医院', '本诊所', '本机构',
  '我们的医生', '我们的专家', '我们的团队', '我们的技术', '我们的设备',
]

const INSTITUTION_NOUNS = [
  '医院', '医生', '名医', '专家', '科室', '专科', '团队', '设备', '仪器', '品牌', '机构', '诊所', '医疗机构', '医疗团队',
]

const ORDINAL_NOUNS = [
  '步', '剂', '针', '次', '时间', '天', '日', '周', '个', '位', '阶段', '期', '条', '点', '项', '类', '种', '年', '月',
  '批', '例', '轮', '疗程', '胎', '产程', '口', '顿', '组', '节', '章', '部分', '课', '讲', '线', '反应', '现场', '手',
  '目击', '责任', '诊', '眼', '印象', '关', '站', '排', '页', '层', '道', '颗', '粒', '片', '支', '瓶', '袋', '餐',
  '夜', '晚', '周期', '小时', '分钟', '秒', '声', '届', '季度', '作者', '代', '间', '张', '份', '句', '件', '波',
  '名患者', '名病人', '名志愿者', '名受试者', '名接种者', '名参与者', '名捐献者', '人民医院', '附属医院', '医院',
  '临床医学院', '临床学院', '中学', '小学', '幼儿园',
  // idioms: 第一要务 (top priority), 科技是第一生产力, 人才是第一资源
  '要务', '要义', '要素', '生产力', '资源', '动力',
]

const ADVICE_AFTER_RECOMMEND = [
  '每天', '每日', '每周', '每次', '成年人', '成人', '老年人', '儿童', '孕妇', '大家', '公众', '居民', '市民', '至少',
  '不超过', '适量', '多吃', '少吃', '多喝', '保持', '定期', '坚持', '采用', '以', '在', '按', '的运动', '的饮食',
  '的锻炼', '的摄入', '的做法', '的方法', '的剂量', '的频率', '的筛查', '的检查', '的接种', '量',
]

const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const SOFT_SUPERLATIVES = ['最好', '最佳', '最有效', '最安全', '最专业', '首选', '唯一', '名列前茅', '首屈一指', '遥遥领先']

export const DEFAULT_CONTEXT_RULES: ContextRule[] = [
  // ── negation, debunking, questions: a claim quoted in order to refute it is not a claim ──
  {
    id: 'negation-before',
    note: '否定、警示或转述在前：“无法根治”“不能保证百分之百有效”“警惕声称包治百病的广告”',
    effect: 'exempt',
    before: new RegExp(`(?:${alt(NEGATORS)})${CL}{0,10}$`),
  },
  {
    id: 'debunk-after',
    note: '随后指出其虚假：“包治百病的说法不可信”“根治糖尿病是不可能的”',
    effect: 'exempt',
    after: new RegExp(`^${SL}{0,14}?(?:${alt(DEBUNKERS)})`),
  },
  {
    id: 'question-after',
    note: '疑问句标题：“糖尿病能根治吗？”',
    effect: 'exempt',
    categories: ['efficacy-guarantee', 'cure-rate'],
    after: new RegExp(`^${CL}{0,6}(?:吗|么|\\?)`),
  },
  {
    id: 'myth-before',
    note: '辟谣语境：“误区一：糖尿病可以根治”',
    effect: 'exempt',
    before: /(?:误区|谣言|辟谣|流言|错误观念|错误认识|伪科学)[^。\n]{0,14}$/,
  },

  // ── medical terms that contain a lexicon word ──
  {
    id: 'radical-surgery',
    note: '“根治术”“根治性切除”“根治手术”是规范的手术名称',
    effect: 'exempt',
    words: ['根治'],
    after: /^(?:性|术|手术)/,
  },
  {
    id: 'package-treatment',
    note: '“打包治疗费用”中的“包治”不是保证',
    effect: 'exempt',
    words: ['包治'],
    after: /^疗/,
  },
  {
    id: 'world-class-problem',
    note: '“世界级难题”描述疾病而非医院',
    effect: 'exempt',
    words: ['世界级', '顶级', '顶尖'],
    after: /^(?:医学|学术|国际|科学)?(?:难题|难关|课题|挑战|期刊|杂志)/,
  },

  {
    id: 'natural-course',
    note: '病程描述而非承诺：“轻度扭伤一般两周即可康复”',
    effect: 'exempt',
    categories: ['efficacy-guarantee'],
    matching: /(?:天|周|疗程)/,
    before: new RegExp(`(?:一般|通常|多数|大多|大部分|平均|往往|多在|约)${CL}{0,8}$`),
  },
  {
    id: 'disease-statistics-ranking',
    note: '疾病负担排名不是医院宣传：“我国肝癌发病率名列前茅”',
    effect: 'exempt',
    words: ['名列前茅', '首屈一指', '遥遥领先', '第一'],
    before: new RegExp(`(?:发病率|患病率|死亡率|发生率|病例数|疾病负担|死因)${CL}{0,8}$`),
  },

  // ── 第一: ordinals, enumerations and hospital names are not rankings ──
  {
    id: 'ordinal-first',
    note: '序数与习语：“第一步”“第一剂”“第一时间”“第一次产检”“第一责任人”“第一要务”',
    effect: 'exempt',
    words: ['第一'],
    after: new RegExp(`^(?:${alt(ORDINAL_NOUNS)})`),
  },
  {
    id: 'enumeration-first',
    note: '列举：“第一，控制饮食；第二，……”',
    effect: 'exempt',
    words: ['第一'],
    before: /(?:^|[。;:!?\n])\s*$/,
    after: /^\s*[,、:.]/,
  },

  // ── soft superlatives: advice unless there is a scope, an institutional subject or noun ──
  {
    id: 'superlative-scope',
    note: '范围词在前：“全市最好的医院”“国内唯一”',
    effect: 'require',
    words: SOFT_SUPERLATIVES,
    before: new RegExp(`(?:${alt(SCOPES)})${CL}{0,6}$`),
  },
  {
    id: 'superlative-institution-subject',
    note: '以本院为主语：“我院技术最好”“本中心是患者的首选”',
    effect: 'require',
    words: SOFT_SUPERLATIVES,
    before: new RegExp(`(?:${alt(INSTITUTION_SUBJECTS)})${CL}{0,10}$`),
  },
  {
    id: 'superlative-institution-noun',
    note: '修饰机构、医生、设备：“最好的医院”“最佳专家团队”“最好的治疗效果”',
    effect: 'require',
    words: SOFT_SUPERLATIVES,
    after: new RegExp(
      `^(?:的)?(?:${alt(INSTITUTION_NOUNS)})|^的[\\p{Script=Han}]{0,2}(?:医疗|诊疗|治疗)?(?:医院|医生|专家|设备|技术|疗法|效果|疗效|团队|品牌|机构|中心|诊所|专科)`,
      'u',
    ),
  },
  {
    id: 'superlative-designation',
    note: '“唯一指定”“首选医院”',
    effect: 'require',
    words: ['唯一', '首选'],
    after: /^(?:指定|定点|授权|一家|医院|品牌|机构|专科)/,
  },
  {
    id: 'first-choice-in-advertising',
    note: '广告中“首选”后接机构名：“看胃病，首选市中心医院”',
    effect: 'require',
    kinds: ['campaign'],
    words: ['首选'],
    after: new RegExp(`^${CL}{0,10}(?:医院|诊所|门诊|中心|专科)`),
  },
  {
    id: 'best-doctor-is-yourself',
    note: '健康口号“最好的医生是自己”',
    effect: 'exempt',
    words: ['最好', '最佳'],
    after: /^的医生是(?:你|我们)?自己/,
  },

  // ── endorsements: "专家推荐每天……" is advice, "专家推荐使用" is an endorsement ──
  {
    id: 'recommendation-advice',
    note: '推荐后接健康建议而非产品：“专家推荐：成年人每天饮水1500毫升”',
    effect: 'exempt',
    matching: /推荐$/,
    after: new RegExp(`^[:\\s]*(?:${alt(ADVICE_AFTER_RECOMMEND)})`),
  },
]
