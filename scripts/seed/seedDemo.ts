// Seeds the demo hospital: reference data, one account per role, articles, patient stories with
// their consents, channels, campaigns and KOL partners. Runs once, on an empty database.
import type { Payload, PayloadRequest } from 'payload'

import { SLUGS, CHANNEL_KIND_OPTIONS } from '../../collections/slugs'
import { env } from '@/env'
import { COVER_ALTS, drawCover } from './coverImages'
import * as data from './data/index'
import { DEMO_API_CLIENT, DEMO_METRICS_CLIENT, DEMO_USERS } from './demoUsers'
import { blocksToLexical } from '@/content/lexical'
import { demoRequestAs, publishThroughReview } from './publishThroughReview'
import { seedDemoDistributions } from './seedDemoDistributions'
import { seedDemoEvaluation } from './seedDemoEvaluation'
import { seedDemoIncentives } from './seedDemoIncentives'
import { seedDemoMetrics } from './seedDemoMetrics'
import { seedDemoOpinion } from './seedDemoOpinion'
import { seedDemoSubmissions } from './seedDemoSubmissions'

export type SeedProgress = (done: number, total: number, label: string) => void

const need = <T>(map: Map<string, T>, key: string, what: string): T => {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Demo data refers to unknown ${what} "${key}"`)
  return value
}

/**
 * Demo channels deliver into the local outbox directory, which works on any machine; the generic
 * webhook channel shows the settings of a signed integration and stays off until given a real URL.
 */
const demoChannel = (kind: (typeof CHANNEL_KIND_OPTIONS)[number]['value'], label: string) => ({
  name: label.startsWith('医院') ? label : `医院${label}`,
  kind,
  enabled: kind !== 'webhook',
  delivery:
    kind === 'webhook'
      ? { adapter: 'webhook' as const, url: 'https://integrator.example.com/hooks/hospital-cms' }
      : { adapter: 'outbox' as const, prefix: 'demo' },
  ...(kind === 'sms'
    ? { sms: { signature: env.hospitalName, optOut: '拒收请回复R', marketing: true, timezone: env.timezone } }
    : {}),
})

export const demoSeedTotal = (): number =>
  data.departments.length +
  data.topics.length +
  data.audiences.length +
  DEMO_USERS.length +
  2 +
  data.doctors.length +
  COVER_ALTS.length +
  data.articles.length +
  data.patientStories.length * 2 +
  CHANNEL_KIND_OPTIONS.length +
  data.kols.length +
  data.campaigns.length +
  2

export const seedDemo = async (payload: Payload, progress: SeedProgress = () => {}): Promise<void> => {
  const total = demoSeedTotal()
  let done = 0
  const step = (label: string) => progress(++done, total, label)
  const local = { overrideAccess: true, context: { seeding: true } }

  const departmentIds = new Map<string, number>()
  for (const department of data.departments) {
    const doc = await payload.create({
      collection: SLUGS.departments,
      data: { name: department.name, code: department.code, description: department.description },
      ...local,
    })
    await payload.update({
      collection: SLUGS.departments,
      id: doc.id,
      locale: 'en',
      data: { name: department.nameEn },
      ...local,
    })
    departmentIds.set(department.code, doc.id)
    step(`科室 ${department.name}`)
  }

  const topicIds = new Map<string, number>()
  for (const topic of data.topics) {
    const doc = await payload.create({
      collection: SLUGS.topics,
      data: {
        name: topic.name,
        slug: topic.slug,
        dualExpertReview: topic.dualExpertReview,
        reReviewMonths: topic.reReviewMonths,
      },
      ...local,
    })
    await payload.update({ collection: SLUGS.topics, id: doc.id, locale: 'en', data: { name: topic.nameEn }, ...local })
    topicIds.set(topic.slug, doc.id)
    step(`主题 ${topic.name}`)
  }

  const audienceIds = new Map<string, number>()
  for (const audience of data.audiences) {
    const doc = await payload.create({
      collection: SLUGS.audiences,
      data: {
        name: audience.name,
        key: audience.key,
        lifecycleStage: audience.lifecycleStage,
        childAgeMonthsMin: audience.childAgeMonthsMin,
        childAgeMonthsMax: audience.childAgeMonthsMax,
        description: audience.description,
      },
      ...local,
    })
    audienceIds.set(audience.key, doc.id)
    step(`人群 ${audience.name}`)
  }

  const userIds = new Map<string, number>()
  for (const user of DEMO_USERS) {
    const doc = await payload.create({
      collection: SLUGS.users,
      data: {
        email: user.email,
        password: env.demoPassword,
        name: user.name,
        roles: user.roles,
        qualifications: user.qualifications,
        department: user.department ? need(departmentIds, user.department, 'department') : undefined,
        reviewTopics: (user.reviewTopics ?? []).map((slug) => need(topicIds, slug, 'topic')),
      },
      ...local,
    })
    userIds.set(user.email, doc.id)
    if (user.qualifications?.includes('department-head') && user.department) {
      await payload.update({
        collection: SLUGS.departments,
        id: need(departmentIds, user.department, 'department'),
        data: { head: doc.id },
        ...local,
      })
    }
    step(`用户 ${user.email}`)
  }
  await payload.create({
    collection: SLUGS.users,
    data: {
      email: DEMO_API_CLIENT.email,
      password: env.demoPassword,
      name: DEMO_API_CLIENT.name,
      roles: DEMO_API_CLIENT.roles,
      enableAPIKey: true,
      apiKey: process.env.DEMO_API_KEY || 'demo-website-api-key-change-me',
    },
    ...local,
  })
  step('API 客户端')
  await payload.create({
    collection: SLUGS.users,
    data: {
      ...DEMO_METRICS_CLIENT,
      password: env.demoPassword,
      enableAPIKey: true,
      apiKey: process.env.DEMO_METRICS_API_KEY || 'demo-metrics-api-key-change-me',
    },
    ...local,
  })
  step('渠道数据回传客户端')

  const editorReq: PayloadRequest = await demoRequestAs(payload, 'editor@demo.hospital')

  const doctorIds = new Map<string, number>()
  for (const doctor of data.doctors) {
    const doc = await payload.create({
      collection: SLUGS.doctors,
      data: {
        name: doctor.name,
        title: doctor.title,
        department: need(departmentIds, doctor.department, 'department'),
        specialty: doctor.specialty,
        bio: doctor.bio,
      },
      ...local,
    })
    doctorIds.set(doctor.key, doc.id)
    step(`专家 ${doctor.name}`)
  }

  const coverIds: number[] = []
  for (const [index, alt] of COVER_ALTS.entries()) {
    const buffer = await drawCover(index)
    const doc = await payload.create({
      collection: SLUGS.media,
      data: { alt, credit: '演示用图片（程序生成）' },
      file: { data: buffer, mimetype: 'image/jpeg', name: `demo-cover-${index + 1}.jpg`, size: buffer.length },
      ...local,
    })
    coverIds.push(doc.id)
    step(`封面图 ${index + 1}`)
  }

  const articleIds = new Map<string, number>()
  const now = Date.now()
  for (const [index, article] of data.articles.entries()) {
    const published = article.published
    const doc = await payload.create({
      collection: SLUGS.articles,
      draft: true,
      locale: 'zh-CN',
      req: editorReq,
      data: {
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        body: blocksToLexical(article.body) as never,
        layer: article.layer,
        format: article.format,
        cover: coverIds[index % coverIds.length],
        topics: article.topics.map((slug) => need(topicIds, slug, 'topic')),
        audiences: article.audiences.map((key) => need(audienceIds, key, 'audience')),
        department: need(departmentIds, article.department, 'department'),
        authors: article.authors.map((key) => need(doctorIds, key, 'doctor')),
        references: article.references.map((ref) => ({
          title: ref.title,
          source: ref.source,
          url: ref.url,
          guideline: ref.guideline,
          accessedAt: new Date(ref.accessed).toISOString(),
        })),
        _status: 'draft',
      },
      ...local,
    })
    for (const [locale, translation] of Object.entries(article.translations ?? {})) {
      if (!translation) continue
      await payload.update({
        collection: SLUGS.articles,
        id: doc.id,
        locale: locale as 'zh-TW' | 'en',
        draft: true,
        data: {
          title: translation.title,
          summary: translation.summary,
          ...(translation.body ? { body: blocksToLexical(translation.body) as never } : {}),
        },
        ...local,
      })
    }
    // Demo articles read as published over the past weeks; only the seed may backdate.
    if (published)
      await publishThroughReview(
        payload,
        SLUGS.articles,
        doc.id,
        article.topics.includes('vaccination'),
        new Date(now - index * 86_400_000).toISOString(),
      )
    articleIds.set(article.slug, doc.id)
    step(`文章 ${article.title}`)
  }

  const storyIds = new Map<string, number>()
  for (const [index, story] of data.patientStories.entries()) {
    const consent = await payload.create({
      collection: SLUGS.consents,
      data: {
        reference: story.consent.reference,
        patientName: story.consent.patientName,
        patientContact: story.consent.patientContact,
        patientAgeYears: story.consent.patientAgeYears,
        guardianName: story.consent.guardianName,
        guardianRelationship: story.consent.guardianRelationship,
        allowedChannels: story.consent.allowedChannels,
        purposes: story.consent.purposes,
        sensitivePurposeStatement: story.consent.purposes.includes('sensitive-health-info')
          ? '用于医院健康科普与宣传，仅展示化名后的病情经过与康复过程，不公开可识别身份的信息；患者已知悉可随时撤回授权。'
          : undefined,
        validFrom: new Date(story.consent.validFrom).toISOString(),
        validUntil: new Date(story.consent.validUntil).toISOString(),
        status: 'active',
      },
      ...local,
    })
    step(`授权书 ${story.consent.reference}`)
    const doc = await payload.create({
      collection: SLUGS.patientStories,
      draft: true,
      locale: 'zh-CN',
      req: editorReq,
      data: {
        title: story.title,
        pseudonym: story.pseudonym,
        body: blocksToLexical(story.body) as never,
        topics: story.topics.map((slug) => need(topicIds, slug, 'topic')),
        department: need(departmentIds, story.department, 'department'),
        media: [coverIds[(index + 2) % coverIds.length]],
        consent: consent.id,
        intendedChannels: story.intendedChannels,
        deidentification: {
          faceBlurred: true,
          nameReplaced: true,
          identifiersRemoved: true,
          locationGeneralised: true,
        },
        _status: 'draft',
      },
      ...local,
    })
    if (story.published)
      await publishThroughReview(
        payload,
        SLUGS.patientStories,
        doc.id,
        false,
        new Date(now - index * 2 * 86_400_000).toISOString(),
      )
    storyIds.set(story.key, doc.id)
    step(`患者故事 ${story.title}`)
  }

  const channelIds = new Map<string, number>()
  for (const option of CHANNEL_KIND_OPTIONS) {
    const doc = await payload.create({
      collection: SLUGS.channels,
      data: demoChannel(option.value, option.label.zh),
      ...local,
    })
    channelIds.set(option.value, doc.id)
    step(`渠道 ${option.label.zh}`)
  }

  const kolIds = new Map<string, number>()
  for (const kol of data.kols) {
    const doc = await payload.create({
      collection: SLUGS.kolPartners,
      data: {
        name: kol.name,
        kind: kol.kind,
        platforms: kol.platforms,
        expertise: kol.expertise.map((slug) => need(topicIds, slug, 'topic')),
        credentialNumber: kol.credentialNumber,
        credentialVerified: kol.credentialVerified,
        contractStart: kol.contractStart ? new Date(kol.contractStart).toISOString() : undefined,
        contractEnd: kol.contractEnd ? new Date(kol.contractEnd).toISOString() : undefined,
        paid: kol.paid,
        disclosure: kol.disclosure,
        conflictOfInterest: kol.conflictOfInterest,
        status: kol.status,
      },
      ...local,
    })
    kolIds.set(kol.key, doc.id)
    step(`KOL ${kol.name}`)
  }

  const kolList = [...kolIds.values()]
  for (const [index, campaign] of data.campaigns.entries()) {
    await payload.create({
      collection: SLUGS.campaigns,
      data: {
        name: campaign.name,
        slug: campaign.slug,
        kind: campaign.kind,
        observance: campaign.observance,
        observanceDate: campaign.observanceDate ? new Date(campaign.observanceDate).toISOString() : undefined,
        startDate: new Date(campaign.startDate).toISOString(),
        endDate: new Date(campaign.endDate).toISOString(),
        description: campaign.description,
        audiences: campaign.audiences.map((key) => need(audienceIds, key, 'audience')),
        channels: campaign.channels.map((kind) => need(channelIds, kind, 'channel')),
        contentItems: [
          ...campaign.articles.map((slug) => ({
            relationTo: SLUGS.articles,
            value: need(articleIds, slug, 'article'),
          })),
          ...campaign.stories.map((key) => ({ relationTo: SLUGS.patientStories, value: need(storyIds, key, 'story') })),
        ] as never,
        kols: kolList.length ? [kolList[index % kolList.length]] : [],
        kpiTargets: campaign.kpi,
        budget: campaign.budget,
        status: campaign.status,
      },
      ...local,
    })
    step(`活动 ${campaign.name}`)
  }

  await seedDemoSubmissions(payload, { departmentIds, topicIds, audienceIds, doctorIds, coverIds })
  step('投稿')
  await seedDemoOpinion(payload)
  step('舆情')
  await seedDemoDistributions(payload)
  await seedDemoMetrics(payload)
  await seedDemoEvaluation(payload)
  await seedDemoIncentives(payload)
}

/** Seeds only when the database has no users, so restarts and existing installs are untouched. */
export const seedDemoIfEmpty = async (payload: Payload, progress?: SeedProgress): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: SLUGS.users, overrideAccess: true })
  if (totalDocs > 0) return false
  payload.logger.info('Empty database: seeding demo content …')
  await seedDemo(payload, progress)
  printDemoLogins()
  return true
}

export const printDemoLogins = (): void => {
  const lines = [
    '',
    '演示账号 / demo logins (password: DEMO_PASSWORD, default "demo-password-2026"):',
    ...DEMO_USERS.map((user) => `  ${user.email.padEnd(28)} ${user.roles.join(', ')}`),
    `  password: ${env.demoPassword}`,
    '',
  ]
  console.log(lines.join('\n'))
}
