// The distribution domain's words: channel kinds, delivery adapters, distribution statuses and
// events, attempt outcomes, with their admin labels. Pure; collections and the shell import them.

export const CHANNEL_KINDS = [
  'wechat-article',
  'wechat-channels',
  'weibo',
  'douyin',
  'xiaohongshu',
  'sms',
  'email',
  'website',
  'webhook',
] as const

export type ChannelKind = (typeof CHANNEL_KINDS)[number]

export const CHANNEL_KIND_OPTIONS = [
  { value: 'wechat-article', label: { zh: '微信公众号图文', en: 'WeChat article' } },
  { value: 'wechat-channels', label: { zh: '微信视频号', en: 'WeChat Channels' } },
  { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
  { value: 'douyin', label: { zh: '抖音', en: 'Douyin' } },
  { value: 'xiaohongshu', label: { zh: '小红书', en: 'Xiaohongshu' } },
  { value: 'sms', label: { zh: '短信', en: 'SMS' } },
  { value: 'email', label: { zh: '电子邮件', en: 'Email' } },
  { value: 'website', label: { zh: '医院官网/小程序', en: 'Website' } },
  { value: 'webhook', label: { zh: 'Webhook 接入', en: 'Webhook' } },
] satisfies { value: ChannelKind; label: { zh: string; en: string } }[]

/** Where a channel's rendered output goes. */
export const DELIVERY_ADAPTERS = ['webhook', 's3', 'outbox'] as const
export type DeliveryAdapterName = (typeof DELIVERY_ADAPTERS)[number]

export const DISTRIBUTION_STATUSES = [
  'scheduled',
  'delivering',
  'delivered',
  'failed',
  'cancelled',
  'retracted',
] as const
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number]

export const DISTRIBUTION_STATUS_LABELS: Record<DistributionStatus, { zh: string; en: string }> = {
  scheduled: { zh: '待发送', en: 'Scheduled' },
  delivering: { zh: '发送中', en: 'Delivering' },
  delivered: { zh: '已送达', en: 'Delivered' },
  failed: { zh: '发送失败', en: 'Failed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  retracted: { zh: '已撤回', en: 'Retracted' },
}

export const DISTRIBUTION_EVENTS = ['content.published', 'content.retracted', 'site.changed'] as const
export type DistributionEvent = (typeof DISTRIBUTION_EVENTS)[number]

export const DISTRIBUTION_EVENT_LABELS: Record<DistributionEvent, { zh: string; en: string }> = {
  'content.published': { zh: '发布', en: 'Published' },
  'content.retracted': { zh: '撤回', en: 'Retracted' },
  // A site subscription's revalidation hook (one public change, one locale), not a channel send.
  'site.changed': { zh: '站点更新通知', en: 'Site change' },
}

export const ATTEMPT_OUTCOME_LABELS: Record<
  'delivered' | 'retry' | 'failed' | 'disabled' | 'deferred',
  { zh: string; en: string }
> = {
  delivered: { zh: '成功', en: 'Delivered' },
  retry: { zh: '失败，将重试', en: 'Failed, will retry' },
  failed: { zh: '失败，不再重试', en: 'Failed for good' },
  disabled: { zh: '接收方已停用', en: 'Receiver gone (410)' },
  deferred: { zh: '延后（发送时段外）', en: 'Deferred (outside hours)' },
}
