import { describe, expect, it } from 'vitest'

import { REVIEWABLE_FIELDS, canonicalForm, versionHash } from './versionHash'

const fields = REVIEWABLE_FIELDS.articles
const text = (t: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1, ...extra })
const body = (...paragraphs: string[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: paragraphs.map((p) => ({ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [text(p)] })) },
})

const article = {
  title: '冬季如何监测血压',
  summary: '建议规律测量。',
  body: body('测量前静坐五分钟。', '早晚各测一次。'),
  layer: 'howto',
  format: 'graphic',
  cover: 12,
  topics: [3, 5],
  audiences: [1],
  department: 2,
  authors: [7],
  references: [{ id: 'abc123', title: '指南', source: '学会', guideline: '中国高血压防治指南', accessedAt: '2026-10-01T00:00:00.000Z' }],
  internalNotes: '内部',
  updatedAt: '2026-11-01T00:00:00.000Z',
}

describe(versionHash.name, () => {
  const base = versionHash(article, fields)

  it('should be a hex SHA-256', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should not depend on key order', () => {
    const reordered = Object.fromEntries(Object.entries(article).reverse())
    expect(versionHash(reordered, fields)).toBe(base)
  })

  it('should ignore whitespace differences in text and rich text', () => {
    expect(versionHash({ ...article, title: '  冬季如何监测血压 ', body: body('测量前静坐五分钟。  ', '早晚各测一次。') }, fields)).toBe(base)
    // Runs of whitespace collapse to one space; a space added between words is still a change.
    expect(versionHash({ ...article, summary: '建议规律\n测量。' }, fields)).not.toBe(base)
  })

  it('should ignore editor bookkeeping, array row ids and non-reviewable fields', () => {
    const noisy = { ...article, body: { root: { ...article.body.root, version: 2, direction: null } }, references: [{ ...article.references[0], id: 'zzz999' }], internalNotes: '改了备注', updatedAt: 'later' }
    expect(versionHash(noisy, fields)).toBe(base)
  })

  it('should treat a populated relationship like its id', () => {
    const populated = { ...article, department: { id: 2, name: '心血管内科', createdAt: 'x', updatedAt: 'y' }, topics: [{ id: 3, updatedAt: 'y' }, { id: 5, updatedAt: 'y' }] }
    expect(versionHash(populated, fields)).toBe(base)
  })

  it.each([
    ['title', { title: '冬季如何科学监测血压' }],
    ['rich text wording', { body: body('测量前静坐十分钟。', '早晚各测一次。') }],
    ['bold formatting', { body: { root: { ...article.body.root, children: [{ type: 'paragraph', children: [text('测量前静坐五分钟。', { format: 1 })] }, article.body.root.children[1]] } } }],
    ['cover image', { cover: 13 }],
    ['topic order', { topics: [5, 3] }],
    ['reference', { references: [{ ...article.references[0], guideline: '另一指南' }] }],
    ['department', { department: 4 }],
  ])('should change when the %s changes', (_name, change) => {
    expect(versionHash({ ...article, ...change }, fields)).not.toBe(base)
  })

  it('should cover every locale of a localised field', () => {
    const localised = { ...article, title: { 'zh-CN': '冬季如何监测血压', en: 'Blood pressure in winter' } }
    const changedEnglish = { ...article, title: { 'zh-CN': '冬季如何监测血压', en: 'Winter blood pressure' } }
    expect(versionHash(localised, fields)).not.toBe(versionHash(changedEnglish, fields))
  })

  it('should write the fields in a fixed order', () => {
    expect(Object.keys(JSON.parse(canonicalForm(article, fields)))).toEqual([...fields].sort())
  })
})
