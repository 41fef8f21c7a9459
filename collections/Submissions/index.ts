import type { Access, CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SUBMISSION_KINDS, SUBMISSION_STATUSES, SUBMITTER_ROLES } from '@/submissions/rules/submissionRules'
import { SLUGS } from '../slugs'
import { submissionForm } from './endpoints/submissionForm'
import { submitPublic } from './endpoints/submitPublic'
import { reviseSubmission, submitterFeedback, trackSubmission } from './endpoints/tracking'
import { acceptSubmission, declineSubmission, requestChanges } from './endpoints/triage'
import { enrolContributor } from './hooks/enrolContributor'
import { auditStaffSubmission, prepareStaffSubmission } from './hooks/prepareStaffSubmission'
import { KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from './labels'

const options = <T extends string>(labels: Record<T, { zh: string; en: string }>, values: readonly T[]) =>
  values.map((value) => ({ value, label: labels[value] }))

/** Operations and privacy officers read every submission; other staff read the ones they sent. */
const readSubmissions: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'operations', 'privacy-officer'], user)) return true
  if (!user || !checkRole(['editor', 'medical-reviewer', 'compliance-reviewer', 'publisher', 'analyst'], user))
    return false
  return { submittedBy: { equals: user.id } }
}

/** Who may see how to reach the submitter (stored encrypted, src/privacy). */
const contactAccess = fieldHasRole('operations', 'privacy-officer')
const systemOnly = { create: () => false, update: () => false }
const hidden = { read: () => false, create: () => false, update: () => false }

/**
 * 投稿: a story, a clip, a health tip or a partner proposal sent by a patient or family member
 * (the public form at /submit), a member of staff (this collection's create view) or a partner.
 * Operations triage it: accept it into a draft, ask for changes or decline it. Every change of
 * status goes through the endpoints, which audit it and notify the submitter.
 */
export const Submissions: CollectionConfig = {
  slug: SLUGS.submissions,
  access: {
    read: readSubmissions,
    create: isStaff,
    update: () => false,
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['reference', 'title', 'kind', 'submitterRole', 'status', 'createdAt'],
    group: { zh: '共创', en: 'Co-creation' },
    description: {
      zh: '患者、家属、医护人员和合作方的投稿。运营初审后采用为草稿、请投稿人补充修改或不予采用。',
      en: 'Submissions from patients, families, staff and partners, triaged by operations.',
    },
  },
  labels: { singular: { zh: '投稿', en: 'Submission' }, plural: { zh: '投稿', en: 'Submissions' } },
  endpoints: [
    submissionForm,
    submitPublic,
    trackSubmission,
    reviseSubmission,
    submitterFeedback,
    acceptSubmission,
    requestChanges,
    declineSubmission,
  ],
  hooks: { beforeChange: [prepareStaffSubmission], afterChange: [auditStaffSubmission, enrolContributor] },
  fields: [
    {
      name: 'triage',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/submissions/SubmissionTriage#SubmissionTriage' },
      },
    },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '投稿编号', en: 'Reference' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      options: options(STATUS_LABELS, SUBMISSION_STATUSES),
      label: { zh: '状态', en: 'Status' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: options(KIND_LABELS, SUBMISSION_KINDS),
          label: { zh: '投稿类型', en: 'Kind' },
          access: { update: () => false },
        },
        {
          name: 'submitterRole',
          type: 'select',
          options: options(ROLE_LABELS, SUBMITTER_ROLES),
          label: { zh: '投稿人身份', en: 'Submitter' },
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'source',
      type: 'select',
      options: [
        { value: 'public', label: { zh: '公众投稿页', en: 'Public form' } },
        { value: 'staff', label: { zh: '院内投稿', en: 'Staff' } },
      ],
      label: { zh: '来源', en: 'Source' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      minLength: 4,
      maxLength: 60,
      label: { zh: '标题', en: 'Title' },
      access: { update: () => false },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      minLength: 20,
      maxLength: 5000,
      label: { zh: '内容', en: 'Text' },
      access: { update: () => false },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      index: true,
      label: { zh: '相关科室', en: 'Department' },
      access: { update: () => false },
    },
    {
      type: 'collapsible',
      label: { zh: '投稿人（仅运营与隐私审核可见）', en: 'Submitter (operations and privacy only)' },
      admin: { condition: (data) => Boolean(data?.id) },
      fields: [
        {
          name: 'submitterName',
          type: 'text',
          maxLength: 40,
          label: { zh: '称呼', en: 'Name' },
          access: { read: contactAccess, ...systemOnly },
        },
        {
          name: 'contact',
          type: 'text',
          maxLength: 100,
          label: { zh: '联系方式', en: 'Contact' },
          access: { read: contactAccess, ...systemOnly },
        },
        {
          name: 'organisation',
          type: 'text',
          label: { zh: '所在机构', en: 'Organisation' },
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      // 参与共创激励: asked on the public form, no by default; an accepted submission that says yes
      // enrols its sender as a contributor (src/incentives).
      name: 'incentivesOptIn',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '参与共创激励', en: 'Takes part in incentives' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      label: { zh: '院内投稿人', en: 'Sent by (staff)' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.submittedBy) },
    },
    {
      name: 'consent',
      type: 'relationship',
      relationTo: SLUGS.consents,
      label: { zh: '隐私授权书', en: 'Consent' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.consent) },
    },
    {
      name: 'files',
      type: 'relationship',
      relationTo: SLUGS.submissionFiles,
      hasMany: true,
      label: { zh: '附件', en: 'Files' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.files?.length) },
    },
    {
      // Personal data the scanner found in the text (codes and offsets, never the values).
      name: 'piiFindings',
      type: 'json',
      label: { zh: '个人信息提示', en: 'Personal data found' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Array.isArray(data?.piiFindings) && data.piiFindings.length > 0 },
    },
    {
      name: 'piece',
      type: 'relationship',
      relationTo: [SLUGS.patientStories, SLUGS.articles],
      index: true,
      label: { zh: '采用后的稿件', en: 'Draft made from it' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.piece) },
    },
    {
      name: 'triageNote',
      type: 'textarea',
      label: { zh: '修改意见 / 不予采用原因', en: 'Requested changes / reason declined' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.triageNote) },
    },
    {
      name: 'history',
      type: 'json',
      label: { zh: '处理记录', en: 'History' },
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      // Where each notification went and how it fared (never the address).
      name: 'notifications',
      type: 'json',
      label: { zh: '通知记录', en: 'Notifications' },
      access: systemOnly,
      admin: {
        readOnly: true,
        condition: (data) => Array.isArray(data?.notifications) && data.notifications.length > 0,
      },
    },
    // SHA-256 of the tracking token, of the spent proof-of-work challenge and (keyed) of the address.
    { name: 'trackingHash', type: 'text', unique: true, index: true, access: hidden, admin: { hidden: true } },
    { name: 'challengeHash', type: 'text', unique: true, index: true, access: hidden, admin: { hidden: true } },
    { name: 'clientHash', type: 'text', index: true, access: hidden, admin: { hidden: true } },
  ],
  timestamps: true,
}
