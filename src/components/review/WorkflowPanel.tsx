'use client'
// 审核流程 panel in the document sidebar: state, stages and who signed, preflight findings with
// the flagged words marked, and the actions the signed-in person may take. The server decides
// every action again; the buttons only hide what would certainly be refused.
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { STATE_LABELS, type WorkflowState } from '../../review/rules/states'
import { pick, useCmsTranslation } from '../i18n'
import { announceDistributionsChanged } from '../distribution/previewParts'
import type { CmsT } from '../translations'
import { type AnchoredComment, AnchorEditor, type Rejection, RejectionList } from './ReviewComments'
import styles from './WorkflowPanel.module.scss'

type Stage = {
  stage: string
  label: { zh: string; en: string }
  automatic: boolean
  satisfied: boolean
  needed: number
  signedBy: { name: string }[]
}
type Finding = {
  code: string
  severity: 'block' | 'warn'
  message: string
  field?: string
  match?: string
  suggestion?: string
}
type Status = {
  state: WorkflowState
  versionHash: string
  voidedReason: string | null
  stages: Stage[]
  preflight: Finding[]
  decisions: (Rejection & { decision: 'approve' | 'reject' })[]
}
type Changes = {
  previous: { versionHash: string; submittedAt: string } | null
  feedback: Rejection[]
  changes: { field: string; locale: string; ops: { op: 'equal' | 'insert' | 'delete'; text: string }[] }[]
}
type Channel = { id: number | string; name: string; delivery?: { disabledAt?: string | null } | null }

const STAGE_ROLES: Record<string, string> = {
  operations: 'operations',
  initial: 'medical-reviewer',
  medical: 'medical-reviewer',
  privacy: 'privacy-officer',
  compliance: 'compliance-reviewer',
}
// The fields a finding or a refusal may name, labelled from the catalogue (cms:workflowPanel:fields).
const LABELLED_FIELDS = [
  'title',
  'summary',
  'body',
  'pseudonym',
  'references',
  'authors',
  'audiences',
  'consent',
  'intendedChannels',
  'deidentification',
  'cover',
  'video',
  'subtitles',
] as const
type LabelledField = (typeof LABELLED_FIELDS)[number]
// The reviewed text fields a comment can be anchored to (src/review/payload/preflight.ts).
const REVIEWED_TEXT_FIELDS = {
  articles: ['title', 'summary', 'body', 'subtitles'],
  'patient-stories': ['title', 'pseudonym', 'body', 'subtitles'],
} as const
const isLabelled = (field: string): field is LabelledField => (LABELLED_FIELDS as readonly string[]).includes(field)

const fieldLabel = (field: string, t: CmsT) => (isLabelled(field) ? t(`cms:workflowPanel:fields:${field}`) : field)

const errorText = (body: any, t: CmsT): string =>
  (body?.errors ?? []).map((e: any) => (e.field ? `${fieldLabel(e.field, t)}：${e.message}` : e.message)).join('；') ||
  t('cms:workflowPanel:failed')

export const WorkflowPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const { t } = useCmsTranslation()
  const [status, setStatus] = useState<Status | null>(null)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  const has = (...wanted: string[]) => roles.includes('admin') || wanted.some((role) => roles.includes(role))
  // Publishing may also schedule distributions: the channels ticked here, at the time given (now if empty).
  const [channels, setChannels] = useState<Channel[]>([])
  const [picked, setPicked] = useState<(number | string)[]>([])
  const [publishAt, setPublishAt] = useState('')
  const canPublish = status?.state === 'approved' && has('publisher')

  // What changed since the last round, for the reviewers of a resubmission.
  const [changes, setChanges] = useState<Changes | null>(null)
  // Comments a reviewer anchors to passages before deciding.
  const [anchors, setAnchors] = useState<AnchoredComment[]>([])

  const load = useCallback(async () => {
    if (!id) return
    const [res, diff] = await Promise.all([
      fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include' }),
      fetch(`/api/${collectionSlug}/${id}/workflow/changes`, { credentials: 'include' }),
    ])
    if (res.ok) setStatus(await res.json())
    if (diff.ok) setChanges(await diff.json())
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
    picked.length
      ? { versionHash, channels: picked, ...(publishAt ? { at: new Date(publishAt).toISOString() } : {}) }
      : { versionHash }

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
    setMessage(
      res.ok
        ? {
            ok: true,
            text: scheduled ? t('cms:workflowPanel:doneScheduled', { count: scheduled }) : t('cms:workflowPanel:done'),
          }
        : { ok: false, text: errorText(json, t) },
    )
    if (res.ok) {
      setNote('')
      setAnchors([])
    }
    if (res.ok && scheduled) {
      setPicked([])
      setPublishAt('')
      announceDistributionsChanged()
    }
    await load()
    router.refresh()
  }

  if (!id) return <div className={styles.box}>{t('cms:workflowPanel:unsaved')}</div>
  if (!status) return <div className={styles.box}>{t('cms:workflowPanel:loading')}</div>

  const state = status.state
  return (
    <div className={styles.box} data-testid="workflow-panel">
      <h4 className={styles.title}>{t('cms:workflowPanel:title')}</h4>
      <div>
        {t('cms:workflowPanel:state')}：
        <strong data-testid="workflow-state">{pick(STATE_LABELS[state], state, t)}</strong>
      </div>
      {status.voidedReason && state === 'draft' ? <div className={styles.voided}>{status.voidedReason}</div> : null}
      <ul className={styles.list}>
        {status.stages.map((stage) => (
          <li key={stage.stage} data-stage={stage.stage}>
            {stage.satisfied ? '✓' : '○'} {pick(stage.label, stage.stage, t)}
            {stage.needed > 1 ? t('cms:workflowPanel:signersNeeded', { count: stage.needed }) : ''}
            {stage.signedBy.length ? `：${stage.signedBy.map((s) => s.name).join('、')}` : ''}
            {state === 'in_review' && !stage.automatic && !stage.satisfied && has(STAGE_ROLES[stage.stage] ?? '') ? (
              <div>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() =>
                    void act('approve', {
                      stage: stage.stage,
                      versionHash: status.versionHash,
                      comment: note || undefined,
                      ...(anchors.length ? { anchors } : {}),
                    })
                  }
                >
                  {t('cms:workflowPanel:approve')}
                </button>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() =>
                    void act('reject', {
                      stage: stage.stage,
                      versionHash: status.versionHash,
                      comment: note,
                      ...(anchors.length ? { anchors } : {}),
                    })
                  }
                >
                  {t('cms:workflowPanel:reject')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <RejectionList
        rejections={
          status.decisions.some((d) => d.decision === 'reject')
            ? status.decisions.filter((d) => d.decision === 'reject')
            : (changes?.feedback ?? [])
        }
        fieldLabel={fieldLabel}
      />
      {state === 'in_review' &&
      status.stages.some((s) => !s.automatic && !s.satisfied && has(STAGE_ROLES[s.stage] ?? '')) ? (
        <AnchorEditor
          fields={REVIEWED_TEXT_FIELDS[collectionSlug as keyof typeof REVIEWED_TEXT_FIELDS] ?? ['title']}
          fieldLabel={fieldLabel}
          anchors={anchors}
          onChange={setAnchors}
        />
      ) : null}
      {changes?.previous && changes.changes.length > 0 ? (
        <div data-testid="workflow-changes">
          <strong>{t('cms:workflowPanel:changes')}</strong>
          <ul className={styles.list}>
            {changes.changes.map((change) => (
              <li key={`${change.field}:${change.locale}`}>
                {`【${fieldLabel(change.field, t)}·${change.locale}】`}
                {change.ops.map((part, index) => {
                  if (part.op === 'insert')
                    return (
                      <ins key={index} className={styles.inserted}>
                        {part.text}
                      </ins>
                    )
                  if (part.op === 'delete')
                    return (
                      <del key={index} className={styles.deleted}>
                        {part.text}
                      </del>
                    )
                  return <span key={index}>{part.text}</span>
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.preflight.length > 0 ? (
        <div>
          <strong>{t('cms:workflowPanel:preflight')}</strong>
          <ul className={styles.list}>
            {status.preflight.map((finding, index) => (
              <li key={index} className={finding.severity === 'block' ? styles.blocking : undefined}>
                {finding.field ? `【${fieldLabel(finding.field, t)}】` : ''}
                {finding.match ? <mark>{finding.match}</mark> : null} {finding.message}
                {finding.suggestion ? t('cms:workflowPanel:suggestion', { suggestion: finding.suggestion }) : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <textarea
        placeholder={t('cms:workflowPanel:notePlaceholder')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        className={styles.note}
      />
      <div>
        {['draft', 'changes_requested', 'withdrawn', 'review_expired'].includes(state) && has('editor') ? (
          <button type="button" className={styles.button} onClick={() => void act('submit')}>
            {t('cms:workflowPanel:submit')}
          </button>
        ) : null}
        {canPublish && channels.length > 0 ? (
          <fieldset data-testid="publish-channels" className={styles.channels}>
            <legend>{t('cms:workflowPanel:publishChannels')}</legend>
            {channels.map((channel) => (
              <label key={channel.id} className={styles.channel}>
                <input
                  type="checkbox"
                  checked={picked.includes(channel.id)}
                  onChange={(event) =>
                    setPicked((current) =>
                      event.target.checked ? [...current, channel.id] : current.filter((c) => c !== channel.id),
                    )
                  }
                />{' '}
                {channel.name}
              </label>
            ))}
            <label className={styles.sendAt}>
              {t('cms:workflowPanel:sendAt')}
              <input
                type="datetime-local"
                value={publishAt}
                disabled={picked.length === 0}
                onChange={(event) => setPublishAt(event.target.value)}
                // Enter here must not submit (save) the document form around the panel.
                onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
                className={styles.sendAtInput}
              />
            </label>
          </fieldset>
        ) : null}
        {canPublish ? (
          <button
            type="button"
            className={styles.button}
            onClick={() => void act('publish', publishBody(status.versionHash))}
          >
            {t('cms:workflowPanel:publish')}
          </button>
        ) : null}
        {['in_review', 'approved', 'published', 'review_expired'].includes(state) &&
        has('publisher', 'privacy-officer') ? (
          <button type="button" className={styles.button} onClick={() => void act('withdraw', { reason: note })}>
            {t('cms:workflowPanel:withdraw')}
          </button>
        ) : null}
      </div>
      {message ? (
        <div data-testid="workflow-message" className={message.ok ? styles.messageOk : styles.messageError}>
          {message.text}
        </div>
      ) : null}
    </div>
  )
}
