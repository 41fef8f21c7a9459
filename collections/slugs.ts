// Collection slugs in one place, so relationships never repeat string literals and no two
// collection modules import each other.
export const SLUGS = {
  users: 'users',
  departments: 'departments',
  topics: 'topics',
  audiences: 'audiences',
  doctors: 'doctors',
  articles: 'articles',
  patientStories: 'patient-stories',
  consents: 'consents',
  consentDocuments: 'consent-documents',
  campaigns: 'campaigns',
  kolPartners: 'kol-partners',
  channels: 'channels',
  media: 'media',
  auditEvents: 'audit-events',
  corrections: 'corrections',
  bannedClaims: 'banned-claims',
  claimFrames: 'claim-frames',
  signOffs: 'sign-offs',
  distributions: 'distributions',
  channelMetrics: 'channel-metrics',
  planningReminders: 'planning-reminders',
  publicChanges: 'public-changes',
  siteSubscriptions: 'site-subscriptions',
  dataKeys: 'data-keys',
  submissions: 'submissions',
  submissionFiles: 'submission-files',
  monitoringRules: 'monitoring-rules',
  mentions: 'mentions',
  incidents: 'incidents',
  accountMetrics: 'account-metrics',
  businessEvents: 'business-events',
  socialIndicators: 'social-indicators',
  contributors: 'contributors',
  incentiveRules: 'incentive-rules',
  pointLedger: 'point-ledger',
  honours: 'honours',
} as const

/** Globals (site-wide settings). */
export const GLOBALS = {
  reviewSettings: 'review-settings',
  opinionSettings: 'opinion-settings',
} as const

// The distribution domain's vocabulary lives with its rules; collections read it from there.
export * from '../src/distribution/rules/vocabulary'

/** What a public change did to a piece in one locale, as the change feed and site hooks tell it. */
export const PUBLIC_CHANGE_TYPES = ['published', 'updated', 'removed'] as const
export type PublicChangeType = (typeof PUBLIC_CHANGE_TYPES)[number]
