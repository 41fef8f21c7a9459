'use client'
// Reviewers' comments in the 审核流程 panel: what a reviewer said when sending a piece back, with
// the passages the comments point at, and the form a reviewer uses to anchor a comment to a passage.
import React, { useState } from 'react'

import { useCmsTranslation } from '../i18n'
import type { CmsT } from '../translations'
import styles from './WorkflowPanel.module.scss'

export type AnchoredComment = { field: string; locale?: string; quote: string; comment: string }
export type Rejection = { stage: string; reviewer: string; comment: string | null; anchors: AnchoredComment[] }

type FieldLabel = (field: string, t: CmsT) => string

/** The comments of the round sent back, each anchored one with its passage marked. */
export const RejectionList: React.FC<{ rejections: Rejection[]; fieldLabel: FieldLabel }> = ({
  rejections,
  fieldLabel,
}) => {
  const { t } = useCmsTranslation()
  if (rejections.length === 0) return null
  return (
    <div data-testid="review-comments">
      <strong>{t('cms:workflowPanel:returned')}</strong>
      <ul className={styles.list}>
        {rejections.map((rejection, index) => (
          <li key={index}>
            {rejection.reviewer}：{rejection.comment}
            {rejection.anchors.length ? (
              <ul className={styles.list}>
                {rejection.anchors.map((anchor, i) => (
                  <li key={i}>
                    {`【${fieldLabel(anchor.field, t)}】`}
                    <mark>{anchor.quote}</mark> — {anchor.comment}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A reviewer's anchored comments before sending them with a decision. */
export const AnchorEditor: React.FC<{
  fields: readonly string[]
  fieldLabel: FieldLabel
  anchors: AnchoredComment[]
  onChange: (anchors: AnchoredComment[]) => void
}> = ({ fields, fieldLabel, anchors, onChange }) => {
  const { t } = useCmsTranslation()
  const [field, setField] = useState(fields[0] ?? 'title')
  const [quote, setQuote] = useState('')
  const [comment, setComment] = useState('')
  return (
    <div data-testid="anchor-editor">
      <strong>{t('cms:workflowPanel:anchorTitle')}</strong>
      <div>
        <select
          value={field}
          onChange={(event) => setField(event.target.value)}
          aria-label={t('cms:workflowPanel:anchorField')}
        >
          {fields.map((f) => (
            <option key={f} value={f}>
              {fieldLabel(f, t)}
            </option>
          ))}
        </select>
        <input
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
          placeholder={t('cms:workflowPanel:anchorQuote')}
          className={styles.note}
        />
        <input
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          placeholder={t('cms:workflowPanel:anchorComment')}
          className={styles.note}
        />
        <button
          type="button"
          className={styles.button}
          disabled={!quote.trim() || !comment.trim()}
          onClick={() => {
            onChange([...anchors, { field, quote, comment }])
            setQuote('')
            setComment('')
          }}
        >
          {t('cms:workflowPanel:anchorAdd')}
        </button>
      </div>
      {anchors.length ? (
        <ul className={styles.list}>
          {anchors.map((anchor, index) => (
            <li key={index}>
              {`【${fieldLabel(anchor.field, t)}】`}
              <mark>{anchor.quote}</mark> — {anchor.comment}{' '}
              <button
                type="button"
                className={styles.button}
                onClick={() => onChange(anchors.filter((_, i) => i !== index))}
              >
                {t('cms:workflowPanel:anchorRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
