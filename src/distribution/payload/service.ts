// The distribution verbs on the Payload side: check and fill a new distribution, make them when
// content is published with channels, replace those of a superseded version on re-approval,
// retract content from every channel it reached, cancel and retry. Hooks and endpoints call these.
import { randomUUID } from 'node:crypto'

import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { checkRole } from '@/access/checkRole'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { idOf } from '@/db/relationIds'
import { DistributionRefused } from '@/errors/DistributionRefused'
import { pickLanguage } from '@/errors/messages'
import type { Channel, Distribution, SiteSubscription } from '@/payload-types'
import type { ReviewableSlug } from '@/review/payload/reviewable'
import {
  consentProblemsFor,
  type ContentSnapshot,
  distributableAt,
  loadSnapshot,
  loadSnapshotCached,
} from './contentSnapshot'
import { renderForChannel } from './renderer'

type Id = string | number

/**
 * A distribution as it is asked for — by a client through the API, by publish, or on re-approval —
 * before the engine checks and fills it; ids as given.
 */
export type DistributionRequest = {
  contentCollection?: string | null
  contentId?: string | number | null
  versionHash?: string | null
  channel?: unknown
  campaign?: unknown
  scheduledAt?: string | null
}

/** Set on req.context by the engine's own writes, which the guard hook lets through as they are. */
export const SYSTEM_WRITE = 'distributionSystemWrite'

export const SUPERSEDED = '内容已修改，旧版本的分发已取消 / superseded by an edit'
export const REPLACED = '已按重新审核通过的新版本重新排期 / replaced by the re-approved version'

const language = (req: PayloadRequest) => pickLanguage(req.i18n?.language)

export const asSystem = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const previous = req.context[SYSTEM_WRITE]
  req.context[SYSTEM_WRITE] = true
  try {
    return await work()
  } finally {
    req.context[SYSTEM_WRITE] = previous
  }
}

export const newMessageId = () => `msg_${randomUUID().replace(/-/g, '')}`

const loadChannel = (req: PayloadRequest, id: Id): Promise<Channel | null> =>
  req.payload.findByID({ collection: SLUGS.channels, id, depth: 0, overrideAccess: true, disableErrors: true, req })

/** Enabled, and not switched off by its receiver (a channel or a site subscription). */
export const channelUsable = (channel: Channel | SiteSubscription): boolean =>
  channel.enabled !== false && !channel.delivery?.disabledAt

/** The active campaign this content belongs to (and that uses this channel, when it lists channels). */
const campaignFor = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  contentId: Id,
  channelId: Id,
): Promise<Id | null> => {
  const campaigns = await req.payload.find({
    collection: SLUGS.campaigns,
    where: { status: { in: ['planning', 'active'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const holding = campaigns.docs.filter((c) =>
    (c.contentItems ?? []).some((item) => item.relationTo === slug && String(idOf(item.value)) === String(contentId)),
  )
  const onChannel = holding.find(
    (c) => !c.channels?.length || c.channels.some((ch) => String(idOf(ch)) === String(channelId)),
  )
  return (onChannel ?? holding[0])?.id ?? null
}

/**
 * Checks a distribution about to be created and fills what the engine keeps: the content must be
 * approved or published for the version given (or its current one), its rendering must meet the
 * channel's rules, and a patient story's consent must allow the channel.
 */
export const prepareDistribution = async <T extends DistributionRequest>(
  req: PayloadRequest,
  data: T,
  snapshotCache?: ContentSnapshot,
) => {
  const lang = language(req)
  const slug = data.contentCollection as ReviewableSlug
  if (slug !== SLUGS.articles && slug !== SLUGS.patientStories) {
    throw new DistributionRefused('distribution-bad-request', 400, lang, { details: 'contentCollection' })
  }
  if (data.contentId === undefined || data.contentId === null || String(data.contentId).trim() === '') {
    throw new DistributionRefused('distribution-bad-request', 400, lang, { details: 'contentId' })
  }
  const contentId = String(data.contentId).trim()
  const snapshot = snapshotCache ?? (await loadSnapshotCached(req, slug, contentId).catch(() => null))
  if (!snapshot)
    throw new DistributionRefused('distribution-content-missing', 422, lang, { collection: slug, id: contentId })
  if (data.versionHash && data.versionHash !== snapshot.hash)
    throw new DistributionRefused('distribution-stale-version', 422, lang)
  if (!distributableAt(snapshot, new Date())) throw new DistributionRefused('distribution-not-approved', 422, lang)

  const channelId = idOf(data.channel)
  const channel = channelId === null ? null : await loadChannel(req, channelId)
  if (!channel || !channelUsable(channel))
    throw new DistributionRefused('distribution-channel-unavailable', 422, lang, {
      channel: channel?.name ?? String(channelId ?? ''),
    })

  const scheduledAt = new Date(data.scheduledAt ?? Date.now())
  if (Number.isNaN(scheduledAt.getTime()))
    throw new DistributionRefused('distribution-bad-request', 400, lang, { details: 'scheduledAt' })
  const consent = await consentProblemsFor(req, snapshot, channel.kind, scheduledAt)
  if (consent.length)
    throw new DistributionRefused('distribution-consent-scope', 422, lang, {
      channel: channel.name,
      problem: consent.join(', '),
    })

  const campaign = idOf(data.campaign) ?? (await campaignFor(req, slug, contentId, channel.id))
  const rendering = await renderForChannel(req, snapshot, channel, { distributionId: 'pending', campaignId: campaign })
  if (rendering.violations.length) {
    throw new DistributionRefused(
      'distribution-constraints',
      422,
      lang,
      { channel: channel.name, details: rendering.violations.map((v) => v.message).join('；') },
      rendering.violations,
    )
  }
  return {
    ...data,
    contentId,
    contentCollection: slug,
    versionHash: snapshot.hash,
    title: snapshot.title,
    campaign,
    scheduledAt: scheduledAt.toISOString(),
    status: 'scheduled',
    event: 'content.published',
    nextAttemptAt: scheduledAt.toISOString(),
    messageId: newMessageId(),
    attemptCount: 0,
    attempts: [],
    leaseOwner: null,
    leaseExpiresAt: null,
    createdBy: req.user?.collection === SLUGS.users ? req.user.id : null,
  }
}

/** Publishing with `{channels, at}`: one distribution per channel, inside the publish transaction. */
export const createForChannels = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  channels: Id[],
  at: Date,
  campaign?: Id | null,
) => {
  const created: Distribution[] = []
  for (const channel of channels) {
    created.push(
      await req.payload.create({
        collection: SLUGS.distributions,
        data: {
          contentCollection: slug,
          contentId: String(id),
          channel,
          scheduledAt: at.toISOString(),
          ...(campaign ? { campaign } : {}),
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
      }),
    )
  }
  return created
}

const findDistributions = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  extra: Where,
): Promise<Distribution[]> =>
  (
    await req.payload.find({
      collection: SLUGS.distributions,
      where: { and: [{ contentCollection: { equals: slug } }, { contentId: { equals: String(id) } }, extra] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs

const systemUpdate = (req: PayloadRequest, id: Id, data: Partial<Distribution>) =>
  asSystem(req, () =>
    req.payload.update({ collection: SLUGS.distributions, id, data, overrideAccess: true, depth: 0, req }),
  )

/**
 * After a re-approval: distributions still waiting for an older version (or cancelled because the
 * content was edited) are cancelled and made again for the approved version, on the same channels
 * and times (a time already past means now).
 */
export const replaceSuperseded = async (req: PayloadRequest, slug: ReviewableSlug, id: Id) => {
  const snapshot = await loadSnapshot(req, slug, id)
  if (!snapshot?.approved) return []
  const stale = await findDistributions(req, slug, id, {
    and: [
      { event: { equals: 'content.published' } },
      { versionHash: { not_equals: snapshot.hash } },
      {
        or: [
          { status: { equals: 'scheduled' } },
          { and: [{ status: { equals: 'cancelled' } }, { cancelReason: { equals: SUPERSEDED } }] },
        ],
      },
    ],
  })
  const made: Distribution[] = []
  for (const old of stale) {
    await systemUpdate(req, old.id, {
      status: 'cancelled',
      cancelReason: REPLACED,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    const at = new Date(Math.max(Date.parse(old.scheduledAt), Date.now()))
    const channel = await loadChannel(req, idOf(old.channel)!)
    if (!channel || !channelUsable(channel)) continue
    const data = await prepareDistribution(
      req,
      {
        contentCollection: slug,
        contentId: String(id),
        channel: channel.id,
        campaign: idOf(old.campaign),
        scheduledAt: at.toISOString(),
      },
      snapshot,
    ).catch((error) => {
      // A channel the new version no longer fits (too long now, consent narrowed) is recorded, not fatal.
      req.payload.logger.warn({
        msg: 'distribution not remade for the re-approved version',
        distribution: old.id,
        err: error,
      })
      return null
    })
    if (data)
      made.push(
        await asSystem(req, () =>
          req.payload.create({
            collection: SLUGS.distributions,
            data: data as never,
            overrideAccess: true,
            depth: 0,
            req,
          }),
        ),
      )
  }
  if (stale.length) {
    await recordAuditEvent(req, {
      action: 'distribution.replaced',
      targetCollection: slug,
      targetId: id,
      versionHash: snapshot.hash,
      detail: { cancelled: stale.map((d) => String(d.id)), created: made.map((d) => String(d.id)) },
    })
  }
  return made
}

/** A `content.retracted` distribution for one that was delivered. */
const makeRetraction = (req: PayloadRequest, original: Distribution, reason: string) =>
  asSystem(req, () =>
    req.payload.create({
      collection: SLUGS.distributions,
      data: {
        contentCollection: original.contentCollection,
        contentId: original.contentId,
        versionHash: original.versionHash,
        title: original.title,
        channel: idOf(original.channel),
        campaign: idOf(original.campaign),
        event: 'content.retracted',
        retractionOf: original.id,
        scheduledAt: new Date().toISOString(),
        nextAttemptAt: new Date().toISOString(),
        status: 'scheduled',
        messageId: newMessageId(),
        attemptCount: 0,
        cancelReason: reason,
        rendered: original.rendered,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    }),
  )

/**
 * Withdrawal (manual, consent revoked or lapsed, review expired): nothing more goes out, and
 * every channel that received the piece is told to take it down. Safe to call twice.
 */
export const retractContent = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  reason: string,
  options: { channels?: Id[] } = {},
) => {
  const published = await findDistributions(req, slug, id, {
    and: [
      { event: { equals: 'content.published' } },
      ...(options.channels ? [{ channel: { in: options.channels } }] : []),
    ],
  })
  let cancelled = 0
  let retractions = 0
  for (const d of published) {
    if (d.status === 'scheduled') {
      await systemUpdate(req, d.id, {
        status: 'cancelled',
        cancelReason: reason,
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      cancelled++
    } else if (d.status === 'delivering') {
      // In flight: the deliverer retracts it the moment it lands.
      await systemUpdate(req, d.id, { retractPending: true, cancelReason: reason })
    } else if (d.status === 'delivered') {
      const existing = await req.payload.count({
        collection: SLUGS.distributions,
        where: { retractionOf: { equals: d.id } },
        overrideAccess: true,
        req,
      })
      if (existing.totalDocs === 0) {
        await makeRetraction(req, d, reason)
        retractions++
      }
    }
  }
  if (cancelled || retractions) {
    await recordAuditEvent(req, {
      action: 'distribution.retracted',
      targetCollection: slug,
      targetId: id,
      detail: {
        reason,
        cancelled,
        retractions,
        ...(options.channels ? { channels: options.channels.map(String) } : {}),
      },
    })
  }
  return { cancelled, retractions }
}

/**
 * A consent that still holds but no longer allows some channel kinds: the story comes off exactly
 * those channels (pending sends cancelled, delivered ones retracted); elsewhere it stays.
 */
export const retractFromChannelKinds = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  kinds: string[],
  reason: string,
) => {
  if (kinds.length === 0) return { cancelled: 0, retractions: 0 }
  const channels = await req.payload.find({
    collection: SLUGS.channels,
    where: { kind: { in: kinds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (channels.docs.length === 0) return { cancelled: 0, retractions: 0 }
  return retractContent(req, slug, id, reason, { channels: channels.docs.map((c) => c.id) })
}

/** Called by the deliverer when a piece withdrawn mid-flight has landed. */
export const retractDelivered = (req: PayloadRequest, original: Distribution) =>
  makeRetraction(req, original, original.cancelReason || '内容已撤回 / withdrawn')

const mustManage = (req: PayloadRequest) => {
  if (!checkRole(['publisher', 'admin'], req.user))
    throw new DistributionRefused('distribution-forbidden', 403, language(req))
}

const loadDistribution = async (req: PayloadRequest, id: string) => {
  const doc = await req.payload
    .findByID({ collection: SLUGS.distributions, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
  if (!doc) throw new DistributionRefused('distribution-bad-request', 404, language(req), { details: `#${id}` })
  return doc
}

export const cancelDistribution = async (req: PayloadRequest, id: string, reason: string) => {
  mustManage(req)
  const doc = await loadDistribution(req, id)
  if (doc.status !== 'scheduled')
    throw new DistributionRefused('distribution-not-pending', 409, language(req), { status: doc.status })
  const updated = await systemUpdate(req, doc.id, {
    status: 'cancelled',
    cancelReason: reason || '手动取消 / cancelled by hand',
  })
  await recordAuditEvent(req, {
    action: 'distribution.cancelled',
    targetCollection: SLUGS.distributions,
    targetId: doc.id,
    detail: { reason },
  })
  return updated
}

/** 手动重试: a failed distribution goes out again now, counting its attempts afresh. */
export const retryDistribution = async (req: PayloadRequest, id: string) => {
  mustManage(req)
  const doc = await loadDistribution(req, id)
  if (doc.status !== 'failed')
    throw new DistributionRefused('distribution-not-failed', 409, language(req), { status: doc.status })
  const updated = await systemUpdate(req, doc.id, {
    status: 'scheduled',
    nextAttemptAt: new Date().toISOString(),
    attemptCount: 0,
    lastError: null,
    leaseOwner: null,
    leaseExpiresAt: null,
  })
  await recordAuditEvent(req, {
    action: 'distribution.retried',
    targetCollection: SLUGS.distributions,
    targetId: doc.id,
  })
  return updated
}
