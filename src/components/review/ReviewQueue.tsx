'use client'
// 待我审核: on the dashboard, what the signed-in reviewer can sign now.
import React, { useEffect, useState } from 'react'

import { SLUGS } from '../../../collections/slugs'
import { useCmsTranslation } from '../i18n'
import styles from './ReviewQueue.module.scss'

type Item = {
  collection: string
  id: number | string
  title: string
  stageLabel: string
  submittedAt: string | null
  routed?: boolean
  dueAt?: string | null
}

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false }).slice(0, -3)

// Reviewable collections and their names in the catalogue (cms:reviewQueue:collections).
const COLLECTION_KEYS = { [SLUGS.articles]: 'articles', [SLUGS.patientStories]: 'patientStories' } as const
const isQueued = (collection: string): collection is keyof typeof COLLECTION_KEYS =>
  Object.hasOwn(COLLECTION_KEYS, collection)

export const ReviewQueue: React.FC = () => {
  const { t } = useCmsTranslation()
  const [items, setItems] = useState<Item[] | null>(null)
  useEffect(() => {
    void fetch('/api/review-queue', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { items: [] }))
      .then((body) => setItems(body.items ?? []))
  }, [])
  if (items === null || items.length === 0) return null
  return (
    <div data-testid="review-queue" className={styles.box}>
      <h3 className={styles.title}>{t('cms:reviewQueue:title', { count: items.length })}</h3>
      <ul className={styles.list}>
        {items.map((item, index) => (
          <li key={`${item.collection}-${item.id}`} data-routed={item.routed ? 'true' : 'false'}>
            {index === 0 || items[index - 1].routed !== item.routed ? (
              <strong className={styles.group}>
                {t(item.routed ? 'cms:reviewQueue:routed' : 'cms:reviewQueue:others')}
              </strong>
            ) : null}
            <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
            {'　'}
            {isQueued(item.collection)
              ? t(`cms:reviewQueue:collections:${COLLECTION_KEYS[item.collection]}`)
              : item.collection}{' '}
            · {item.stageLabel}
            {item.submittedAt ? ` · ${t('cms:reviewQueue:submittedAt', { date: item.submittedAt.slice(0, 10) })}` : ''}
            {item.dueAt ? (
              <span className={Date.parse(item.dueAt) < Date.now() ? styles.overdue : undefined}>
                {' · '}
                {Date.parse(item.dueAt) < Date.now()
                  ? t('cms:reviewQueue:overdue', { date: when(item.dueAt) })
                  : t('cms:reviewQueue:dueAt', { date: when(item.dueAt) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
