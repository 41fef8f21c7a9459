// Review bookkeeping every reviewable collection carries. Nobody writes it through the API: the
// review gate hook and the workflow endpoints keep it, so it always matches the sign-offs.
import type { Field, GroupField } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { STATE_LABELS, WORKFLOW_STATES } from '../rules/states'
import { SLUGS } from '../../../collections/slugs'

const never = () => false

export const workflowField: GroupField = {
  name: 'workflow',
  type: 'group',
  label: { zh: '审核流程', en: 'Review' },
  access: { create: never, update: never },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { zh: '审核状态', en: 'State' },
      options: WORKFLOW_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
    },
    {
      name: 'versionHash',
      type: 'text',
      label: { zh: '版本哈希', en: 'Version hash' },
      access: { read: isStaffField },
    },
    {
      name: 'voidedReason',
      type: 'text',
      label: { zh: '签核失效原因', en: 'Why sign-offs were voided' },
      access: { read: isStaffField },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: { zh: '最近提交审核时间', en: 'Last submitted' },
      access: { read: isStaffField },
    },
    { name: 'reviewedBy', type: 'text', label: { zh: '审核专家', en: 'Reviewed by' } },
    { name: 'lastReviewedAt', type: 'date', label: { zh: '最近审核日期', en: 'Last reviewed' } },
    { name: 'reviewExpiresAt', type: 'date', index: true, label: { zh: '复审到期日', en: 'Re-review due' } },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { zh: '最后编辑人', en: 'Last edited by' },
      access: { read: isStaffField },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { zh: '创建人', en: 'Created by' },
      access: { read: isStaffField },
    },
    {
      // Everyone who changed reviewed content since the last publication (creator included):
      // none of them may sign this round.
      name: 'contributors',
      type: 'json',
      label: { zh: '本轮内容修改人', en: 'Contributors this round' },
      access: { read: isStaffField },
      admin: { hidden: true },
    },
    {
      // Every media file the reader sees (cover, gallery, images inside the body), so a media
      // edit can find the content it would change, and readers see only media of public content.
      name: 'linkedMedia',
      type: 'relationship',
      relationTo: SLUGS.media,
      hasMany: true,
      index: true,
      label: { zh: '引用的媒体', en: 'Media used' },
      access: { read: isStaffField },
      admin: { hidden: true },
    },
  ],
}

/** The 审核流程 panel in the sidebar: state, stages, findings and actions. */
export const workflowPanelField: Field = {
  name: 'workflowPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/components/review/WorkflowPanel#WorkflowPanel' } },
}

/**
 * The submission a co-created piece was made from (set when operations accept it, never by hand):
 * it opens the piece's review with 运营初审 and, by default, adds 管理层合规把关.
 */
export const coCreationField: Field = {
  name: 'submission',
  type: 'relationship',
  relationTo: SLUGS.submissions,
  index: true,
  label: { zh: '来源投稿（共创）', en: 'From submission (co-created)' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.submission) },
}

/** Marks promotional material, which adds the compliance stage to the review policy. */
export const promotionFields: Field[] = [
  {
    name: 'promotional',
    type: 'checkbox',
    defaultValue: false,
    label: { zh: '推广/营销内容（需合规审核）', en: 'Promotional (needs compliance review)' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'medicalAd',
    type: 'checkbox',
    defaultValue: false,
    label: { zh: '医疗广告（需医疗广告审查证明）', en: 'Medical advertisement (needs a certificate)' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'adCertificateNumber',
    type: 'text',
    label: { zh: '医疗广告审查证明文号', en: 'Medical ad certificate number' },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.medicalAd) },
  },
  {
    name: 'adCertificateValidUntil',
    type: 'date',
    label: { zh: '审查证明有效期至', en: 'Certificate valid until' },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.medicalAd) },
  },
  {
    name: 'kolPartner',
    type: 'relationship',
    relationTo: SLUGS.kolPartners,
    label: { zh: '合作 KOL', en: 'KOL partner' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '付费合作方参与的内容需合规审核并标注披露',
        en: 'Paid partners add compliance review and a disclosure',
      },
    },
    access: { read: isStaffField },
  },
]
