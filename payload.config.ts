// Assembles the product: collections, database, storage, localization and admin language.
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles/index'
import { AuditEvents } from './collections/AuditEvents/index'
import { Audiences } from './collections/Audiences/index'
import { BannedClaims } from './collections/BannedClaims/index'
import { ClaimFrames } from './collections/ClaimFrames/index'
import { Campaigns } from './collections/Campaigns/index'
import { ChannelMetrics } from './collections/ChannelMetrics/index'
import { AccountMetrics } from './collections/AccountMetrics/index'
import { BusinessEvents } from './collections/BusinessEvents/index'
import { SocialIndicators } from './collections/SocialIndicators/index'
import { Channels } from './collections/Channels/index'
import { ConsentDocuments } from './collections/ConsentDocuments/index'
import { Consents } from './collections/Consents/index'
import { Corrections } from './collections/Corrections/index'
import { DataKeys } from './collections/DataKeys/index'
import { Departments } from './collections/Departments/index'
import { Distributions } from './collections/Distributions/index'
import { Doctors } from './collections/Doctors/index'
import { KolPartners } from './collections/KolPartners/index'
import { Media } from './collections/Media/index'
import { PatientStories } from './collections/PatientStories/index'
import { PlanningReminders } from './collections/PlanningReminders/index'
import { PublicChanges } from './collections/PublicChanges/index'
import { SignOffs } from './collections/SignOffs/index'
import { SiteSubscriptions } from './collections/SiteSubscriptions/index'
import { ReviewSettings } from './collections/ReviewSettings/index'
import { SLUGS } from './collections/slugs'
import { SubmissionFiles } from './collections/SubmissionFiles/index'
import { Submissions } from './collections/Submissions/index'
import { Incidents } from './collections/Incidents/index'
import { Mentions } from './collections/Mentions/index'
import { OpinionSettings } from './collections/OpinionSettings/index'
import { MonitoringRules } from './collections/MonitoringRules/index'
import { Topics } from './collections/Topics/index'
import { Contributors } from './collections/Contributors/index'
import { Honours } from './collections/Honours/index'
import { IncentiveRules } from './collections/IncentiveRules/index'
import { PointLedger } from './collections/PointLedger/index'
import { Users } from './collections/Users/index'
import { databaseAdapter } from './src/db/adapter'
import { selectDatabase } from './src/db/selectDatabase'
import { env, payloadSecret, ROOT_DIR } from './src/env'
import { jobsAccess } from './src/auth/jobsAccess'
import { complianceCheck } from './src/compliance/payload/complianceCheck'
import { answerBadInputWith400 } from './src/hooks/answerBadInputWith400'
import { freshRowIdsOnCreate } from './src/hooks/freshRowIdsPlugin'
import { strictSelects } from './src/hooks/strictSelects'
import { openApiEndpoint } from './src/public/payload/openapiEndpoint'
import { reviewDeadlinesEndpoint, reviewQueueEndpoint } from './src/review/payload/endpoints'
import { reviewWorkflow } from './src/review/payload/plugin'
import { expireConsentsTask } from './src/jobs/expireConsents'
import { proposeErasuresTask } from './src/jobs/proposeErasures'
import { personalData } from './src/privacy/payload/plugin'
import { PERSONAL_DATA } from './src/privacy/payload/personalFields'
import { expireReviewsTask } from './src/jobs/expireReviews'
import { deliverDistributionTask } from './src/jobs/deliverDistribution'
import { planningRemindersTask } from './src/jobs/planningReminders'
import { notifySubmitterTask } from './src/jobs/notifySubmitter'
import { reviewDeadlinesTask } from './src/jobs/reviewDeadlines'
import { incidentDeadlinesTask } from './src/jobs/incidentDeadlines'
import { incentiveReachTask } from './src/jobs/incentiveReach'
import { publicCacheInvalidation } from './src/public/payload/cacheInvalidation'
import { changeFeedEndpoint } from './src/public/payload/changeFeed'
import { previewUrl } from './src/public/rules/previewUrl'
import { searchEndpoint } from './src/public/payload/searchEndpoint'
import { translations as adminTranslations } from './src/components/translations'

// The plugin is always registered, enabled only with a bucket, and always adds its `prefix`
// field: the schema (and so the committed migrations) is the same with or without S3.
const plugins: Plugin[] = [
  s3Storage({
    enabled: Boolean(env.s3.bucket),
    alwaysInsertFields: true,
    bucket: env.s3.bucket,
    collections: {
      [SLUGS.media]: { prefix: 'media' },
      // Never public: files are read through Payload's access-checked route only.
      [SLUGS.consentDocuments]: { prefix: 'consent-documents' },
      [SLUGS.submissionFiles]: { prefix: 'submission-files' },
    },
    config: {
      region: env.s3.region,
      ...(env.s3.endpoint ? { endpoint: env.s3.endpoint } : {}),
      forcePathStyle: env.s3.forcePathStyle,
      // Many S3-compatible servers do not accept the SDK's default trailing checksums.
      ...(env.s3.endpoint
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
      ...(env.s3.accessKeyId
        ? { credentials: { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey } }
        : {}),
    },
  }),
]

export default buildConfig({
  serverURL: env.serverUrl,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: ROOT_DIR },
    meta: { titleSuffix: ' · 医院宣传内容平台' },
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      beforeDashboard: [
        '/src/components/opinion/IncidentBoard#IncidentBoard',
        '/src/components/review/ReviewQueue#ReviewQueue',
        '/src/components/distribution/DeliveryAlerts#DeliveryAlerts',
        '/src/components/reports/PlanningReminders#PlanningReminders',
        '/src/components/incentives/IncentivesPanel#IncentivesPanel',
      ],
    },
    // The site renders the draft (reading it with a drafts-read key); only with PREVIEW_URL_TEMPLATE set.
    // Patient stories have no slug: {slug} is their id.
    ...(env.previewUrlTemplate
      ? {
          livePreview: {
            collections: [SLUGS.articles, SLUGS.patientStories],
            url: ({ data, collectionConfig, locale }) =>
              previewUrl(env.previewUrlTemplate, {
                locale: locale?.code ?? 'zh-CN',
                collection: collectionConfig?.slug ?? '',
                slug: data?.slug ?? data?.id,
                id: data?.id,
              }),
          },
        }
      : {}),
  },
  collections: [
    Articles,
    PatientStories,
    Consents,
    ConsentDocuments,
    Campaigns,
    KolPartners,
    Channels,
    Distributions,
    SiteSubscriptions,
    ChannelMetrics,
    AccountMetrics,
    BusinessEvents,
    SocialIndicators,
    PlanningReminders,
    Media,
    Corrections,
    Submissions,
    SubmissionFiles,
    Mentions,
    Incidents,
    MonitoringRules,
    Contributors,
    IncentiveRules,
    PointLedger,
    Honours,
    BannedClaims,
    ClaimFrames,
    Departments,
    Topics,
    Audiences,
    Doctors,
    Users,
    SignOffs,
    AuditEvents,
    PublicChanges,
    DataKeys,
  ],
  globals: [ReviewSettings, OpinionSettings],
  db: databaseAdapter(selectDatabase(env.databaseUri, ROOT_DIR), ROOT_DIR),
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'zh-CN', label: '简体中文' },
      { code: 'zh-TW', label: '繁體中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh-CN',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    translations: adminTranslations,
  },
  endpoints: [
    complianceCheck,
    reviewQueueEndpoint,
    reviewDeadlinesEndpoint,
    searchEndpoint,
    changeFeedEndpoint,
    openApiEndpoint,
  ],
  hooks: { afterError: [answerBadInputWith400] },
  jobs: {
    access: jobsAccess,
    tasks: [
      expireConsentsTask,
      expireReviewsTask,
      deliverDistributionTask,
      planningRemindersTask,
      proposeErasuresTask,
      notifySubmitterTask,
      reviewDeadlinesTask,
      incidentDeadlinesTask,
      incentiveReachTask,
    ],
  },
  // Each kind's own limit is checked by the media hooks (images MEDIA_MAX_BYTES, videos MEDIA_VIDEO_MAX_BYTES).
  upload: { limits: { fileSize: Math.max(env.mediaMaxBytes, env.mediaVideoMaxBytes) } },
  sharp,
  // The review workflow first, so later plugins' hooks wrap the gate's; the cache invalidation
  // last, so it sees every collection: each write invalidates the public response cache.
  plugins: [
    reviewWorkflow({ collections: { [SLUGS.articles]: {}, [SLUGS.patientStories]: {} } }),
    ...plugins,
    // After storage: it wraps the storage's file handlers and encrypts before any upload.
    personalData({ collections: PERSONAL_DATA, localFiles: !env.s3.bucket }),
    freshRowIdsOnCreate(),
    // Last but one: it must see every select field the plugins added.
    strictSelects(),
    publicCacheInvalidation(),
  ],
  graphQL: { schemaOutputFile: path.join(ROOT_DIR, 'src', 'generated-schema.graphql') },
  typescript: { outputFile: path.join(ROOT_DIR, 'src', 'payload-types.ts') },
  telemetry: false,
})
