import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { parseSocialRow, socialKey } from '@/reports/rules/evaluationRows'
import type { SocialIndicator } from '@/payload-types'

const FIELD_OF: Record<string, string> = {
  'social-bad-campaign': 'campaign',
  'social-bad-indicator': 'indicator',
  'metrics-bad-date': 'date',
}

/**
 * Checks a social indicator with the same rules as the ingest (a percentage stays within 0–100, a
 * real date) and sets its key, so a row typed in the admin and the same row sent later are one row.
 */
export const keySocialIndicator: CollectionBeforeChangeHook<SocialIndicator> = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const campaign = idOf(merged.campaign)
  const checked = parseSocialRow({
    campaign: campaign ?? undefined,
    indicator: merged.indicator,
    date: merged.date,
    community: merged.community ?? '',
    baseline: merged.baseline ?? null,
    value: merged.value,
    sampleSize: merged.sampleSize ?? null,
  })
  if ('problem' in checked) {
    const field = String(checked.problem.params.field ?? FIELD_OF[checked.problem.code] ?? 'value')
    throw new CodedError(checked.problem.code, 400, pickLanguage(req.i18n?.language), checked.problem.params, field)
  }
  const { row } = checked
  return { ...data, community: row.community, key: socialKey(campaign!, row.indicator, row.community, row.date) }
}
