import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { CONSENT_USES, type ConsentUse } from '@/submissions/rules/submissionRules'
import { CHANNEL_KIND_OPTIONS, SLUGS } from '../slugs'
import { consentAccessLog } from './endpoints/consentAccessLog'
import { eraseConsent } from './endpoints/eraseConsent'
import { exportConsent } from './endpoints/exportConsent'
import { revokeConsent } from './endpoints/revokeConsent'
import { auditConsentChange } from './hooks/auditConsentChange'
import { validateConsent } from './hooks/validateConsent'

// A patient's identity lives here and nowhere else: only privacy officers and admins read it, and
// the personalData plugin (src/privacy) stores it encrypted under the person's own key.
/** Only the public form's service records a signature (Local API); nobody types one in. */
const signatureAccess = { create: () => false, update: () => false }

const MATERIAL_LABELS: Record<ConsentUse, { zh: string; en: string }> = {
  text: { zh: '文字经历', en: 'Written account' },
  photos: { zh: '照片', en: 'Photos' },
  voice: { zh: '声音', en: 'Voice' },
  face: { zh: '面部影像', en: 'Face' },
}

const restricted = {
  read: fieldHasRole('privacy-officer'),
  create: fieldHasRole('privacy-officer'),
  update: fieldHasRole('privacy-officer'),
}

export const Consents: CollectionConfig = {
  slug: SLUGS.consents,
  access: {
    read: isStaff,
    create: hasRole('privacy-officer'),
    update: hasRole('privacy-officer'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'validFrom', 'validUntil'],
    group: { zh: '隐私', en: 'Privacy' },
  },
  labels: { singular: { zh: '隐私授权书', en: 'Consent' }, plural: { zh: '隐私授权书', en: 'Consents' } },
  endpoints: [revokeConsent, eraseConsent, exportConsent, consentAccessLog],
  hooks: { beforeChange: [validateConsent], afterChange: [auditConsentChange] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '授权书编号', en: 'Reference' },
    },
    {
      name: 'patientName',
      type: 'text',
      required: true,
      access: restricted,
      label: { zh: '患者真实姓名', en: 'Patient name' },
    },
    { name: 'patientContact', type: 'text', access: restricted, label: { zh: '患者联系方式', en: 'Patient contact' } },
    {
      name: 'patientAgeYears',
      type: 'number',
      required: true,
      min: 0,
      max: 130,
      label: { zh: '签署时患者年龄（岁）', en: 'Patient age at signing' },
    },
    {
      type: 'row',
      fields: [
        { name: 'guardianName', type: 'text', access: restricted, label: { zh: '监护人姓名', en: 'Guardian name' } },
        { name: 'guardianRelationship', type: 'text', label: { zh: '与患者关系', en: 'Relationship' } },
      ],
      admin: { condition: (data) => typeof data?.patientAgeYears === 'number' && data.patientAgeYears < 14 },
    },
    {
      name: 'document',
      type: 'upload',
      relationTo: SLUGS.consentDocuments,
      access: restricted,
      label: { zh: '签署的授权书扫描件', en: 'Signed document' },
    },
    {
      name: 'allowedChannels',
      type: 'select',
      hasMany: true,
      required: true,
      options: CHANNEL_KIND_OPTIONS,
      label: { zh: '允许的发布渠道', en: 'Allowed channels' },
    },
    {
      name: 'allowedMaterials',
      type: 'select',
      hasMany: true,
      options: CONSENT_USES.map((value) => ({ value, label: MATERIAL_LABELS[value] })),
      label: { zh: '允许使用的素材', en: 'Material that may be used' },
    },
    {
      name: 'purposes',
      type: 'select',
      hasMany: true,
      required: true,
      label: { zh: '授权用途', en: 'Purposes' },
      options: [
        { value: 'health-education', label: { zh: '健康科普', en: 'Health education' } },
        { value: 'publicity', label: { zh: '医院宣传报道', en: 'Hospital publicity' } },
        { value: 'social-media', label: { zh: '社交媒体传播', en: 'Social media' } },
        { value: 'academic', label: { zh: '学术交流', en: 'Academic' } },
        {
          value: 'sensitive-health-info',
          label: { zh: '使用敏感健康信息（单独同意）', en: 'Sensitive health information (separate consent)' },
        },
      ],
    },
    {
      name: 'sensitivePurposeStatement',
      type: 'textarea',
      label: { zh: '敏感健康信息的使用目的与影响说明', en: 'Purpose and impact of using sensitive health information' },
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', required: true, index: true, label: { zh: '生效日期', en: 'Valid from' } },
        { name: 'validUntil', type: 'date', required: true, index: true, label: { zh: '失效日期', en: 'Valid until' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'active', label: { zh: '有效', en: 'Active' } },
        { value: 'revoked', label: { zh: '已撤回', en: 'Revoked' } },
        { value: 'expired', label: { zh: '已过期', en: 'Expired' } },
        { value: 'erased', label: { zh: '个人信息已删除', en: 'Personal data erased' } },
      ],
    },
    {
      // 电子签名: how the person signed on the public form (a scanned document needs none of it).
      type: 'collapsible',
      label: { zh: '电子签名记录', en: 'E-signature' },
      admin: { condition: (data) => Boolean(data?.signatureAt) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'signatureMethod',
              type: 'select',
              options: [{ value: 'typed-name', label: { zh: '输入姓名签署', en: 'Typed name' } }],
              label: { zh: '签署方式', en: 'Method' },
              access: signatureAccess,
              admin: { readOnly: true },
            },
            {
              name: 'signatureSigner',
              type: 'select',
              options: [
                { value: 'patient', label: { zh: '患者本人', en: 'Patient' } },
                { value: 'guardian', label: { zh: '监护人', en: 'Guardian' } },
              ],
              label: { zh: '签署人', en: 'Signed by' },
              access: signatureAccess,
              admin: { readOnly: true },
            },
            {
              name: 'signatureAt',
              type: 'date',
              label: { zh: '签署时间', en: 'Signed at' },
              access: signatureAccess,
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        {
          name: 'signatureName',
          type: 'text',
          label: { zh: '签署人输入的姓名', en: 'Name as typed' },
          access: { ...signatureAccess, read: fieldHasRole('privacy-officer') },
          admin: { readOnly: true },
        },
        {
          name: 'signatureAddress',
          type: 'text',
          label: { zh: '签署时的客户端地址', en: 'Client address' },
          access: { ...signatureAccess, read: fieldHasRole('privacy-officer') },
          admin: { readOnly: true },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'signatureTextVersion',
              type: 'text',
              label: { zh: '授权书文本版本', en: 'Consent text version' },
              access: signatureAccess,
              admin: { readOnly: true },
            },
            {
              name: 'signatureTextHash',
              type: 'text',
              label: { zh: '授权书文本摘要（SHA-256）', en: 'Consent text SHA-256' },
              access: signatureAccess,
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    { name: 'revokedAt', type: 'date', label: { zh: '撤回日期', en: 'Revoked at' } },
    { name: 'revocationReason', type: 'textarea', label: { zh: '撤回原因', en: 'Revocation reason' } },
    {
      type: 'row',
      fields: [
        {
          name: 'erasureDueAt',
          type: 'date',
          index: true,
          label: { zh: '应删除个人信息日期', en: 'Erasure due' },
          admin: {
            readOnly: true,
            description: { zh: '撤回或保存期限届满后由定时任务标出', en: 'Set by the scheduled job' },
          },
          access: { create: () => false, update: () => false },
        },
        {
          name: 'erasedAt',
          type: 'date',
          label: { zh: '个人信息删除时间', en: 'Erased at' },
          admin: { readOnly: true },
          access: { create: () => false, update: () => false },
        },
      ],
    },
    {
      name: 'accessLog',
      type: 'ui',
      label: { zh: '个人信息查阅记录', en: 'Access record' },
      admin: { components: { Field: '/src/components/privacy/AccessLog#AccessLog' } },
    },
  ],
}
