// A realistic RenderInput — a health-education article of about 2,000 Chinese characters with
// headings, lists, a link and an image — for the render benchmark, specs and template previews.
import type { ChannelKind } from '../rules/vocabulary'
import type { ChannelSettings, RenderInput } from '../rules/types'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
})
const heading = (t: string, tag = 'h2') => ({
  type: 'heading',
  tag,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [text(t)],
})
const list = (listType: 'bullet' | 'number', items: string[]) => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: items.map((item, i) => ({
    type: 'listitem',
    value: i + 1,
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [text(item)],
  })),
})

/** Lexical state of the sample article (about 2,000 characters of body text). */
export const sampleBody = () => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      paragraph(
        text(
          '进入冬季，门诊里因为血压波动来复诊的患者明显增多。气温每下降一度，人体为了减少散热，外周血管会随之收缩，心脏需要用更大的力量把血液泵向全身，血压自然就容易升高。对于已经确诊高血压的朋友来说，冬天正是需要',
        ),
        text('更加留心', 1),
        text('的季节；而对于血压处在正常高值的人群，这也是发现问题的好时机。'),
      ),
      heading('一、为什么冬天血压容易升高'),
      paragraph(
        text(
          '寒冷刺激会激活交感神经，使心率加快、血管阻力增加。与此同时，冬季人们的活动量普遍减少，饮食中的盐分和油脂往往增加，节日聚餐、熬夜和饮酒也更频繁。这些因素叠加在一起，使得不少患者在冬季的平均血压比夏季高出一截。清晨是一天中血压最高的时段，从温暖的被窝起身、走进寒冷的卫生间，血压可能在短时间内明显上升，这也是心脑血管事件在冬季清晨相对多发的原因之一。',
        ),
      ),
      paragraph(
        text(
          '需要提醒的是，血压升高在很多时候并没有明显的感觉。有的人头晕、头胀才想起测量，有的人却一直没有任何不适，直到体检时才发现血压已经超标。因此，',
        ),
        text('规律测量', 1),
        text('比“感觉”可靠得多。'),
      ),
      heading('二、在家测血压，先把方法做对'),
      paragraph(
        text(
          '家庭自测血压能够反映日常生活状态下的真实水平，也能帮助医生判断药物效果。测量方法不规范，数值就可能偏高或偏低，建议按照下面的步骤进行：',
        ),
      ),
      list('number', [
        '选择经过认证的上臂式电子血压计，定期与医院的血压计进行比对校准。',
        '测量前半小时内不吸烟、不喝咖啡或浓茶，不做剧烈运动，排空膀胱。',
        '安静坐在有靠背的椅子上休息五分钟，双脚平放地面，不要跷腿。',
        '袖带下缘位于肘窝上方两到三厘米，松紧以能插入一到两根手指为宜，袖带与心脏保持在同一水平。',
        '测量过程中不说话、不移动手臂，间隔一到两分钟再测一次，取两次读数的平均值。',
      ]),
      paragraph(
        text(
          '一般建议每天早晚各测量一次：早上在起床后一小时内、服药和早餐之前测量；晚上在睡前测量。刚开始监测或调整药物期间，可以连续测量七天，把结果带给医生参考。血压平稳之后，每周测量一到两天即可。',
        ),
      ),
      { type: 'upload', relationTo: 'media', value: 'media-201', version: 3, format: '', fields: null },
      heading('三、读数怎么看'),
      paragraph(
        text(
          '在家庭自测的条件下，血压的平均值达到或超过135/85毫米汞柱，就提示血压偏高，这一标准比在诊室测量的140/90毫米汞柱略低，因为人在家中通常更放松。单次读数偏高不必紧张，应当结合多天的平均值来判断；但如果多次测量都明显升高，或者血压超过180/110毫米汞柱，并伴有剧烈头痛、胸闷、一侧肢体无力、说话不清等情况，应立即就医。',
        ),
      ),
      paragraph(
        text(
          '记录时，建议写下日期、时间、两次读数、心率以及当时的特殊情况，例如前一晚没睡好、漏服了药物、情绪激动等。这些信息能帮助医生找到血压波动的原因。许多电子血压计带有记忆功能，也可以使用手机应用记录，复诊时一并提供给医生。',
        ),
      ),
      heading('四、冬季控压的生活细节'),
      list('bullet', [
        '注意保暖，尤其是头部、颈部和手脚；早晨起床动作放慢，先在床上坐一会儿再下床。',
        '室内外温差不宜过大，洗澡水温适中，时间不要过长。',
        '饮食清淡，每人每天食盐不超过五克，警惕咸菜、腊肉、酱料中的“隐形盐”。',
        '坚持适量运动，可以选择在午后气温较高时散步、打太极拳，避免清晨在寒风中锻炼。',
        '戒烟限酒，保证睡眠，学会调节情绪。',
      ]),
      paragraph(
        text('已经在服用降压药的患者，冬季血压升高时'),
        text('不要自行加药或换药', 1),
        text(
          '，也不要因为某几天血压正常就擅自停药。正确的做法是带着家庭血压记录按时复诊，由医生根据整体情况调整方案。合并糖尿病、慢性肾病或冠心病的患者，血压控制目标可能更严格，需要与主治医生充分沟通。',
        ),
      ),
      heading('五、这些情况要格外留意'),
      paragraph(
        text(
          '老年人的血管弹性较差，容易出现“清晨高血压”，也更容易在起身时发生体位性低血压，测量时可以加测站立后一分钟和三分钟的血压。孕期女性如果出现血压升高，应当尽早到产科和心血管内科就诊，不要自行服用降压药物。正在服用感冒药、止痛药或激素类药物的人，药物本身也可能影响血压，就诊时请主动告诉医生正在使用的全部药物。',
        ),
      ),
      list('bullet', [
        '家中有人曾发生脑卒中或心肌梗死，其他成员应尽早开始规律测量。',
        '体重明显超标、打鼾严重或睡眠时有憋醒的人，建议同时评估睡眠呼吸问题。',
        '年轻人同样可能患高血压，长期熬夜、精神紧张时不要忽视头痛、心慌等信号。',
      ]),
      paragraph(
        text(
          '冬季也是开展家庭健康管理的好时机。可以让家中的年轻人帮助长辈学会使用血压计，把测量结果抄在固定的本子上，或者设置手机提醒，按时测量、按时服药。社区卫生服务中心通常提供免费的血压测量和慢病随访服务，行动不便的老人可以就近利用这些资源。',
        ),
      ),
      {
        type: 'quote',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [text('血压管理是一件长期的事情。了解自己的血压，比单次测得一个“好看”的数字更重要。')],
      },
      paragraph(
        text('更多关于家庭血压监测的说明，可以参阅'),
        {
          type: 'link',
          version: 3,
          fields: {
            url: 'https://www.example-hospital.cn/guides/home-bp?from=article',
            newTab: true,
            linkType: 'custom',
          },
          children: [text('本院心血管内科的家庭血压监测指引')],
        },
        text('。如果对测量方法或读数有疑问，欢迎到心血管内科门诊咨询。'),
      ),
    ],
  },
})

/** The sample article as the Payload adapter would flatten it. */
export const sampleRenderInput = (overrides: Partial<RenderInput> = {}): RenderInput => ({
  collection: 'articles',
  id: '1024',
  versionHash: '9f2c4e7a1b3d5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd',
  distributionId: '5001',
  title: '冬季如何在家科学监测血压',
  summary: '气温下降时血压容易波动，规律测量、正确记录，比“感觉”更可靠。',
  body: sampleBody(),
  slug: 'winter-home-blood-pressure',
  url: 'https://www.example-hospital.cn/articles/winter-home-blood-pressure',
  layer: 'howto',
  format: 'graphic',
  pseudonym: null,
  cover: {
    id: 'media-200',
    alt: '家庭血压测量示意图',
    url: 'https://cdn.example-hospital.cn/media/bp-cover.jpg',
    sizes: {
      thumbnail: 'https://cdn.example-hospital.cn/media/bp-cover-300x200.jpg',
      card: 'https://cdn.example-hospital.cn/media/bp-cover-768x512.jpg',
      wechat: 'https://cdn.example-hospital.cn/media/bp-cover-900x383.jpg',
      square: 'https://cdn.example-hospital.cn/media/bp-cover-500x500.jpg',
      portrait: 'https://cdn.example-hospital.cn/media/bp-cover-600x800.jpg',
    },
  },
  images: [
    {
      id: 'media-201',
      alt: '上臂式电子血压计的正确佩戴位置',
      url: 'https://cdn.example-hospital.cn/media/bp-cuff.jpg',
      sizes: { thumbnail: null, card: null, wechat: null, square: null, portrait: null },
    },
  ],
  authors: [{ name: '王明', title: '主任医师', department: '心血管内科' }],
  department: '心血管内科',
  topics: ['高血压', '冬季健康'],
  audiences: ['中老年人', '慢性病患者'],
  review: {
    reviewedBy: '李华主任（心血管内科）',
    lastReviewedAt: '2026-10-01T17:30:00.000Z',
    reviewExpiresAt: '2027-10-01T17:30:00.000Z',
  },
  references: [
    {
      title: '中国高血压防治指南',
      source: '中国高血压联盟',
      url: null,
      guideline: '2024年修订版',
      accessedAt: '2026-09-20T00:00:00.000Z',
    },
    {
      title: '家庭血压监测中国专家共识',
      source: '中华医学会心血管病学分会',
      url: 'https://example.org/consensus/home-bp',
      guideline: null,
      accessedAt: null,
    },
  ],
  disclosure: null,
  kol: null,
  medicalAd: null,
  campaign: { slug: 'winter-heart-2026', name: '冬季心血管健康月' },
  hospitalName: '示范医院',
  publishedAt: '2026-10-08T01:00:00.000Z',
  ...overrides,
})

/** A channel of the given kind with the demo settings (an SMS signature, marketing on). */
export const sampleChannel = (kind: ChannelKind, overrides: Partial<ChannelSettings> = {}): ChannelSettings => ({
  id: '7',
  name: `示范医院${kind}`,
  kind,
  limits: {},
  utmMedium: null,
  sms: { signature: '示范医院', optOut: '拒收请回复R', marketing: true, timezone: 'Asia/Shanghai' },
  ...overrides,
})
