// Demo 投稿 in every state, made through the real services as the demo accounts: received,
// returned for changes, declined, accepted into a draft in review, and published (a staff tip that
// went through every stage, 运营初审 and 管理层合规把关 included), with the submitter's thanks.
import { type Payload, type PayloadRequest, createLocalReq } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { CLIENT_ADDRESS_HEADER } from '@/http/clientAddress'
import { submitForReview } from '@/review/payload/service'
import { acceptSubmission, closeOrReturn, createPublicSubmission } from '@/submissions/payload/service'
import { consentTextHash, currentConsentText } from '@/submissions/rules/consentText'
import type { SubmissionInput } from '@/submissions/rules/submissionRules'
import { demoRequestAs, publishThroughReview } from './publishThroughReview'

type Ids = {
  departmentIds: Map<string, number>
  topicIds: Map<string, number>
  audienceIds: Map<string, number>
  doctorIds: Map<string, number>
  coverIds: number[]
}

const text = currentConsentText()
const signed = { textVersion: text.version, textHash: consentTextHash(text) }

/** An anonymous request from its own (documentation-range) address, as the public form sends. */
const publicRequest = (payload: Payload, address: string): Promise<PayloadRequest> =>
  createLocalReq({ req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) } }, payload)

const submitted = async (payload: Payload, address: string, input: SubmissionInput, seq: number) =>
  createPublicSubmission(await publicRequest(payload, address), input, { challengeHash: `seed-${seq}-${Date.now()}` })

export const seedDemoSubmissions = async (payload: Payload, ids: Ids): Promise<void> => {
  const need = (map: Map<string, number>, key: string) => {
    const value = map.get(key)
    if (value === undefined) throw new Error(`demo submissions refer to unknown "${key}"`)
    return value
  }
  const operations = await demoRequestAs(payload, 'operations@demo.hospital')

  // 已收到: an adult patient's story with her own consent, waiting for triage.
  await submitted(
    payload,
    '192.0.2.11',
    {
      kind: 'story',
      submitterRole: 'patient',
      title: '术前那一晚，护士陪我聊了很久',
      body: '第一次做手术，前一晚怎么也睡不着。值班护士看我翻来覆去，坐下来给我讲第二天的流程：几点禁食、麻醉醒来会有什么感觉、疼了怎么告诉医生。\n她讲得很慢，我记了满满一页。第二天进手术室时，我心里踏实了很多。',
      name: '陈女士',
      contact: 'chen.demo@example.com',
      department: need(ids.departmentIds, 'cardiology'),
      consent: {
        patientName: '陈秀英',
        patientAgeYears: 58,
        uses: ['text'],
        channels: ['website', 'wechat-article'],
        months: 12,
        signedName: '陈秀英',
        ...signed,
      },
    },
    1,
  )

  // 请补充修改: a community partner's tip, returned with a note.
  const tip = await submitted(
    payload,
    '192.0.2.12',
    {
      kind: 'tip',
      submitterRole: 'partner',
      organisation: '城东社区卫生服务中心',
      title: '老人冬季洗澡注意事项',
      body: '洗澡水温不宜过高，时间控制在十五分钟左右，浴室保持通风，饭后不要马上洗澡。',
      name: '社区刘医生',
      contact: '13800000001',
    },
    2,
  )
  await closeOrReturn(
    operations,
    String(tip.id),
    'request-changes',
    '请补充有心脑血管疾病的老人需要特别注意的地方，并注明适用人群。',
  )

  // 不予采用: a proposal that is advertising in disguise.
  const proposal = await submitted(
    payload,
    '192.0.2.13',
    {
      kind: 'proposal',
      submitterRole: 'partner',
      organisation: '某保健品公司',
      title: '联合推广关节保健产品',
      body: '希望在贵院公众号发布我司关节保健产品的科普文章，并在文末附购买链接，费用面议。',
      name: '市场部王经理',
      contact: 'market.demo@example.com',
    },
    3,
  )
  await closeOrReturn(operations, String(proposal.id), 'decline', '医院公众号不发布商业产品推广内容。')

  // 已采用，审核中: a mother's story about her child, signed by her as guardian, now a draft story.
  const family = await submitted(
    payload,
    '192.0.2.14',
    {
      kind: 'story',
      submitterRole: 'family',
      title: '孩子第一次做雾化',
      body: '孩子咳嗽一周，医生建议做雾化。一开始他很怕面罩的声音，护士让他先给小熊戴上面罩“做雾化”。\n他看小熊没事，自己也愿意试了，十分钟很快就过去了。',
      name: '林妈妈',
      contact: 'lin.demo@example.com',
      department: need(ids.departmentIds, 'pediatrics'),
      consent: {
        patientName: '林可可',
        patientAgeYears: 4,
        guardianName: '林晓雯',
        guardianRelationship: '母亲',
        uses: ['text', 'photos'],
        channels: ['website'],
        months: 24,
        signedName: '林晓雯',
        ...signed,
      },
    },
    4,
  )
  const accepted = await acceptSubmission(operations, String(family.id))
  const editor = await demoRequestAs(payload, 'editor@demo.hospital')
  await payload.update({
    collection: SLUGS.patientStories,
    id: accepted.piece.id,
    draft: true,
    req: editor,
    data: {
      pseudonym: '可可',
      topics: [need(ids.topicIds, 'child-health')],
      intendedChannels: ['website'],
      deidentification: { faceBlurred: true, nameReplaced: true, identifiersRemoved: true, locationGeneralised: true },
    },
  })
  await submitForReview(editor, SLUGS.patientStories, String(accepted.piece.id))

  // 已发布: a staff tip sent from the admin, through every stage, with the submitter's thanks.
  const staff = await demoRequestAs(payload, 'reviewer2@demo.hospital')
  const own = await payload.create({
    collection: SLUGS.submissions,
    req: staff,
    overrideAccess: false,
    data: {
      kind: 'tip',
      title: '流感季，家里有人发热怎么办',
      body: '家中有人发热时，尽量让其单独休息，共用空间勤开窗通风。\n照顾者戴口罩、勤洗手；体温持续超过三天或出现呼吸困难，应及时就医。',
      department: need(ids.departmentIds, 'preventive'),
    } as never,
  })
  const made = await acceptSubmission(operations, String(own.id))
  await payload.update({
    collection: SLUGS.articles,
    id: made.piece.id,
    draft: true,
    req: editor,
    data: {
      summary: '发热家人居家休息期间，通风、口罩和洗手能减少家庭内传播；出现危险信号要及时就医。',
      layer: 'howto',
      format: 'graphic',
      cover: ids.coverIds[0],
      topics: [need(ids.topicIds, 'child-health')],
      audiences: [need(ids.audienceIds, 'preschool-families')],
      authors: [need(ids.doctorIds, 'tang-yiwen')],
      references: [
        {
          title: '流行性感冒诊疗方案',
          source: '国家卫生健康委员会',
          guideline: '流行性感冒诊疗方案（2025年版）',
          accessedAt: '2026-10-15T00:00:00.000Z',
        },
      ],
    } as never,
  })
  await publishThroughReview(payload, SLUGS.articles, made.piece.id, false)
  await payload.create({
    collection: SLUGS.corrections,
    data: {
      article: made.piece.id,
      kind: 'thanks',
      message: '谢谢编辑把内容整理得这么清楚，社区群里转发了。',
    } as never,
    overrideAccess: true,
  })
}
