// Its review workflow (gate, endpoints, panel, bookkeeping, drafts) comes from the reviewWorkflow
// plugin in payload.config.ts.
import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaffField } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { keepStatementLayer } from '@/opinion/payload/statements'
import { referencesField } from '../fields/references'
import { subtitlesField, videoField } from '../fields/video'
import { SLUGS } from '../slugs'

export const Articles: CollectionConfig = {
  slug: SLUGS.articles,
  access: {
    read: publishedOrStaff,
    create: hasRole('editor'),
    update: hasRole('editor', 'publisher'),
    delete: hasRole(),
    readVersions: hasRole('editor', 'medical-reviewer', 'compliance-reviewer', 'publisher'),
  },
  defaultPopulate: { title: true, slug: true, summary: true, cover: true, publishedAt: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'layer', 'department', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  labels: { singular: { zh: '科普文章', en: 'Article' }, plural: { zh: '科普文章', en: 'Articles' } },
  hooks: { beforeChange: [keepStatementLayer] },
  fields: [
    // Required in Simplified Chinese by preflight, not here: publishing validates every locale,
    // and a piece need not be translated to be published.
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 120,
      label: { zh: '标题（简体中文必填）', en: 'Title (required in Simplified Chinese)' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: 'URL 标识', en: 'Slug' },
      validate: (value: unknown) =>
        typeof value !== 'string' ||
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ||
        '只能使用小写字母、数字和连字符 / lower-case letters, digits and hyphens only',
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 500, label: { zh: '摘要', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Body' } },
    {
      type: 'row',
      fields: [
        {
          name: 'layer',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'what',
          label: { zh: '内容层级', en: 'Layer' },
          // The admin offers the statement layer only on a statement; the hook refuses it elsewhere.
          filterOptions: ({ data, options }) =>
            data?.incident
              ? options
              : options.filter((option) => (typeof option === 'string' ? option : option.value) !== 'statement'),
          options: [
            { value: 'what', label: { zh: '科普（是什么）', en: 'What it is' } },
            { value: 'howto', label: { zh: '指南（怎么做）', en: 'How-to guide' } },
            { value: 'story', label: { zh: '情感（故事）', en: 'Story' } },
            // Only an incident's holding statement, drafted from the incident (src/opinion).
            { value: 'statement', label: { zh: '回应声明（舆情）', en: 'Holding statement' } },
          ],
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'graphic',
          label: { zh: '形式', en: 'Format' },
          options: [
            { value: 'graphic', label: { zh: '图文', en: 'Text and images' } },
            { value: 'long-image', label: { zh: '长图', en: 'Long image' } },
            { value: 'video-script', label: { zh: '短视频脚本', en: 'Short-video script' } },
            { value: 'live', label: { zh: '直播', en: 'Live stream' } },
          ],
        },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: SLUGS.media, label: { zh: '封面图', en: 'Cover' } },
    videoField,
    subtitlesField,
    {
      name: 'topics',
      type: 'relationship',
      relationTo: SLUGS.topics,
      hasMany: true,
      index: true,
      label: { zh: '健康主题', en: 'Topics' },
    },
    {
      name: 'audiences',
      type: 'relationship',
      relationTo: SLUGS.audiences,
      hasMany: true,
      index: true,
      label: { zh: '目标人群', en: 'Audiences' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      index: true,
      label: { zh: '科室', en: 'Department' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: SLUGS.doctors,
      hasMany: true,
      label: { zh: '作者/署名专家', en: 'Authors' },
    },
    referencesField,
    {
      name: 'openCorrections',
      type: 'join',
      collection: SLUGS.corrections,
      on: 'article',
      where: { status: { in: ['open', 'in-progress'] } },
      label: { zh: '待处理的读者纠错与反馈', en: 'Open reader corrections and feedback' },
      access: { read: isStaffField },
      admin: { position: 'sidebar', defaultColumns: ['kind', 'message', 'status', 'createdAt'], allowCreate: false },
    },
    {
      // Set only when a statement is drafted from an incident (POST /api/incidents/:id/statement);
      // it is what puts the article on the review fast track, so no client writes it.
      name: 'incident',
      type: 'relationship',
      relationTo: SLUGS.incidents,
      index: true,
      label: { zh: '回应的舆情事件', en: 'Incident answered' },
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.incident) },
    },
    {
      name: 'statementChannels',
      type: 'relationship',
      relationTo: SLUGS.channels,
      hasMany: true,
      label: { zh: '声明发布渠道', en: 'Statement channels' },
      access: { read: isStaffField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.incident),
        description: { zh: '发布时未另选渠道则发往这些渠道', en: 'Published here unless the publisher picks others' },
      },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: { zh: '内部备注（不参与审核、不对外）', en: 'Internal notes (not reviewed, never public)' },
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
  ],
}
