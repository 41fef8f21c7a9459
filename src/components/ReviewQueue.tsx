'use client'
// 待我审核: on the dashboard, what the signed-in reviewer can sign now.
import React, { useEffect, useState } from 'react'

type Item = { collection: string; id: number | string; title: string; stageLabel: string; submittedAt: string | null }

const COLLECTION_LABELS: Record<string, string> = { articles: '科普文章', 'patient-stories': '患者故事' }

export const ReviewQueue: React.FC = () => {
  const [items, setItems] = useState<Item[] | null>(null)
  useEffect(() => {
    void fetch('/api/review-queue', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { items: [] }))
      .then((body) => setItems(body.items ?? []))
  }, [])
  if (items === null || items.length === 0) return null
  return (
    <div data-testid="review-queue" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h3 style={{ marginTop: 0 }}>待我审核（{items.length}）</h3>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {items.map((item) => (
          <li key={`${item.collection}-${item.id}`}>
            <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
            {'　'}
            {COLLECTION_LABELS[item.collection] ?? item.collection} · {item.stageLabel}
            {item.submittedAt ? ` · 提交于 ${item.submittedAt.slice(0, 10)}` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
