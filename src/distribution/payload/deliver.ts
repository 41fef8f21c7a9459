// Delivers one claimed distribution: re-checks that the content version is still approved (rule 1
// holds at the moment of sending, not only at scheduling), renders it once, hands it to the
// channel's adapter, and records the attempt. Every write is guarded by the claim's lease owner,
// so a worker whose lease was taken over changes nothing.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { idOf } from '@/db/relationIds'
import { adapterFor } from '../adapters/registry'
import type { DeliveryMessage, DeliveryOutcome, DeliveryTarget } from '../adapters/types'
import { nextAttemptDelay, parseRetrySchedule } from '../rules/retry'
import { nextSendTime } from '../rules/smsWindow'
import { env } from '@/env'
import type { Channel, Distribution, SiteSubscription } from '@/payload-types'
import { localDate } from '@/reports/rules/dates'
import { pageSlugOf } from '@/review/payload/reviewable'
import { deliveryTarget, signingSecrets } from './channels'
import { consentProblemsFor, distributableAt, loadSnapshotCached, publicUrl } from './contentSnapshot'
import { renderForChannel } from './renderer'
import { asSystem, channelUsable, retractDelivered, SUPERSEDED } from './service'

/** A site subscription's change notice, as siteHooks.ts wrote it into the distribution. */
type SiteChangedEnvelope = { occurredAt?: string; change?: { slug?: string | null } } & Record<string, unknown>

export type DeliveryResult = 'delivered' | 'retry' | 'failed' | 'deferred' | 'cancelled' | 'lost'

let schedule: number[] | undefined
const retrySchedule = () => (schedule ??= parseRetrySchedule(env.retrySchedule))

/** Audit appends from several workers can race for the next chain position; the loser tries again. */
const audit = async (req: PayloadRequest, input: Parameters<typeof recordAuditEvent>[1]) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await recordAuditEvent(req, input)
    } catch (error) {
      if (attempt >= 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50))
    }
  }
}

export const deliverClaimed = async (payload: Payload, id: string, owner: string): Promise<DeliveryResult> => {
  // A request of its own, outside any job transaction: a slow receiver must never hold a database
  // write lock, so each write below is its own short transaction.
  const req = await createLocalReq({ context: {} }, payload)
  const doc = await payload.findByID({
    collection: SLUGS.distributions,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc || doc.status !== 'delivering' || doc.leaseOwner !== owner) return 'lost'
  const now = new Date()
  const attempt = { at: now.toISOString(), worker: owner }
  const attempts = doc.attempts ?? []

  /** Writes the outcome if this worker still holds the claim. */
  const finish = async (data: Partial<Distribution>): Promise<Distribution | null> => {
    const result = await asSystem(req, () =>
      payload.update({
        collection: SLUGS.distributions,
        where: {
          and: [{ id: { equals: doc.id } }, { leaseOwner: { equals: owner } }, { status: { equals: 'delivering' } }],
        },
        data: { leaseOwner: null, leaseExpiresAt: null, ...data },
        overrideAccess: true,
        depth: 0,
        req,
      }),
    )
    return result.docs[0] ?? null
  }

  const fail = async (
    error: string,
    outcome: 'failed' | 'disabled' = 'failed',
    status?: number,
    durationMs?: number,
  ): Promise<DeliveryResult> => {
    const updated = await finish({
      status: 'failed',
      lastError: error,
      attemptCount: (doc.attemptCount ?? 0) + 1,
      attempts: [...attempts, { ...attempt, outcome, error, httpStatus: status, durationMs }],
    })
    if (!updated) return 'lost'
    // 告警: the failure shows in the admin dashboard's delivery list and in the audit trail.
    await audit(req, {
      action: 'distribution.failed',
      targetCollection: SLUGS.distributions,
      targetId: doc.id,
      detail: { error, channel: String(idOf(doc.channel)), content: `${doc.contentCollection}/${doc.contentId}` },
    })
    return 'failed'
  }

  /** Hands the message to the adapter and records the outcome; a 410 disables the receiver (channel or subscription). */
  const send = async (
    target: DeliveryTarget,
    message: DeliveryMessage,
    rendered: Distribution['rendered'],
    receiver:
      | { collection: typeof SLUGS.channels; doc: Channel }
      | { collection: typeof SLUGS.siteSubscriptions; doc: SiteSubscription },
  ): Promise<DeliveryResult> => {
    const adapter = adapterFor(target)
    let outcome: DeliveryOutcome
    try {
      outcome =
        doc.event === 'content.retracted'
          ? await adapter.retract(target, message)
          : await adapter.deliver(target, message)
    } catch (error) {
      outcome = {
        ok: false,
        retry: true,
        error: error instanceof Error ? error.message : String(error),
        durationMs: Date.now() - now.getTime(),
      }
    }
    const attemptCount = (doc.attemptCount ?? 0) + 1

    if (outcome.ok) {
      const updated = await finish({
        status: 'delivered',
        deliveredAt: new Date().toISOString(),
        attemptCount,
        lastError: null,
        rendered: { ...rendered, objectKey: outcome.objectKey ?? rendered?.objectKey ?? null },
        attempts: [
          ...attempts,
          { ...attempt, outcome: 'delivered', httpStatus: outcome.status, durationMs: outcome.durationMs },
        ],
      })
      if (!updated) return 'lost'
      if (doc.event === 'content.retracted' && doc.retractionOf) {
        await asSystem(req, () =>
          payload.update({
            collection: SLUGS.distributions,
            id: idOf(doc.retractionOf)!,
            data: { status: 'retracted' },
            overrideAccess: true,
            depth: 0,
            req,
          }),
        )
      }
      if (updated.retractPending) {
        const existing = await payload.count({
          collection: SLUGS.distributions,
          where: { retractionOf: { equals: doc.id } },
          overrideAccess: true,
          req,
        })
        if (existing.totalDocs === 0) await retractDelivered(req, updated)
      }
      return 'delivered'
    }

    if (outcome.disable) {
      const disabled = { disabledAt: new Date().toISOString(), disabledReason: `接收方返回 410 Gone：${outcome.error}` }
      const options = { id: receiver.doc.id, overrideAccess: true, depth: 0, req }
      // One call per collection: Payload types a write's data by its collection.
      await asSystem(req, async () => {
        if (receiver.collection === SLUGS.channels)
          await payload.update({
            ...options,
            collection: receiver.collection,
            data: { delivery: { ...receiver.doc.delivery, ...disabled } },
          })
        else
          await payload.update({
            ...options,
            collection: receiver.collection,
            data: { delivery: { ...receiver.doc.delivery, ...disabled } },
          })
      })
      const action = receiver.collection === SLUGS.channels ? 'channel.disabled' : 'site-subscription.disabled'
      await audit(req, {
        action,
        targetCollection: receiver.collection,
        targetId: receiver.doc.id,
        detail: { status: outcome.status ?? 410, distribution: String(doc.id) },
      })
      return fail(
        `接收方已停用该端点（410）/ endpoint gone: ${outcome.error}`,
        'disabled',
        outcome.status,
        outcome.durationMs,
      )
    }
    const delay = outcome.retry
      ? nextAttemptDelay({ attempt: attemptCount, schedule: retrySchedule(), retryAfterMs: outcome.retryAfterMs })
      : null
    if (delay === null) {
      const updatedFail = await finish({
        status: 'failed',
        lastError: outcome.error,
        attemptCount,
        rendered,
        attempts: [
          ...attempts,
          {
            ...attempt,
            outcome: 'failed',
            error: outcome.error,
            httpStatus: outcome.status,
            durationMs: outcome.durationMs,
          },
        ],
      })
      if (!updatedFail) return 'lost'
      await audit(req, {
        action: 'distribution.failed',
        targetCollection: SLUGS.distributions,
        targetId: doc.id,
        detail: { error: outcome.error, status: outcome.status ?? null, attempts: attemptCount },
      })
      return 'failed'
    }
    const updated = await finish({
      status: 'scheduled',
      nextAttemptAt: new Date(Date.now() + delay).toISOString(),
      attemptCount,
      lastError: outcome.error,
      rendered,
      attempts: [
        ...attempts,
        {
          ...attempt,
          outcome: 'retry',
          error: outcome.error,
          httpStatus: outcome.status,
          durationMs: outcome.durationMs,
        },
      ],
    })
    return updated ? 'retry' : 'lost'
  }

  if (doc.event === 'site.changed') {
    // A site subscription's change notice: the body was made when the change was recorded, so
    // every attempt sends the same bytes under the same webhook-id; no content check applies (a
    // removal must go out precisely when the content is gone).
    const subscriptionId = idOf(doc.subscription)
    const subscription =
      subscriptionId === null
        ? null
        : await payload.findByID({
            collection: SLUGS.siteSubscriptions,
            id: subscriptionId,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
    if (!subscription || !channelUsable(subscription))
      return fail('站点订阅不存在、未启用或已被接收方停用 / site subscription missing, disabled or gone')
    const rendered = doc.rendered
    const envelope = JSON.parse(String(rendered?.body || '{}')) as SiteChangedEnvelope
    const message: DeliveryMessage = {
      messageId: doc.messageId!,
      event: 'site.changed',
      occurredAt: envelope.occurredAt ?? doc.scheduledAt,
      channel: { id: String(subscription.id), kind: 'site', name: subscription.name ?? '' },
      content: {
        collection: String(doc.contentCollection),
        id: String(doc.contentId),
        versionHash: '',
        title: doc.title ?? '',
        slug: envelope.change?.slug ?? '',
      },
      rendered: { contentType: 'application/json', body: String(rendered?.body ?? ''), ext: 'json' },
      date: localDate(now, env.timezone),
      envelope,
    }
    const target: DeliveryTarget = {
      adapter: 'webhook',
      webhook: {
        url: subscription.delivery?.url ?? '',
        secrets: signingSecrets(subscription, now),
        timeoutMs: env.webhookTimeoutMs,
        allowPrivate: env.webhookAllowPrivate,
      },
    }
    return send(target, message, rendered, { collection: SLUGS.siteSubscriptions, doc: subscription })
  }

  const channelId = idOf(doc.channel)
  const channel =
    channelId === null
      ? null
      : await payload.findByID({
          collection: SLUGS.channels,
          id: channelId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (!channel || !channelUsable(channel))
    return fail('渠道不存在、未启用或已被接收方停用 / channel missing, disabled or gone')

  const slug = doc.contentCollection
  let rendered = doc.rendered
  let contentSlug = String(doc.contentId)
  let url: string | null = null

  if (doc.event === 'content.published') {
    const snapshot = await loadSnapshotCached(req, slug, doc.contentId)
    if (!snapshot || snapshot.hash !== doc.versionHash || !distributableAt(snapshot, now)) {
      const reason =
        snapshot && snapshot.hash !== doc.versionHash
          ? SUPERSEDED
          : '内容已撤回或不再处于审核通过状态 / content no longer approved'
      return (await finish({ status: 'cancelled', cancelReason: reason })) ? 'cancelled' : 'lost'
    }
    const consent = await consentProblemsFor(req, snapshot, channel.kind, now)
    if (consent.length)
      return (await finish({
        status: 'cancelled',
        cancelReason: `患者授权不覆盖该渠道 / consent: ${consent.join(', ')}`,
      }))
        ? 'cancelled'
        : 'lost'
    if (channel.kind === 'sms' && channel.sms?.marketing !== false) {
      const sendAt = nextSendTime(now, { timezone: channel.sms?.timezone || env.timezone })
      if (sendAt.getTime() > now.getTime()) {
        // Marketing SMS waits for 08:00; the lease is released so any instance sends it then.
        const updated = await finish({
          status: 'scheduled',
          nextAttemptAt: sendAt.toISOString(),
          attempts: [
            ...attempts,
            { ...attempt, outcome: 'deferred', error: `营销短信仅在 08:00–21:00 发送，顺延至 ${sendAt.toISOString()}` },
          ],
        })
        return updated ? 'deferred' : 'lost'
      }
    }
    contentSlug = pageSlugOf(snapshot.doc) ?? contentSlug
    url = publicUrl(slug, snapshot.doc)
    if (!rendered?.body) {
      // Rendered once, at the first attempt; retries send exactly the same body.
      const rendering = await renderForChannel(req, snapshot, channel, {
        distributionId: String(doc.id),
        campaignId: idOf(doc.campaign) ?? null,
      })
      if (rendering.violations.length)
        return fail(`渲染结果不符合渠道格式要求：${rendering.violations.map((v) => v.message).join('；')}`)
      rendered = {
        contentType: rendering.contentType,
        ext: rendering.ext,
        body: rendering.body,
        date: localDate(now, env.timezone),
        objectKey: null,
      }
    }
  } else {
    const content = await payload
      .findByID({
        collection: slug,
        id: doc.contentId,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null)
    contentSlug = (content && pageSlugOf(content)) ?? contentSlug
  }

  const message: DeliveryMessage = {
    // Every distribution is given its message id when it is made (see service.ts, siteHooks.ts).
    messageId: doc.messageId!,
    event: doc.event,
    occurredAt: new Date(doc.event === 'content.published' ? doc.scheduledAt : doc.createdAt).toISOString(),
    channel: { id: String(channel.id), kind: channel.kind, name: channel.name },
    content: {
      collection: slug,
      id: String(doc.contentId),
      versionHash: doc.versionHash ?? '',
      title: doc.title ?? '',
      slug: contentSlug,
      url,
    },
    rendered: {
      contentType: rendered?.contentType ?? 'application/json',
      body: rendered?.body ?? '',
      ext: rendered?.ext ?? 'json',
    },
    date: rendered?.date ?? localDate(now, env.timezone),
    objectKey: rendered?.objectKey ?? null,
  }
  return send(deliveryTarget(channel, now), message, rendered, { collection: SLUGS.channels, doc: channel })
}
