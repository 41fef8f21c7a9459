import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Shape, canonicalForm, richTextUploadIds, versionHash } from './versionHash'

// The article schema as the shell builds it from the collection config (src/review/payload/reviewable.ts).
const shape: Shape = {
  title: { kind: 'value', localized: true },
  slug: { kind: 'value' },
  summary: { kind: 'value', localized: true },
  body: { kind: 'richText', localized: true },
  layer: { kind: 'value' },
  format: { kind: 'value' },
  cover: { kind: 'relation' },
  topics: { kind: 'relation', hasMany: true },
  audiences: { kind: 'relation', hasMany: true },
  department: { kind: 'relation' },
  authors: { kind: 'relation', hasMany: true },
  references: {
    kind: 'rows',
    fields: {
      title: { kind: 'value' },
      source: { kind: 'value' },
      url: { kind: 'value' },
      guideline: { kind: 'value' },
      accessedAt: { kind: 'date' },
    },
  },
  kolPartner: { kind: 'relation' },
}

const text = (t: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
  ...extra,
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  children,
})
const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((p) => paragraph(text(p))),
  },
})

const article = {
  title: { 'zh-CN': '冬季如何监测血压' },
  slug: 'winter-blood-pressure',
  summary: { 'zh-CN': '建议规律测量。' },
  body: { 'zh-CN': body('测量前静坐五分钟。', '早晚各测一次。') },
  layer: 'howto',
  format: 'graphic',
  cover: 12,
  topics: [3, 5],
  audiences: [1],
  department: 2,
  authors: [7],
  references: [
    {
      id: 'abc123',
      title: '指南',
      source: '学会',
      guideline: '中国高血压防治指南',
      accessedAt: '2026-10-01T00:00:00.000Z',
    },
  ],
  internalNotes: '内部',
  updatedAt: '2026-11-01T00:00:00.000Z',
}
const linked = {
  media: [{ id: '12', sha256: 'aa', alt: { 'zh-CN': '血压计' } }],
  authors: [{ id: '7', name: { 'zh-CN': '王医生' }, title: { 'zh-CN': '主任医师' } }],
}

describe(versionHash.name, () => {
  const base = versionHash(article, shape, linked)

  it('should be a hex SHA-256', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should not depend on key order', () => {
    const reordered = Object.fromEntries(Object.entries(article).reverse())
    expect(versionHash(reordered, shape, linked)).toBe(base)
  })

  it('should ignore whitespace differences in text and rich text', () => {
    expect(
      versionHash(
        {
          ...article,
          title: { 'zh-CN': '  冬季如何监测血压 ' },
          body: { 'zh-CN': body('测量前静坐五分钟。  ', '早晚各测一次。') },
        },
        shape,
        linked,
      ),
    ).toBe(base)
    // Runs of whitespace collapse to one space; a space added between words is still a change.
    expect(versionHash({ ...article, summary: { 'zh-CN': '建议规律\n测量。' } }, shape, linked)).not.toBe(base)
  })

  it('should ignore Lexical bookkeeping with its harmless values, array row ids and unreviewed fields', () => {
    const root = article.body['zh-CN'].root
    const noisy = {
      ...article,
      body: { 'zh-CN': { root: { ...root, version: 2, direction: null } } },
      references: [{ ...article.references[0], id: 'zzz999' }],
      internalNotes: '改了备注',
      updatedAt: 'later',
    }
    expect(versionHash(noisy, shape, linked)).toBe(base)
  })

  it('should treat a populated relationship like its id, because the schema says it is one', () => {
    const populated = {
      ...article,
      department: { id: 2, name: '心血管内科', createdAt: 'x', updatedAt: 'y' },
      topics: [
        { id: 3, updatedAt: 'y' },
        { id: 5, updatedAt: 'y' },
      ],
    }
    expect(versionHash(populated, shape, linked)).toBe(base)
  })

  it('should never collapse a rich-text node that carries id and timestamps (the hash blind spot)', () => {
    const root = article.body['zh-CN'].root
    const disguised = (words: string) => ({
      'zh-CN': { root: { ...root, children: [{ ...paragraph(text(words)), id: 1, createdAt: 'x', updatedAt: 'y' }] } },
    })
    expect(versionHash({ ...article, body: disguised('本疗法可根治高血压') }, shape, linked)).not.toBe(
      versionHash({ ...article, body: disguised('早晚各测一次。') }, shape, linked),
    )
  })

  it('should not let a bookkeeping key hide text', () => {
    const root = article.body['zh-CN'].root
    const hidden = (value: unknown) => ({
      'zh-CN': { root: { ...root, children: [{ ...paragraph(text('早晚各测一次。')), direction: value }] } },
    })
    expect(versionHash({ ...article, body: hidden('保证治愈') }, shape, linked)).not.toBe(
      versionHash({ ...article, body: hidden('ltr') }, shape, linked),
    )
  })

  it.each([
    ['title', { title: { 'zh-CN': '冬季如何科学监测血压' } }],
    ['slug', { slug: 'winter-bp' }],
    ['rich text wording', { body: { 'zh-CN': body('测量前静坐十分钟。', '早晚各测一次。') } }],
    [
      'bold formatting',
      {
        body: {
          'zh-CN': {
            root: {
              ...article.body['zh-CN'].root,
              children: [paragraph(text('测量前静坐五分钟。', { format: 1 })), article.body['zh-CN'].root.children[1]],
            },
          },
        },
      },
    ],
    [
      'inline style',
      {
        body: {
          'zh-CN': {
            root: {
              ...article.body['zh-CN'].root,
              children: [
                paragraph(text('测量前静坐五分钟。', { style: 'font-size:0' })),
                article.body['zh-CN'].root.children[1],
              ],
            },
          },
        },
      },
    ],
    ['cover image', { cover: 13 }],
    ['topic order', { topics: [5, 3] }],
    ['reference', { references: [{ ...article.references[0], guideline: '另一指南' }] }],
    ['reference date', { references: [{ ...article.references[0], accessedAt: '2026-10-02T00:00:00.000Z' }] }],
    ['department', { department: 4 }],
    ['English translation', { title: { 'zh-CN': '冬季如何监测血压', en: 'Winter blood pressure' } }],
  ])('should change when the %s changes', (_name, change) => {
    expect(versionHash({ ...article, ...change }, shape, linked)).not.toBe(base)
  })

  it.each([
    ['media bytes', { ...linked, media: [{ ...linked.media[0], sha256: 'bb' }] }],
    ['alt text', { ...linked, media: [{ ...linked.media[0], alt: { 'zh-CN': '另一张图' } }] }],
    ['author title', { ...linked, authors: [{ ...linked.authors[0], title: { 'zh-CN': '中国工程院院士' } }] }],
  ])('should change when the %s of a linked record changes', (_name, changed) => {
    expect(versionHash(article, shape, changed)).not.toBe(base)
  })

  it('should read a date the same whatever ISO form it is written in', () => {
    const sameDay = {
      ...article,
      references: [{ ...article.references[0], accessedAt: new Date('2026-10-01T00:00:00.000Z') }],
    }
    expect(versionHash(sameDay as never, shape, linked)).toBe(base)
  })

  it('should write the reviewed fields in a fixed order and nothing else', () => {
    const form = JSON.parse(canonicalForm(article, shape, linked))
    expect(Object.keys(form.fields)).toEqual(
      Object.keys(shape)
        .filter((k) => k !== 'kolPartner')
        .sort(),
    )
    expect(form.fields.internalNotes).toBeUndefined()
  })

  it('should change for any change of any rich-text string, wherever a client puts it', () => {
    // Property: inserting any non-blank string under any key of any node changes the hash,
    // unless the key is Lexical bookkeeping holding one of its harmless values.
    const keyArb = fc.string({ minLength: 1, maxLength: 12 })
    const valueArb = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.trim() !== '' && !['ltr', 'rtl', 'normal', 'token', 'segmented'].includes(s.trim()))
    fc.assert(
      fc.property(keyArb, valueArb, fc.nat(1), (key, value, index) => {
        const root = structuredClone(article.body['zh-CN'].root)
        const node = root.children[index] as Record<string, unknown>
        const before = versionHash({ ...article, body: { 'zh-CN': { root: structuredClone(root) } } }, shape, linked)
        if (key in node && node[key] === value) return
        node[key] = value
        const after = versionHash({ ...article, body: { 'zh-CN': { root } } }, shape, linked)
        expect(after).not.toBe(before)
      }),
      { seed: 8, numRuns: 300 },
    )
  })
})

describe(richTextUploadIds.name, () => {
  it('should find upload nodes at any depth, populated or not', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          paragraph(text('x')),
          { type: 'upload', relationTo: 'media', value: 4 },
          { type: 'list', children: [{ type: 'upload', value: { id: 9, filename: 'a.jpg' } }] },
        ],
      },
    }
    expect(richTextUploadIds({ 'zh-CN': state })).toEqual(['4', '9'])
  })
})
