'use client'
// What the channel previews, the distribution panel and the delivery alerts share: labels in the
// admin language, how each content type is shown (HTML only ever inside a sandboxed iframe), and
// the retry/cancel calls. Nothing here writes rendered HTML into the admin's own DOM.
import React from 'react'

import {
  ATTEMPT_OUTCOME_LABELS,
  CHANNEL_KIND_OPTIONS,
  DISTRIBUTION_EVENT_LABELS,
  DISTRIBUTION_STATUS_LABELS,
  type DistributionStatus,
} from '../../../collections/slugs'
import { pick, useCmsTranslation } from '../i18n'
import styles from './previewParts.module.scss'
import type { CmsT } from '../translations'

/** Fired after anything that creates or changes distributions, so open lists reload. */
export const DISTRIBUTIONS_CHANGED = 'hospital:distributions-changed'

export const announceDistributionsChanged = () => window.dispatchEvent(new Event(DISTRIBUTIONS_CHANGED))

export type Violation = { code: string; message: string; field?: string; limit?: number; actual?: number }

export type Attempt = {
  id?: string
  at: string
  outcome: string
  httpStatus?: number | null
  error?: string | null
  durationMs?: number | null
  worker?: string | null
}

export type Distribution = {
  id: number | string
  title?: string | null
  channel?: { id: number | string; name: string; kind: string } | number | string | null
  status: DistributionStatus
  event: 'content.published' | 'content.retracted'
  scheduledAt?: string | null
  nextAttemptAt?: string | null
  deliveredAt?: string | null
  attemptCount?: number | null
  lastError?: string | null
  cancelReason?: string | null
  contentCollection?: string
  contentId?: string
  attempts?: Attempt[] | null
  rendered?: { contentType?: string | null; body?: string | null; objectKey?: string | null } | null
}

export const OUTCOME_LABELS: Record<string, { zh: string; en: string }> = ATTEMPT_OUTCOME_LABELS
export const EVENT_LABELS: Record<string, { zh: string; en: string }> = DISTRIBUTION_EVENT_LABELS

export const kindLabel = (kind: string, t: CmsT) =>
  pick(CHANNEL_KIND_OPTIONS.find((option) => option.value === kind)?.label, kind, t)

/** The status in its colour (previewParts.module.scss picks it by `data-status`). */
export const StatusText: React.FC<{ status: string }> = ({ status }) => {
  const { t } = useCmsTranslation()
  return (
    <span data-status={status} className={styles.status}>
      {pick(DISTRIBUTION_STATUS_LABELS[status as DistributionStatus], status, t)}
    </span>
  )
}

const pad = (n: number) => String(n).padStart(2, '0')

/** yyyy-MM-dd HH:mm in the browser's time zone, as the admin's dateFormat shows dates. */
export const formatTime = (iso: string | null | undefined): string => {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export const rolesOf = (user: unknown): string[] => (user as { roles?: string[] } | null)?.roles ?? []

export const canManageDistributions = (user: unknown) =>
  rolesOf(user).some((role) => role === 'publisher' || role === 'admin')

/** The messages of an error envelope, joined; null when it carries none (the caller says why in its own words). */
export const envelopeMessage = (body: any): string | null =>
  (body?.errors ?? [])
    .map((e: any) => e?.message)
    .filter(Boolean)
    .join('；') || null

/** POST /api/distributions/:id/retry|cancel; the server checks the role and the status again. */
export const distributionAction = async (
  t: CmsT,
  id: number | string,
  verb: 'retry' | 'cancel',
  reason?: string,
): Promise<{ ok: boolean; text: string }> => {
  const res = await fetch(`/api/distributions/${id}/${verb}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(verb === 'cancel' ? { reason: reason ?? '' } : {}),
  })
  const json = await res.json().catch(() => ({}))
  if (res.ok) announceDistributionsChanged()
  return res.ok
    ? { ok: true, text: t(verb === 'retry' ? 'cms:distributions:retried' : 'cms:distributions:cancelled') }
    : { ok: false, text: envelopeMessage(json) ?? t('cms:distributions:failed') }
}

/** The small action buttons (retry, cancel) of every distribution view. */
export const buttonClass = styles.button

export const Violations: React.FC<{ violations: Violation[] }> = ({ violations }) => {
  const { t } = useCmsTranslation()
  return violations.length === 0 ? null : (
    <ul data-testid="preview-violations" className={styles.violations}>
      {violations.map((v, index) => (
        <li key={`${v.code}-${index}`} data-code={v.code}>
          {v.message}
          {v.limit !== undefined ? t('cms:distributions:limits', { limit: v.limit, actual: v.actual ?? '?' }) : ''}
        </li>
      ))}
    </ul>
  )
}

/** Rendered HTML, isolated: an empty sandbox runs no script and reaches neither the admin nor its cookies. */
export const HtmlFrame: React.FC<{ html: string; title: string }> = ({ html, title }) => (
  <iframe sandbox="" srcDoc={html} title={title} className={styles.frame} />
)

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** Weibo folds a long post: `foldAt` is the string index where the hidden part starts (the renderer counts Weibo's way). */
const FoldedText: React.FC<{ text: string; foldAt: number }> = ({ text, foldAt }) => {
  const { t } = useCmsTranslation()
  if (foldAt >= text.length) return <pre className={styles.pre}>{text}</pre>
  return (
    <div data-testid="preview-fold" className={`${styles.pre} ${styles.fold}`}>
      <pre className={`${styles.pre} ${styles.unclipped}`}>{text.slice(0, foldAt)}</pre>
      <div className={styles.foldLine}>{t('cms:distributions:foldedBelow')}</div>
      <pre className={`${styles.pre} ${styles.unclipped} ${styles.foldedPart}`}>{text.slice(foldAt)}</pre>
    </div>
  )
}

// --- email: the receiver gets raw MIME; show its subject and parts instead ------------------

const decodeBytes = (bytes: Uint8Array, charset = 'utf-8'): string => {
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

const base64Bytes = (text: string): Uint8Array => {
  const binary = atob(text.replace(/\s+/g, ''))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

const quotedPrintableBytes = (text: string, underscoreIsSpace = false): Uint8Array => {
  const encoder = new TextEncoder()
  const source = text.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      out.push(parseInt(source.slice(i + 1, i + 3), 16))
      i += 2
    } else if (underscoreIsSpace && c === '_') out.push(32)
    else out.push(...encoder.encode(c))
  }
  return Uint8Array.from(out)
}

/** RFC 2047 encoded words (=?utf-8?B?…?=), as a subject with Chinese arrives. */
const decodeHeader = (value: string): string =>
  value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      try {
        return decodeBytes(
          encoding.toUpperCase() === 'B' ? base64Bytes(text) : quotedPrintableBytes(text, true),
          charset,
        )
      } catch {
        return text
      }
    })

type MimePart = { headers: Record<string, string>; body: string }

const splitPart = (raw: string): MimePart => {
  const match = /\r?\n\r?\n/.exec(raw)
  const head = match ? raw.slice(0, match.index) : raw
  const body = match ? raw.slice(match.index + match[0].length) : ''
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

const param = (header: string | undefined, name: string): string | undefined => {
  const match = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header ?? '')
  return match?.[1]
}

const leaves = (part: MimePart, depth = 0): MimePart[] => {
  const type = part.headers['content-type'] ?? 'text/plain'
  const boundary = param(type, 'boundary')
  if (!/^multipart\//i.test(type) || !boundary || depth > 4) return [part]
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leaves(splitPart(chunk.replace(/^\r?\n/, '')), depth + 1))
}

const partText = (part: MimePart): string => {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase()
  const charset = param(part.headers['content-type'], 'charset') ?? 'utf-8'
  try {
    if (encoding === 'base64') return decodeBytes(base64Bytes(part.body), charset)
    if (encoding === 'quoted-printable') return decodeBytes(quotedPrintableBytes(part.body), charset)
  } catch {
    return part.body
  }
  return part.body
}

export const parseEmail = (raw: string): { subject: string | null; html: string | null; text: string | null } => {
  const message = splitPart(raw)
  const parts = leaves(message)
  const of = (type: RegExp) => {
    const part = parts.find(
      (p) =>
        type.test(p.headers['content-type'] ?? 'text/plain') &&
        !/attachment/i.test(p.headers['content-disposition'] ?? ''),
    )
    return part ? partText(part) : null
  }
  return {
    subject: message.headers.subject ? decodeHeader(message.headers.subject) : null,
    html: of(/^text\/html/i),
    text: of(/^text\/plain/i),
  }
}

// --- one renderer per content type -------------------------------------------------------

const prettyJson = (text: string): string => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

/** The parts of `fields` worth a glance that the main view does not already show. */
const FieldsDetails: React.FC<{ fields: Record<string, unknown>; skip: string[] }> = ({ fields, skip }) => {
  const { t } = useCmsTranslation()
  const rest = Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => !skip.includes(key) && value !== null && value !== undefined),
  )
  if (Object.keys(rest).length === 0) return null
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t('cms:distributions:structuredFields')}</summary>
      <pre className={styles.pre}>{JSON.stringify(rest, null, 2)}</pre>
    </details>
  )
}

/** WeChat's two cover crops (2.35:1 for the feed, 1:1 for sharing), when the piece has a cover. */
const CoverCrops: React.FC<{ crops: unknown }> = ({ crops }) => {
  const { t } = useCmsTranslation()
  const wide = str((crops as { wide?: unknown } | null)?.wide)
  const square = str((crops as { square?: unknown } | null)?.square)
  if (!wide && !square) return null
  return (
    <div className={styles.crops}>
      {wide ? (
        <img
          src={wide}
          alt={t('cms:distributions:coverWide')}
          title={t('cms:distributions:coverWide')}
          className={styles.cropWide}
        />
      ) : null}
      {square ? (
        <img
          src={square}
          alt={t('cms:distributions:coverSquare')}
          title={t('cms:distributions:coverSquare')}
          className={styles.cropSquare}
        />
      ) : null}
    </div>
  )
}

export const OutputView: React.FC<{
  contentType: string
  output: string
  fields?: Record<string, unknown> | null
  kind?: string
  title: string
}> = ({ contentType, output, fields: given, kind, title }) => {
  const { t } = useCmsTranslation()
  const fields = given ?? {}
  const type = contentType.split(';')[0].trim().toLowerCase()

  if (type === 'message/rfc822') {
    const parsed =
      given && (str(fields.html) || str(fields.text))
        ? { subject: str(fields.subject), html: str(fields.html), text: str(fields.text) }
        : parseEmail(output)
    return (
      <div data-testid="preview-email">
        <div className={styles.line}>
          {t('cms:distributions:subject')}：<strong>{parsed.subject ?? '—'}</strong>
        </div>
        {parsed.html ? <HtmlFrame html={parsed.html} title={`${title} HTML`} /> : null}
        {parsed.text ? (
          <>
            <div className={styles.partLabel}>{t('cms:distributions:plainText')}</div>
            <pre className={`${styles.pre} ${styles.short}`}>{parsed.text}</pre>
          </>
        ) : null}
        {!parsed.html && !parsed.text ? <pre className={styles.pre}>{output}</pre> : null}
        <FieldsDetails fields={fields} skip={['subject', 'html', 'text']} />
      </div>
    )
  }

  if (type === 'text/html') {
    return (
      <div data-testid="preview-html">
        {str(fields.title) ? <div className={styles.docTitle}>{str(fields.title)}</div> : null}
        {str(fields.digest) ? (
          <div className={styles.digest}>
            {t('cms:distributions:digest')}：{str(fields.digest)}
          </div>
        ) : null}
        <CoverCrops crops={fields.coverCrops} />
        <HtmlFrame html={output} title={title} />
        <FieldsDetails fields={fields} skip={['title', 'digest', 'html', 'coverCrops']} />
      </div>
    )
  }

  if (type === 'application/json') {
    return (
      <div data-testid="preview-json">
        <pre className={styles.pre}>{prettyJson(output)}</pre>
      </div>
    )
  }

  const foldAt = num(fields.foldAt)
  const length = num(fields.length)
  const segments = num(fields.segments)
  return (
    <div data-testid="preview-text">
      {kind === 'sms' || segments !== null ? (
        <div className={styles.line}>
          {t('cms:distributions:length')} {length ?? output.length} · {t('cms:distributions:segments')}{' '}
          {segments ?? '—'}
        </div>
      ) : null}
      {foldAt !== null ? <FoldedText text={output} foldAt={foldAt} /> : <pre className={styles.pre}>{output}</pre>}
      <FieldsDetails fields={fields} skip={['foldAt', 'foldPreview', 'length', 'segments', 'text']} />
    </div>
  )
}

/** The attempts of one distribution, oldest first, as a compact timeline. */
export const AttemptsTimeline: React.FC<{ attempts: Attempt[] }> = ({ attempts }) => {
  const { t } = useCmsTranslation()
  return attempts.length === 0 ? (
    <div className={styles.muted}>{t('cms:distributions:noAttempts')}</div>
  ) : (
    <ol data-testid="attempts-timeline" className={styles.timeline}>
      {attempts.map((attempt, index) => (
        <li key={attempt.id ?? index} className={styles.attempt}>
          <span data-outcome={attempt.outcome} className={styles.dot} />
          <div>
            {formatTime(attempt.at)} · <strong>{pick(OUTCOME_LABELS[attempt.outcome], attempt.outcome, t)}</strong>
            {attempt.httpStatus ? ` · HTTP ${attempt.httpStatus}` : ''}
            {typeof attempt.durationMs === 'number' ? ` · ${attempt.durationMs} ms` : ''}
          </div>
          {attempt.error ? <div className={styles.error}>{attempt.error}</div> : null}
          {attempt.worker ? <div className={styles.muted}>{attempt.worker}</div> : null}
        </li>
      ))}
    </ol>
  )
}
