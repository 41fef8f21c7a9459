import type { GlobalConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { SEVERITIES, SEVERITY_LABELS } from '@/opinion/rules/classify'
import { DEFAULT_RESPONSE_HOURS } from '@/opinion/rules/incidents'
import { GLOBALS } from '../slugs'

/**
 * 舆情设置: hours to the first public response per severity (重大 4 by default: 黄金4小时) and when,
 * as a share of that time, the owner is reminded. Administrators change them; each change is audited.
 */
export const OpinionSettings: GlobalConfig = {
  slug: GLOBALS.opinionSettings,
  access: { read: isStaff, update: hasRole() },
  admin: { group: { zh: '舆情', en: 'Public opinion' } },
  label: { zh: '舆情设置', en: 'Opinion settings' },
  hooks: {
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        await recordAuditEvent(req, {
          action: 'opinion-settings.updated',
          targetCollection: GLOBALS.opinionSettings,
          detail: {
            responseHours: { from: previousDoc?.responseHours ?? null, to: doc.responseHours ?? null },
            remindFraction: { from: previousDoc?.remindFraction ?? null, to: doc.remindFraction ?? null },
          },
        })
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'responseHours',
      type: 'group',
      label: { zh: '首次回应时限（小时）', en: 'Hours to the first response' },
      fields: SEVERITIES.map((severity) => ({
        name: severity,
        type: 'number' as const,
        min: 0.5,
        max: 24 * 7,
        defaultValue: DEFAULT_RESPONSE_HOURS[severity],
        label: SEVERITY_LABELS[severity],
      })),
    },
    {
      name: 'remindFraction',
      type: 'number',
      min: 0.1,
      max: 0.95,
      defaultValue: 0.75,
      label: { zh: '时限过去多少比例时提醒负责人', en: 'Remind the owner when this share of the time has gone' },
    },
  ],
}
