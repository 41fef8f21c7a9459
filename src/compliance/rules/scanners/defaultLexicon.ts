import type { ContentKind, LexiconCategory, LexiconEntry, Severity } from './types'

/**
 * A starting lexicon for Chinese medical advertising and health content.
 *
 * Sources of the categories: 《广告法》第九条第（三）项（绝对化用语）、第十六条（医疗广告不得表示功效、
 * 安全性的断言或者保证，不得说明治愈率或者有效率，不得与其他医疗机构比较，不得利用患者、专家的名义
 * 作推荐、证明）；《医疗广告管理办法》第七条。
 *
 * Plain terms are matched on the normalized text (see normalize.ts); `isPattern` entries are regular
 * expression sources applied to the normalized text (lower-case, simplified, full-width folded:
 * `％` reads `%`, `，` reads `,`). When a word is a claim or not depends on its context (advice
 * "最好在医生指导下", ordinals "第一次", negations "无法根治"): those decisions are data in
 * contextRules.ts, not here.
 */

const ALL_BUT_CAMPAIGN: ContentKind[] = ['article', 'patient-story']

/** One entry blocking in campaigns (advertising) and warning in health articles and patient stories. */
function blockInCampaign(
  category: LexiconCategory,
  term: string,
  suggestion: string,
  isPattern = false,
): LexiconEntry[] {
  return [
    { term, isPattern, category, severity: 'block', suggestion, kinds: ['campaign'] },
    { term, isPattern, category, severity: 'warn', suggestion, kinds: ALL_BUT_CAMPAIGN },
  ]
}

function entry(
  category: LexiconCategory,
  severity: Severity,
  term: string,
  suggestion: string,
  isPattern = false,
): LexiconEntry {
  return { term, isPattern, category, severity, suggestion }
}

const S_GUARANTEE = '删除疗效保证，改为“疗效因人而异，请遵医嘱”'
const S_RATE = '删除治愈率、有效率等数据；科普文章如需引用，请注明公开文献出处并交医学审核'
const S_COMPARE = '删除与其他医疗机构或疗法的比较，客观介绍本院服务'
const S_ABSOLUTE = '删除绝对化用语，改为可核实的客观描述（如“开展××技术”“从业××年”）'
const S_ENDORSE = '删除患者、专家或名人的证明与推荐；患者故事需取得书面同意并去除疗效承诺'

export const DEFAULT_LEXICON: LexiconEntry[] = [
  // ── 保证疗效、断言安全性（广告法第十六条第一款第（一）项） ──
  entry('efficacy-guarantee', 'block', '包治百病', '删除“包治百病”，如实说明适应证'),
  entry('efficacy-guarantee', 'block', '包治', '删除“包治”，改为“规范治疗有助于控制病情”'),
  entry('efficacy-guarantee', 'block', '根治', '改为“有效控制”“规范治疗可改善症状”'),
  entry('efficacy-guarantee', 'block', '药到病除', '删除，如实说明治疗作用及个体差异'),
  entry('efficacy-guarantee', 'block', '手到病除', '删除，如实说明治疗作用及个体差异'),
  entry('efficacy-guarantee', 'block', '无副作用', '改为“不良反应相对较少，具体请遵医嘱”'),
  entry('efficacy-guarantee', 'block', '无毒副作用', '改为“不良反应相对较少，具体请遵医嘱”'),
  entry(
    'efficacy-guarantee',
    'block',
    '(?:没有任何|没有|毫无|无任何|零)(?:毒)?副作用',
    '改为“不良反应相对较少，具体请遵医嘱”',
    true,
  ),
  entry(
    'efficacy-guarantee',
    'block',
    '(?<![\\d.])100\\s*%\\s*(?:的)?(?:有效|治愈|痊愈|康复|见效|根治|成功|安全|无效退款)',
    '删除“100%有效”等保证，改为“疗效因人而异”',
    true,
  ),
  entry(
    'efficacy-guarantee',
    'block',
    '百分(?:之)?百(?:的)?(?:有效|治愈|痊愈|康复|见效|根治|成功|安全)',
    '删除“百分百有效”等保证，改为“疗效因人而异”',
    true,
  ),
  entry('efficacy-guarantee', 'block', '永不复发', '改为“规范治疗和定期随访有助于降低复发风险”'),
  entry(
    'efficacy-guarantee',
    'block',
    '(?:保证|确保|承诺|绝不会?|永远不会?|终身不)(?:再)?(?:复发|反弹)',
    '改为“规范治疗和定期随访有助于降低复发风险”',
    true,
  ),
  entry('efficacy-guarantee', 'block', '不反弹', '改为“坚持健康生活方式有助于保持效果”'),
  entry('efficacy-guarantee', 'block', '无效退款', '删除退款承诺：医疗服务不得承诺疗效'),
  entry('efficacy-guarantee', 'block', '一次(?:性)?(?:治愈|根治|痊愈|断根)', '改为“治疗周期因人而异，请遵医嘱”', true),
  entry(
    'efficacy-guarantee',
    'block',
    '(?:(?<![\\d.])\\d+|[一二两三四五六七八九十]+)\\s*(?:天|周|个疗程|疗程)(?:即可|就能|就可以|就)?(?:治愈|痊愈|根治|断根|康复|见效)',
    '删除治疗时限承诺，改为“治疗周期因人而异”',
    true,
  ),
  entry('efficacy-guarantee', 'block', '包(?:成功|有效|治好|痊愈|康复|见效|好孕)', S_GUARANTEE, true),
  entry(
    'efficacy-guarantee',
    'block',
    '一(?:针|贴|剂|抹|喷|次)(?:见效|就好|即好|即愈|根治|治愈|痊愈)',
    '删除“一针见效”等速效承诺，改为“效果因人而异”',
    true,
  ),
  entry('efficacy-guarantee', 'block', '立竿见影', '改为“需要一定疗程，效果因人而异”'),
  entry('efficacy-guarantee', 'block', '彻底治愈', '改为“有效控制”“规范治疗可改善症状”'),
  entry(
    'efficacy-guarantee',
    'block',
    '(?<!不)(?:一定|肯定|绝对)(?:能|可以|会)?(?:治好|治愈|痊愈|根治|康复)',
    S_GUARANTEE,
    true,
  ),
  entry(
    'efficacy-guarantee',
    'block',
    '彻底(?:告别|摆脱)[\\p{Script=Han}]{0,4}?(?:病|症|炎|痛|癌|瘤|药|药物|胰岛素|眼镜|困扰|烦恼)',
    '改为“有助于控制病情、减少发作”',
    true,
  ),
  entry('efficacy-guarantee', 'block', '彻底根除', '改为“有效控制”“规范治疗可改善症状”'),
  entry('efficacy-guarantee', 'block', '断根', '改为“有效控制”“规范治疗可改善症状”'),
  entry(
    'efficacy-guarantee',
    'block',
    '(?:保证|确保|承诺)(?:疗效|治愈|康复|痊愈|根治|治好|药到病除)',
    S_GUARANTEE,
    true,
  ),
  entry('efficacy-guarantee', 'block', '零风险', '删除，如实告知治疗风险'),
  entry('efficacy-guarantee', 'block', '祖传秘方', '删除“祖传秘方”等神秘化表述'),
  entry('efficacy-guarantee', 'block', '神药', '删除“神药”等夸大表述'),
  entry('efficacy-guarantee', 'block', '神医', '删除“神医”等夸大表述'),
  entry('efficacy-guarantee', 'block', '起死回生', '删除夸大表述'),
  entry('efficacy-guarantee', 'warn', '特效药', '改为药品通用名并说明适应证，避免“特效”表述'),

  // ── 治愈率、有效率（广告法第十六条第一款第（二）项） ──
  entry(
    'cure-rate',
    'block',
    '(?:临床)?(?:治愈率|有效率|总有效率|成功率|好转率|康复率|显效率|痊愈率|转阴率)[^,;!?。\\n\\d]{0,5}?(?:\\d+(?:\\.\\d+)?\\s*%|百分之[零一二三四五六七八九十百点]+|百分百|\\d+(?:\\.\\d+)?成)',
    S_RATE,
    true,
  ),
  entry(
    'cure-rate',
    'block',
    '(?:(?<![\\d.])\\d+(?:\\.\\d+)?\\s*%|(?<![\\d.])\\d成|[一二三四五六七八九]成)\\s*(?:以上)?(?:的)?(?:患者|病人|病例|用户|顾客|求医者)[^,;!?。\\n]{0,8}?(?:治愈|痊愈|康复|根治|临床治愈|彻底治愈|摘帽|症状消失|不再复发)',
    S_RATE,
    true,
  ),
  entry(
    'cure-rate',
    'block',
    '(?:治愈|治好|根治)(?:了)?(?:\\d+|数千|上千|上万|数万|数十万)(?:多|余)?(?:万)?(?:例|名|位)',
    S_RATE,
    true,
  ),

  // ── 与其他医疗机构、疗法比较（广告法第十六条第一款第（三）项、医疗广告管理办法第七条） ──
  ...blockInCampaign(
    'comparison',
    '(?:优于|胜过|好于|强于|赛过|超越|领先于)[^,;!?。\\n]{0,8}?(?:医院|诊所|医疗机构|机构|疗法|同行|同类产品|同类药物)',
    S_COMPARE,
    true,
  ),
  ...blockInCampaign(
    'comparison',
    '(?:比|较)[^,;!?。\\n]{0,12}?(?:医院|诊所|医疗机构|疗法|同行)[^,;!?。\\n]{0,6}?(?:更|还要?)(?:好|佳|强|快|有效|安全|先进|彻底|专业|可靠|优|高|低|便宜|省)',
    S_COMPARE,
    true,
  ),
  ...blockInCampaign(
    'comparison',
    '(?:比|较)(?:其他|其它|别的|别家|外院|同类|一般|普通)(?:医院|诊所|医疗机构)|与(?:其他|其它|别的|别家|外院|同类)(?:医院|诊所|医疗机构|产品)(?:相比|比较)',
    S_COMPARE,
    true,
  ),
  ...blockInCampaign(
    'comparison',
    '(?:远超|远远超过|超越|领先|碾压|秒杀|完胜)(?:其他|其它|各大|同类|全市|全国|本地)?(?:同行|医院|诊所|医疗机构)',
    S_COMPARE,
    true,
  ),

  // ── 绝对化用语（广告法第九条第（三）项） ──
  ...blockInCampaign('absolute', '最好', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最佳', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最有效', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最安全', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最专业', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最先进', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最权威', S_ABSOLUTE),
  ...blockInCampaign('absolute', '最高水平', S_ABSOLUTE),
  ...blockInCampaign('absolute', '名列前茅', S_ABSOLUTE),
  ...blockInCampaign('absolute', '首屈一指', S_ABSOLUTE),
  ...blockInCampaign('absolute', '遥遥领先', S_ABSOLUTE),
  ...blockInCampaign('absolute', '第一', '删除排名类表述，改为可核实的客观事实'),
  ...blockInCampaign('absolute', '唯一', S_ABSOLUTE),
  ...blockInCampaign('absolute', '首选', S_ABSOLUTE),
  ...blockInCampaign('absolute', '(?<![a-z0-9])(?:no\\.?\\s*1|top\\s*1)(?![\\d.])', '删除“NO.1”等排名表述', true),
  ...blockInCampaign('absolute', '世界级', S_ABSOLUTE),
  ...blockInCampaign('absolute', '顶级', S_ABSOLUTE),
  ...blockInCampaign('absolute', '顶尖', S_ABSOLUTE),
  ...blockInCampaign(
    'absolute',
    '(?:国内|国际|全国|全省|全市|全球|世界|亚洲|行业|业内|省内|市内)(?:首家|首创|领先|一流|顶尖|最大|最强|权威|知名|唯一)',
    S_ABSOLUTE,
    true,
  ),
  {
    term: '国家级',
    category: 'absolute',
    severity: 'block',
    kinds: ['campaign'],
    suggestion: '如为官方认定称号，请使用完整名称并注明认定机构与年份；否则删除',
  },

  // ── 利用患者、专家、名人作推荐或证明（广告法第十六条第一款第（四）项） ──
  ...blockInCampaign('endorsement', '感谢信', S_ENDORSE),
  ...blockInCampaign('endorsement', '锦旗', S_ENDORSE),
  ...blockInCampaign('endorsement', '亲述', S_ENDORSE),
  ...blockInCampaign('endorsement', '现身说法', S_ENDORSE),
  ...blockInCampaign('endorsement', '亲身说法', S_ENDORSE),
  ...blockInCampaign('endorsement', '(?:专家|名医|医生|院士|权威|明星|名人|网红)推荐', S_ENDORSE, true),
  ...blockInCampaign('endorsement', '(?:明星|名人|网红)?代言', S_ENDORSE, true),
  ...blockInCampaign('endorsement', '(?:患者|病友|康复|用户|顾客)(?:见证|证言|证明)', S_ENDORSE, true),
  ...blockInCampaign('endorsement', '好评如潮', S_ENDORSE),
]
