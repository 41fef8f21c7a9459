// Demo 舆情: monitoring rules, mentions as a monitoring service would send them (classified on
// the way in), and one open incident per severity with its mentions, so the dashboard's board
// and the desk have something to show. The critical one has a holding statement in fast-track
// review (a medical reviewer, then compliance), waiting for its first sign-off.
import type { Payload } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { ingestMentions } from '@/opinion/payload/ingestMentions'
import { draftStatement } from '@/opinion/payload/statements'
import { submitForReview } from '@/review/payload/service'
import { demoRequestAs } from './publishThroughReview'

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString()

export const seedDemoOpinion = async (payload: Payload): Promise<void> => {
  const operations = await demoRequestAs(payload, 'operations@demo.hospital')
  for (const rule of [
    { name: '医疗纠纷', terms: ['医疗纠纷', '讨说法', '拉横幅'], severityFloor: 'major' as const },
    { name: '服务投诉', terms: ['排队', '态度', '停车难'] },
    { name: '同名机构（排除）', terms: ['示范医院招聘', '示范医院旧址'], exclude: true },
  ]) {
    await payload.create({ collection: SLUGS.monitoringRules, data: rule, req: operations, overrideAccess: false })
  }
  const { results } = await ingestMentions(
    operations,
    [
      {
        platform: 'weibo',
        sourceId: 'demo-wb-1001',
        author: '@城东生活圈',
        text: '听说示范医院门口有家属拉横幅讨说法，现场围了不少人。',
        postedAt: hoursAgo(1),
        engagement: { likes: 820, comments: 310, shares: 95 },
      },
      {
        platform: 'xiaohongshu',
        sourceId: 'demo-xhs-2002',
        author: '小鹿妈妈',
        text: '周末带娃去示范医院儿科，排队两个小时，挂号窗口只开了一个，好累。',
        postedAt: hoursAgo(3),
        engagement: { likes: 46, comments: 12 },
      },
      {
        platform: 'douyin',
        sourceId: 'demo-dy-3003',
        author: '健康生活号',
        text: '网传示范医院患者信息泄露，多人接到推销电话，医院尚未回应。',
        postedAt: hoursAgo(0.5),
        engagement: { plays: 56_000, likes: 900, comments: 420 },
      },
      {
        platform: 'wechat',
        sourceId: 'demo-wx-4004',
        author: '社区服务号',
        text: '感谢示范医院心内科周建华医生的义诊，讲解很耐心、很专业。',
        postedAt: hoursAgo(5),
        engagement: { likes: 130 },
      },
      {
        platform: 'news',
        sourceId: 'demo-news-5005',
        text: '示范医院招聘护理人员若干名，详情见官网。',
        postedAt: hoursAgo(6),
      },
    ],
    { language: 'zh' },
  )
  const idOf = (sourceId: string) => results.find((r) => r.key.endsWith(sourceId))?.id
  const editor = await demoRequestAs(payload, 'editor@demo.hospital')
  for (const [title, severity, summary, sourceId] of [
    ['患者信息泄露传闻', 'critical', '短视频称患者信息外泄，播放量快速上升；已请信息科核查。', 'demo-dy-3003'],
    ['门诊家属聚集讨说法', 'major', '家属因手术结果在门口聚集，医务科已介入沟通。', 'demo-wb-1001'],
    ['儿科周末排队时间长', 'general', '周末儿科候诊时间长，挂号窗口开放不足。', 'demo-xhs-2002'],
  ] as const) {
    const incident = await payload.create({
      collection: SLUGS.incidents,
      data: { title, severity, summary, owner: operations.user?.id as number } as never,
      req: operations,
      overrideAccess: false,
    })
    const mention = idOf(sourceId)
    if (mention !== undefined)
      await payload.update({
        collection: SLUGS.mentions,
        id: mention,
        data: { incident: incident.id },
        req: operations,
      })
    if (severity === 'critical') {
      const website = await payload.find({
        collection: SLUGS.channels,
        where: { kind: { equals: 'website' } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const statement = await draftStatement(editor, incident, {
        title: '关于网传我院患者信息泄露的情况说明',
        summary: '我院已启动核查，并提醒患者警惕冒用医院名义的推销电话。',
        body: [
          '近日，有网络视频称我院患者信息外泄。我院高度重视，已由信息科、医务科组成专班开展核查。',
          '目前我院未发现信息系统遭受入侵的迹象，核查仍在进行中，结果将及时向社会公布。',
          '我院从未委托任何机构电话推销药品或保健品。如接到自称我院工作人员的推销电话，请勿轻信，可拨打医院总机核实。',
          '感谢社会各界的关注与监督。',
        ].join('\n'),
        channels: website.docs.map((c) => c.id),
      })
      await submitForReview(editor, SLUGS.articles, String(statement.id))
    }
  }
}
