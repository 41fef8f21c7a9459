'use client'
// 审核流程 panel in the document sidebar: state, stages and who signed, preflight findings with
// the flagged words marked, and the actions the signed-in person may take. The server decides
// every action again; the buttons only hide what would certainly be refused.
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { STATE_LABELS, type WorkflowState } from '../review/rules/states'
import { announceDistributionsChanged } from './previewParts'

type Stage = { stage: string; label: { zh: string }; automatic: boolean; satisfied: boolean; needed: number; signedBy: { name: string }[] }
type Finding = { code: string; severity: 'block' | 'warn'; message: string; field?: string; match?: string; suggestion?: string }
type Status = { state: WorkflowState; versionHash: string; voidedReason: string | null; stages: Stage[]; preflight: Finding[] }
type Channel = { id: number | string; name: string; delivery?: { disabledAt?: string | null } | null }

const STAGE_ROLES: Record<string, string> = { initial: 'medical-reviewer', medical: 'medical-reviewer', privacy: 'privacy-officer', compliance: 'compliance-reviewer' }
const FIELD_LABELS: Record<string, string> = { title: '标题', summary: '摘要', body: '正文', pseudonym: '化名', references: '参考文献', authors: '作者', audiences: '目标人群', consent: '授权书', intendedChannels: '拟发布渠道', deidentification: '去标识化', cover: '封面图' }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
const button: React.CSSProperties = { marginRight: 8, marginTop: 6, padding: '4px 10px', cursor: 'pointer' }

const errorText = (body: any): string =>
  (body?.errors ?? []).map((e: any) => (e.field ? `${FIELD_LABELS[e.field] ?? e.field}：${e.message}` : e.message)).join('；') || '操作失败'

export const WorkflowPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const [status, setStatus] = useState<Status | null>(null)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const roles: string[] = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const has = (...wanted: string[]) => roles.includes('admin') || wanted.some((role) => roles.includes(role))
  // Publishing may also schedule distributions: the channels ticked here, at the time given (now if empty).
  const [channels, setChannels] = useState<Channel[]>([])
  const [picked, setPicked] = useState<(number | string)[]>([])
  const [publishAt, setPublishAt] = useState('')
  const canPublish = status?.state === 'approved' && has('publisher')

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
    if (res.ok) setStatus(await res.json())
  }, [id, collectionSlug])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!canPublish) return
    void fetch('/api/channels?where[enabled][equals]=true&limit=100&depth=0&sort=createdAt', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body) => setChannels(((body.docs ?? []) as Channel[]).filter((channel) => !channel.delivery?.disabledAt)))
  }, [canPublish])

  const publishBody = (versionHash: string) =>
    picked.length ? { versionHash, channels: picked, ...(publishAt ? { at: new Date(publishAt).toISOString() } : {}) } : { versionHash }

  const act = async (verb: string, body: Record<string, unknown> = {}) => {
    setMessage(null)
    const res = await fetch(`/api/${collectionSlug}/${id}/workflow/${verb}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await res.json().catch(() => ({}))
    const scheduled = Array.isArray(json.distributions) ? json.distributions.length : 0
    setMessage(res.ok ? { ok: true, text: scheduled ? `操作成功，已安排 ${scheduled} 个渠道分发` : '操作成功' } : { ok: false, text: errorText(json) })
    if (res.ok) setNote('')
    if (res.ok && scheduled) {
      setPicked([])
      setPublishAt('')
      announceDistributionsChanged()
    }
    await load()
    router.refresh()
  }

  if (!id) return <div style={box}>保存后即可提交审核。</div>
  if (!status) return <div style={box}>正在读取审核状态…</div>

  const state = status.state
  return (
    <div style={box} data-testid="workflow-panel">
      <h4 style={{ marginTop: 0 }}>审核流程</h4>
      <div>
        状态：<strong data-testid="workflow-state">{STATE_LABELS[state]?.zh ?? state}</strong>
      </div>
      {status.voidedReason && state === 'draft' ? <div style={{ color: 'var(--theme-warning-600)' }}>{status.voidedReason}</div> : null}
      <ul style={{ paddingLeft: 16 }}>
        {status.stages.map((stage) => (
          <li key={stage.stage} data-stage={stage.stage}>
            {stage.satisfied ? '✓' : '○'} {stage.label.zh}
            {stage.needed > 1 ? `（需 ${stage.needed} 人）` : ''}
            {stage.signedBy.length ? `：${stage.signedBy.map((s) => s.name).join('、')}` : ''}
            {state === 'in_review' && !stage.automatic && !stage.satisfied && has(STAGE_ROLES[stage.stage] ?? '') ? (
              <div>
                <button type="button" style={button} onClick={() => act('approve', { stage: stage.stage, versionHash: status.versionHash, comment: note || undefined })}>
                  通过
                </button>
                <button type="button" style={button} onClick={() => act('reject', { stage: stage.stage, versionHash: status.versionHash, comment: note })}>
                  退回修改
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {status.preflight.length > 0 ? (
        <div>
          <strong>预检提示</strong>
          <ul style={{ paddingLeft: 16 }}>
            {status.preflight.map((finding, index) => (
              <li key={index} style={{ color: finding.severity === 'block' ? 'var(--theme-error-600)' : undefined }}>
                {finding.field ? `【${FIELD_LABELS[finding.field] ?? finding.field}】` : ''}
                {finding.match ? <mark>{finding.match}</mark> : null} {finding.message}
                {finding.suggestion ? `（建议：${finding.suggestion}）` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <textarea placeholder="审核意见 / 撤回原因" value={note} onChange={(event) => setNote(event.target.value)} style={{ width: '100%', minHeight: 48 }} />
      <div>
        {['draft', 'changes_requested', 'withdrawn', 'review_expired'].includes(state) && has('editor') ? (
          <button type="button" style={button} onClick={() => act('submit')}>
            提交审核
          </button>
        ) : null}
        {canPublish && channels.length > 0 ? (
          <fieldset data-testid="publish-channels" style={{ border: '1px solid var(--theme-elevation-100)', padding: '4px 8px', margin: '8px 0' }}>
            <legend>发布到渠道（可选）</legend>
            {channels.map((channel) => (
              <label key={channel.id} style={{ display: 'block' }}>
                <input
                  type="checkbox"
                  checked={picked.includes(channel.id)}
                  onChange={(event) => setPicked((current) => (event.target.checked ? [...current, channel.id] : current.filter((c) => c !== channel.id)))}
                />{' '}
                {channel.name}
              </label>
            ))}
            <label style={{ display: 'block', marginTop: 4 }}>
              发送时间（留空为立即）
              <input
                type="datetime-local"
                value={publishAt}
                disabled={picked.length === 0}
                onChange={(event) => setPublishAt(event.target.value)}
                // Enter here must not submit (save) the document form around the panel.
                onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
                style={{ display: 'block', width: '100%' }}
              />
            </label>
          </fieldset>
        ) : null}
        {canPublish ? (
          <button type="button" style={button} onClick={() => act('publish', publishBody(status.versionHash))}>
            发布
          </button>
        ) : null}
        {['in_review', 'approved', 'published', 'review_expired'].includes(state) && has('publisher', 'privacy-officer') ? (
          <button type="button" style={button} onClick={() => act('withdraw', { reason: note })}>
            撤回
          </button>
        ) : null}
      </div>
      {message ? (
        <div data-testid="workflow-message" style={{ marginTop: 8, color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </div>
      ) : null}
    </div>
  )
}
