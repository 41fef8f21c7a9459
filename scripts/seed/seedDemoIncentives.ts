// Demo 共创激励, made through the real services as the demo accounts: the rules a 宣传管理者 sets,
// a family who opted in on the public form (their tip accepted, written up and published, so the
// 稿件发布 rule grants on its own), a member of staff, a community KOC and a partner organisation,
// a month's-best award with its reward approved by another manager (which also earns the staff
// member the 优秀共创者 title), one reward still awaiting approval, and honours — so the
// leaderboard and the panels have rows.
import { type Payload, type PayloadRequest, createLocalReq } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { CLIENT_ADDRESS_HEADER } from '@/http/clientAddress'
import { decideGrant, manualGrant } from '@/incentives/payload/grants'
import { acceptSubmission, createPublicSubmission } from '@/submissions/payload/service'
import { demoRequestAs, publishThroughReview } from './publishThroughReview'

const first = async (
  payload: Payload,
  collection: 'kol-partners' | 'topics' | 'audiences' | 'doctors' | 'media',
  where = {},
) => {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`demo incentives need a ${collection} record`)
  return docs[0].id
}

const thisMonth = () => new Date().toISOString().slice(0, 7)

export const seedDemoIncentives = async (payload: Payload): Promise<void> => {
  const manager = await demoRequestAs(payload, 'manager@demo.hospital')
  const admin = await demoRequestAs(payload, 'admin@demo.hospital')
  const operations = await demoRequestAs(payload, 'operations@demo.hospital')
  const editor = await demoRequestAs(payload, 'editor@demo.hospital')

  const rule = async (data: Record<string, unknown>) =>
    payload.create({ collection: SLUGS.incentiveRules, data: data as never, req: manager, overrideAccess: false })
  await rule({
    name: '稿件发布',
    trigger: 'published',
    points: 10,
    description: '由本人投稿改编或本人撰写的稿件发布后，每篇计 10 分。',
  })
  await rule({
    name: '百万播放',
    trigger: 'reach',
    points: 100,
    rewardCny: 500,
    threshold: 1_000_000,
    honour: '百万播放',
    description: '单篇稿件各渠道累计播放/阅读超过 100 万次，计 100 分并奖励 500 元（须审批）。',
  })
  const monthsBest = await rule({
    name: '月度最佳作品',
    trigger: 'manual',
    points: 50,
    rewardCny: 300,
    honour: '月度之星',
    description: '宣传管理者每月评选一篇最佳作品，计 50 分并奖励 300 元（须另一位管理者审批）。',
  })
  const goodTopic = await rule({
    name: '优质选题',
    trigger: 'manual',
    points: 20,
    description: '提供被采纳的优质选题或线索，计 20 分。',
  })
  await rule({
    name: '优秀共创者',
    trigger: 'balance',
    points: 0,
    threshold: 50,
    honour: '优秀共创者',
    description: '累计积分达到 50 分，授予“优秀共创者”称号。',
  })

  const contributor = async (data: Record<string, unknown>) =>
    payload.create({ collection: SLUGS.contributors, data: data as never, req: manager, overrideAccess: false })
  const staff = await contributor({ kind: 'staff', user: editor.user?.id, displayName: '王晓晨（宣传科）' })
  const koc = await contributor({
    kind: 'kol',
    kolPartner: await first(payload, SLUGS.kolPartners, { kind: { equals: 'community-koc' } }),
    displayName: '社区健康达人',
  })
  const partner = await contributor({
    kind: 'partner',
    organisation: '城东社区卫生服务中心',
    displayName: '城东社区卫生服务中心',
  })

  // A family who ticked 参与共创激励 on the public form: accepted, written up, published.
  const publicReq: PayloadRequest = await createLocalReq(
    { req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: '192.0.2.31' }) } },
    payload,
  )
  const sent = await createPublicSubmission(
    publicReq,
    {
      kind: 'tip',
      submitterRole: 'family',
      title: '陪老人复诊的小清单',
      body: '每次陪父亲复诊前，我会把近一周的血压记录、正在吃的药和想问医生的问题写在一张纸上。\n这样就诊时不慌不乱，医生也说这样沟通效率高。',
      name: '周先生',
      contact: 'zhou.demo@example.com',
      incentivesOptIn: true,
    },
    { challengeHash: `seed-incentives-${Date.now()}` },
  )
  const accepted = await acceptSubmission(operations, String(sent.id))
  await payload.update({
    collection: SLUGS.articles,
    id: accepted.piece.id,
    draft: true,
    req: editor,
    data: {
      summary: '复诊前整理好血压记录、用药清单和想问的问题，就诊沟通更高效。',
      layer: 'howto',
      format: 'graphic',
      cover: await first(payload, SLUGS.media, { mimeType: { like: 'image/' } }),
      topics: [await first(payload, SLUGS.topics)],
      audiences: [await first(payload, SLUGS.audiences)],
      authors: [await first(payload, SLUGS.doctors)],
      references: [
        {
          title: '中国高血压防治指南',
          source: '中国高血压联盟',
          guideline: '中国高血压防治指南（2024年修订版）',
          accessedAt: '2026-10-20T00:00:00.000Z',
        },
      ],
    } as never,
  })
  await publishThroughReview(payload, SLUGS.articles, accepted.piece.id, false)

  // 月度最佳: requested by the 宣传管理者, approved by the administrator (neither benefits).
  const award = await manualGrant(manager, {
    rule: monthsBest.id,
    contributor: staff.id,
    occasion: thisMonth(),
    reason: '《秋冬季节心血管健康提醒》图文阅读与转发居本月首位。',
  })
  await decideGrant(admin, String(award.id), 'approve', '评选记录齐全，同意发放。')
  // Another month's best, still waiting for a second manager's approval.
  await manualGrant(manager, {
    rule: monthsBest.id,
    contributor: koc.id,
    occasion: `${thisMonth()}-koc`,
    reason: '社区达人拍摄的接种科普短视频评论区反响热烈。',
  })
  for (const [who, reason] of [
    [koc.id, '提供“老年人流感疫苗接种”选题，已采编发布。'],
    [partner.id, '组织社区义诊并提供活动素材。'],
  ] as const)
    await manualGrant(manager, { rule: goodTopic.id, contributor: who, occasion: thisMonth(), reason })

  await payload.create({
    collection: SLUGS.honours,
    data: { contributor: partner.id, title: '金牌合作伙伴', reason: '全年持续参与社区健康科普活动。' },
    req: manager,
    overrideAccess: false,
  })
}
