'use client'
// What the channel previews, the distribution panel and the delivery alerts share: labels in the
// admin language, how each content type is shown (HTML only ever inside a sandboxed iframe), and
// the retry/cancel calls. Nothing here writes rendered HTML into the admin's own DOM.
import { useTranslation } from '@payloadcms/ui'
import React, { useCallback } from 'react'

import { ATTEMPT_OUTCOME_LABELS, CHANNEL_KIND_OPTIONS, DISTRIBUTION_EVENT_LABELS, DISTRIBUTION_STATUS_LABELS, type DistributionStatus } from '../../collections/slugs'

/** Chinese first; English added when the admin speaks English. */
export type Say = (zh: string, en: string) => string

export const useSay = (): Say => {
  const { i18n } = useTranslation()
  const english = i18n?.language === 'en'
  return useCallback((zh: string, en: string) => (english ? `${zh} / ${en}` : zh), [english])
}

/** Fired after anything that creates or changes distributions, so open lists reload. */
export const DISTRIBUTIONS_CHANGED = 'hospital:distributions-changed'

export const announceDistributionsChanged = () => window.dispatchEvent(new Event(DISTRIBUTIONS_CHANGED))

export type Violation = { code: string; message: string; field?: string; limit?: number; actual?: number }

export type Attempt = { id?: string; at: string; outcome: string; httpStatus?: number | null; error?: string | null; durationMs?: number | null; worker?: string | null }

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

const STATUS_COLOURS: Record<string, string> = {
  scheduled: 'var(--theme-elevation-600)',
  delivering: 'var(--theme-warning-600)',
  delivered: 'var(--theme-success-600)',
  failed: 'var(--theme-error-600)',
  cancelled: 'var(--theme-elevation-400)',
  retracted: 'var(--theme-elevation-400)',
}

export const pick = (labels: { zh: string; en: string } | undefined, fallback: string, say: Say) => (labels ? say(labels.zh, labels.en) : fallback)

export const kindLabel = (kind: string, say: Say) => pick(CHANNEL_KIND_OPTIONS.find((option) => option.value === kind)?.label, kind, say)

export const StatusText: React.FC<{ status: string; say: Say }> = ({ status, say }) => (
  <span data-status={status} style={{ color: STATUS_COLOURS[status], fontWeight: 600 }}>
    {pick(DISTRIBUTION_STATUS_LABELS[status as DistributionStatus], status, say)}
  </span>
)

const pad = (n: number) => String(n).padStart(2, '0')

/** yyyy-MM-dd HH:mm in the browser's time zone, as the admin's dateFormat shows dates. */
export const formatTime = (iso: string | null | undefined): string => {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export const rolesOf = (user: unknown): string[] => ((user as { roles?: string[] } | null)?.roles ?? []) as string[]

export const canManageDistributions = (user: unknown) => rolesOf(user).some((role) => role === 'publisher' || role === 'admin')

export const errorText = (body: any, fallback = '操作失败'): string =>
  (body?.errors ?? []).map((e: any) => e?.message).filter(Boolean).join('；') || fallback

/** POST /api/distributions/:id/retry|cancel; the server checks the role and the status again. */
export const distributionAction = async (id: number | string, verb: 'retry' | 'cancel', reason?: string): Promise<{ ok: boolean; text: string }> => {
  const res = await fetch(`/api/distributions/${id}/${verb}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(verb === 'cancel' ? { reason: reason ?? '' } : {}),
  })
  const json = await res.json().catch(() => ({}))
  if (res.ok) announceDistributionsChanged()
  return res.ok ? { ok: true, text: verb === 'retry' ? '已重新排队发送' : '已取消' } : { ok: false, text: errorText(json) }
}

export const buttonStyle: React.CSSProperties = { marginRight: 6, padding: '2px 8px', cursor: 'pointer' }

export const Violations: React.FC<{ violations: Violation[]; say: Say }> = ({ violations, say }) =>
  violations.length === 0 ? null : (
    <ul data-testid="preview-violations" style={{ color: 'var(--theme-error-600)', paddingLeft: 18, margin: '6px 0' }}>
      {violations.map((v, index) => (
        <li key={`${v.code}-${index}`} data-code={v.code}>
          {v.message}
          {v.limit !== undefined ? `（${say('上限', 'limit')} ${v.limit}，${say('实际', 'actual')} ${v.actual ?? '?'}）` : ''}
        </li>
      ))}
    </ul>
  )

const frameStyle: React.CSSProperties = { width: '100%', height: 420, border: '1px solid var(--theme-elevation-150)', background: '#fff', borderRadius: 2 }
const preStyle: React.CSSProperties = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0, padding: 8, maxHeight: 420, overflow: 'auto', background: 'var(--theme-elevation-50)', fontSize: 12, lineHeight: 1.5 }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: 12 }

/** Rendered HTML, isolated: an empty sandbox runs no script and reaches neither the admin nor its cookies. */
export const HtmlFrame: React.FC<{ html: string; title: string }> = ({ html, title }) => <iframe sandbox="" srcDoc={html} title={title} style={frameStyle} />

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** Weibo folds a long post: `foldAt` is the string index where the hidden part starts (the renderer counts Weibo's way). */
const FoldedText: React.FC<{ text: string; foldAt: number; say: Say }> = ({ text, foldAt, say }) => {
  if (foldAt >= text.length) return <pre style={preStyle}>{text}</pre>
  return (
    <div data-testid="preview-fold" style={{ ...preStyle, padding: 0 }}>
      <pre style={{ ...preStyle, maxHeight: 'none', overflow: 'visible' }}>{text.slice(0, foldAt)}</pre>
      <div style={{ borderTop: '1px dashed var(--theme-elevation-400)', textAlign: 'center', ...muted, margin: '2px 8px' }}>{say('以下内容折叠', 'folded below')}</div>
      <pre style={{ ...preStyle, maxHeight: 'none', overflow: 'visible', color: 'var(--theme-elevation-500)' }}>{text.slice(foldAt)}</pre>
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
    const c = source[i]!
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
        return decodeBytes(encoding.toUpperCase() === 'B' ? base64Bytes(text) : quotedPrintableBytes(text, true), charset)
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
    const part = parts.find((p) => type.test(p.headers['content-type'] ?? 'text/plain') && !/attachment/i.test(p.headers['content-disposition'] ?? ''))
    return part ? partText(part) : null
  }
  return { subject: message.headers.subject ? decodeHeader(message.headers.subject) : null, html: of(/^text\/html/i), text: of(/^text\/plain/i) }
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
const FieldsDetails: React.FC<{ fields: Record<string, unknown>; skip: string[]; say: Say }> = ({ fields, skip, say }) => {
  const rest = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !skip.includes(key) && value !== null && value !== undefined))
  if (Object.keys(rest).length === 0) return null
  return (
    <details style={{ marginTop: 6 }}>
      <summary style={{ cursor: 'pointer', ...muted }}>{say('结构化字段', 'structured fields')}</summary>
      <pre style={preStyle}>{JSON.stringify(rest, null, 2)}</pre>
    </details>
  )
}

/** WeChat's two cover crops (2.35:1 for the feed, 1:1 for sharing), when the piece has a cover. */
const CoverCrops: React.FC<{ crops: unknown; say: Say }> = ({ crops, say }) => {
  const wide = str((crops as { wide?: unknown } | null)?.wide)
  const square = str((crops as { square?: unknown } | null)?.square)
  if (!wide && !square) return null
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'flex-end', marginBottom: 6 }}>
      {wide ? <img src={wide} alt={say('封面（2.35:1）', 'Cover 2.35:1')} title={say('封面（2.35:1）', 'Cover 2.35:1')} style={{ height: 60, aspectRatio: '2.35 / 1', objectFit: 'cover' }} /> : null}
      {square ? <img src={square} alt={say('封面（1:1）', 'Cover 1:1')} title={say('封面（1:1）', 'Cover 1:1')} style={{ height: 60, width: 60, objectFit: 'cover' }} /> : null}
    </div>
  )
}

export const OutputView: React.FC<{ contentType: string; output: string; fields?: Record<string, unknown> | null; kind?: string; title: string; say: Say }> = ({
  contentType,
  output,
  fields: given,
  kind,
  title,
  say,
}) => {
  const fields = given ?? {}
  const type = contentType.split(';')[0]!.trim().toLowerCase()

  if (type === 'message/rfc822') {
    const parsed = given && (str(fields.html) || str(fields.text)) ? { subject: str(fields.subject), html: str(fields.html), text: str(fields.text) } : parseEmail(output)
    return (
      <div data-testid="preview-email">
        <div style={{ margin: '4px 0' }}>
          {say('主题', 'Subject')}：<strong>{parsed.subject ?? '—'}</strong>
        </div>
        {parsed.html ? <HtmlFrame html={parsed.html} title={`${title} HTML`} /> : null}
        {parsed.text ? (
          <>
            <div style={{ ...muted, marginTop: 6 }}>{say('纯文本版本', 'Plain-text part')}</div>
            <pre style={{ ...preStyle, maxHeight: 200 }}>{parsed.text}</pre>
          </>
        ) : null}
        {!parsed.html && !parsed.text ? <pre style={preStyle}>{output}</pre> : null}
        <FieldsDetails fields={fields} skip={['subject', 'html', 'text']} say={say} />
      </div>
    )
  }

  if (type === 'text/html') {
    return (
      <div data-testid="preview-html">
        {str(fields.title) ? <div style={{ fontWeight: 600, margin: '4px 0' }}>{str(fields.title)}</div> : null}
        {str(fields.digest) ? (
          <div style={{ ...muted, marginBottom: 6 }}>
            {say('摘要', 'Digest')}：{str(fields.digest)}
          </div>
        ) : null}
        <CoverCrops crops={fields.coverCrops} say={say} />
        <HtmlFrame html={output} title={title} />
        <FieldsDetails fields={fields} skip={['title', 'digest', 'html', 'coverCrops']} say={say} />
      </div>
    )
  }

  if (type === 'application/json') {
    return (
      <div data-testid="preview-json">
        <pre style={preStyle}>{prettyJson(output)}</pre>
      </div>
    )
  }

  const foldAt = num(fields.foldAt)
  const length = num(fields.length)
  const segments = num(fields.segments)
  return (
    <div data-testid="preview-text">
      {kind === 'sms' || segments !== null ? (
        <div style={{ margin: '4px 0' }}>
          {say('字数', 'Length')} {length ?? output.length} · {say('计费条数', 'Segments')} {segments ?? '—'}
        </div>
      ) : null}
      {foldAt !== null ? <FoldedText text={output} foldAt={foldAt} say={say} /> : <pre style={preStyle}>{output}</pre>}
      <FieldsDetails fields={fields} skip={['foldAt', 'foldPreview', 'length', 'segments', 'text']} say={say} />
    </div>
  )
}

/** The attempts of one distribution, oldest first, as a compact timeline. */
export const AttemptsTimeline: React.FC<{ attempts: Attempt[]; say: Say }> = ({ attempts, say }) =>
  attempts.length === 0 ? (
    <div style={muted}>{say('尚无投递记录', 'No attempts yet')}</div>
  ) : (
    <ol data-testid="attempts-timeline" style={{ listStyle: 'none', paddingLeft: 0, margin: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
      {attempts.map((attempt, index) => (
        <li key={attempt.id ?? index} style={{ position: 'relative', padding: '0 0 8px 12px' }}>
          <span
            style={{
              position: 'absolute',
              left: -5,
              top: 5,
              width: 8,
              height: 8,
              borderRadius: 4,
              background: attempt.outcome === 'delivered' ? 'var(--theme-success-500)' : attempt.outcome === 'deferred' ? 'var(--theme-elevation-400)' : 'var(--theme-error-500)',
            }}
          />
          <div>
            {formatTime(attempt.at)} · <strong>{pick(OUTCOME_LABELS[attempt.outcome], attempt.outcome, say)}</strong>
            {attempt.httpStatus ? ` · HTTP ${attempt.httpStatus}` : ''}
            {typeof attempt.durationMs === 'number' ? ` · ${attempt.durationMs} ms` : ''}
          </div>
          {attempt.error ? <div style={{ color: 'var(--theme-error-600)', wordBreak: 'break-word' }}>{attempt.error}</div> : null}
          {attempt.worker ? <div style={muted}>{attempt.worker}</div> : null}
        </li>
      ))}
    </ol>
  )
