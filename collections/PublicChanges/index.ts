import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { refuseChanges } from '@/hooks/refuseChanges'
import { PUBLIC_CHANGE_TYPES, SLUGS } from '../slugs'

const never = () => false

/**
 * 公开变更记录: what became public, changed or left the public API, per piece and locale — the
 * change feed (`GET /api/changes`) and the site hooks read it. Append-only, written by the review
 * transitions and by the feed itself for time-based removals (src/public/payload/changeFeed.ts);
 * its id is the feed's sequence number. `dedupeKey` (one successor per entry of a piece and
 * locale) records each event once, whoever notices it first.
 */
export const PublicChanges: CollectionConfig = {
  slug: SLUGS.publicChanges,
  access: { read: isStaff, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'slug',
    defaultColumns: ['id', 'contentCollection', 'slug', 'locale', 'type', 'at'],
    group: { zh: '系统', en: 'System' },
  },
  labels: { singular: { zh: '公开变更', en: 'Public change' }, plural: { zh: '公开变更记录', en: 'Public changes' } },
  hooks: { beforeOperation: [refuseChanges] },
  // The feed's "last entry of this piece in this locale".
  indexes: [{ fields: ['contentCollection', 'contentId', 'locale'] }],
  fields: [
    {
      name: 'contentCollection',
      type: 'select',
      required: true,
      label: { zh: '内容类型', en: 'Collection' },
      options: [
        { value: SLUGS.articles, label: { zh: '科普文章', en: 'Article' } },
        { value: SLUGS.patientStories, label: { zh: '患者故事', en: 'Patient story' } },
      ],
    },
    { name: 'contentId', type: 'text', required: true, label: { zh: '内容编号', en: 'Content id' } },
    { name: 'slug', type: 'text', label: { zh: 'Slug', en: 'Slug' } },
    { name: 'locale', type: 'text', required: true, label: { zh: '语言', en: 'Locale' } },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: { zh: '变更', en: 'Change' },
      options: PUBLIC_CHANGE_TYPES.map((value) => ({
        value,
        label: {
          published: { zh: '上线', en: 'Published' },
          updated: { zh: '更新', en: 'Updated' },
          removed: { zh: '下线', en: 'Removed' },
        }[value],
      })),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: { zh: '时间', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'dedupeKey',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '去重键', en: 'Dedupe key' },
      access: { update: never },
    },
  ],
}
