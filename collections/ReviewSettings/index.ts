import type { GlobalConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { COMPLIANCE_KINDS, DEFAULT_COMPLIANCE_KINDS, type ComplianceKind } from '@/review/rules/policy'
import { DEFAULT_SLA_HOURS, SLA_STAGES } from '@/review/rules/deadlines'
import { GLOBALS } from '../slugs'

const KIND_LABELS: Record<ComplianceKind, { zh: string; en: string }> = {
  'co-created': { zh: '共创内容（患者、医护、合作方投稿）', en: 'Co-created pieces' },
  promotional: { zh: '推广/营销内容与医疗广告', en: 'Promotional pieces and ads' },
  kol: { zh: 'KOL 合作内容', en: 'KOL pieces' },
  routine: { zh: '常规科普', en: 'Routine health education' },
}

const STAGE_LABELS: Record<(typeof SLA_STAGES)[number], { zh: string; en: string }> = {
  operations: { zh: '运营初审', en: 'Operations triage' },
  initial: { zh: '初审（科室主任）', en: 'Initial review' },
  privacy: { zh: '隐私审核', en: 'Privacy review' },
  medical: { zh: '医学审核', en: 'Medical review' },
  compliance: { zh: '管理层合规把关', en: 'Compliance review' },
}

/**
 * 审核设置: which kinds of piece pass 管理层合规把关, and how long each review stage may take
 * before reminders and escalation (src/review/rules/deadlines.ts). Administrators change them;
 * every change is audited.
 */
export const ReviewSettings: GlobalConfig = {
  slug: GLOBALS.reviewSettings,
  access: { read: isStaff, update: hasRole() },
  admin: { group: { zh: '审核', en: 'Review' } },
  label: { zh: '审核设置', en: 'Review settings' },
  hooks: {
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        await recordAuditEvent(req, {
          action: 'review-settings.updated',
          targetCollection: GLOBALS.reviewSettings,
          detail: {
            complianceKinds: { from: previousDoc?.complianceKinds ?? null, to: doc.complianceKinds ?? null },
            slaHours: { from: previousDoc?.slaHours ?? null, to: doc.slaHours ?? null },
            reminderHoursBefore: { from: previousDoc?.reminderHoursBefore ?? null, to: doc.reminderHoursBefore },
          },
        })
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'complianceKinds',
      type: 'select',
      hasMany: true,
      defaultValue: [...DEFAULT_COMPLIANCE_KINDS],
      options: COMPLIANCE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { zh: '需经管理层合规把关的内容', en: 'Pieces that pass compliance review' },
      admin: {
        description: {
          zh: '医疗广告无论如何设置都须合规审核。',
          en: 'Medical advertisements always pass compliance review.',
        },
      },
    },
    {
      name: 'slaHours',
      type: 'group',
      label: { zh: '各审核环节时限（小时）', en: 'Time allowed per stage (hours)' },
      fields: SLA_STAGES.map((stage) => ({
        name: stage,
        type: 'number' as const,
        min: 1,
        max: 24 * 30,
        defaultValue: DEFAULT_SLA_HOURS[stage],
        label: STAGE_LABELS[stage],
      })),
    },
    {
      name: 'reminderHoursBefore',
      type: 'number',
      min: 0,
      max: 24 * 7,
      defaultValue: 8,
      label: { zh: '到期前提醒（小时）', en: 'Remind this many hours before the deadline' },
    },
  ],
}
