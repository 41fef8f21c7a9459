// Its review workflow (gate, endpoints, panel, bookkeeping, drafts) comes from the reviewWorkflow
// plugin in payload.config.ts.
import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaffField } from '@/access/isStaff'
import { publishedStoriesOrStaff } from '@/access/publicStories'
import { subtitlesField, videoField } from '../fields/video'
import { CHANNEL_KIND_OPTIONS, SLUGS } from '../slugs'

export const PatientStories: CollectionConfig = {
  slug: SLUGS.patientStories,
  access: {
    read: publishedStoriesOrStaff,
    create: hasRole('editor'),
    update: hasRole('editor', 'privacy-officer', 'publisher'),
    delete: hasRole(),
    readVersions: hasRole('editor', 'medical-reviewer', 'privacy-officer', 'publisher'),
  },
  defaultPopulate: { title: true, pseudonym: true, publishedAt: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'pseudonym', 'department', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  labels: { singular: { zh: '患者故事', en: 'Patient story' }, plural: { zh: '患者故事', en: 'Patient stories' } },
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
      name: 'pseudonym',
      type: 'text',
      required: true,
      maxLength: 20,
      label: { zh: '化名', en: 'Pseudonym' },
      admin: {
        description: {
          zh: '如“患者A”“李女士”；真实姓名只保存在授权书中',
          en: 'e.g. Patient A; the real name lives only in the consent',
        },
      },
    },
    { name: 'body', type: 'richText', localized: true, label: { zh: '故事正文', en: 'Story' } },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: SLUGS.topics,
      hasMany: true,
      index: true,
      label: { zh: '病种/主题', en: 'Condition / topic' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      index: true,
      label: { zh: '科室', en: 'Department' },
    },
    { name: 'media', type: 'upload', relationTo: SLUGS.media, hasMany: true, label: { zh: '图片', en: 'Images' } },
    videoField,
    subtitlesField,
    {
      name: 'consent',
      type: 'relationship',
      relationTo: SLUGS.consents,
      label: { zh: '隐私授权书', en: 'Consent' },
      // The link itself says nothing public; keep it to staff so readers cannot probe consents.
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'intendedChannels',
      type: 'select',
      hasMany: true,
      label: { zh: '拟发布渠道', en: 'Intended channels' },
      options: CHANNEL_KIND_OPTIONS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'deidentification',
      type: 'group',
      label: { zh: '去标识化核对', en: 'De-identification checklist' },
      access: { read: isStaffField },
      fields: [
        {
          name: 'faceBlurred',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '面部已模糊处理', en: 'Face blurred' },
        },
        {
          name: 'nameReplaced',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '姓名已替换为化名', en: 'Name replaced' },
        },
        {
          name: 'identifiersRemoved',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '证件号、病历号等标识已删除', en: 'Identifiers removed' },
        },
        {
          name: 'locationGeneralised',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '地点已泛化', en: 'Location generalised' },
        },
      ],
    },
    {
      // The submitter's and readers' feedback on the story (co-created pieces): editors see it here.
      name: 'feedback',
      type: 'join',
      collection: SLUGS.corrections,
      on: 'story',
      label: { zh: '读者与投稿人的反馈', en: 'Feedback from readers and the submitter' },
      access: { read: isStaffField },
      admin: { position: 'sidebar', defaultColumns: ['kind', 'message', 'status', 'createdAt'], allowCreate: false },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: { zh: '内部备注', en: 'Internal notes' },
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
  ],
}
